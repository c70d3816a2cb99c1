//! Territory units and who controlled them when.
//!
//! A unit is a piece of land whose status at some time differed from its neighbour's (Iturup,
//! the Habomai islets, southern Sakhalin, the Khalkhin Gol strip, …). Its `control` is a list of
//! contiguous intervals: each starts on the first day of its `from` date and ends, exclusive, on
//! the first day of its `until` date (`None`: still today). Before the first interval the atlas
//! says nothing about the unit.

use crate::date::{Date, Day};
use crate::error::{DataError, Problem, Read, Unreadable};
use crate::geojson_read::{into_multi_polygon, read_identified, RawFeature};
use crate::party::{Parties, Party};
use crate::record::Region;
use crate::text::Names;
use geo::{BoundingRect, Intersects, MultiPolygon, Point, Rect};
use serde::{Deserialize, Serialize};

/// How a party held a unit, when it was not plain sovereign control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    /// Military occupation, before (or without) a transfer of sovereignty.
    Occupation,
    /// Fought over: `party` held it before and after, but the other side held parts of it.
    Contested,
}

/// One period of control of a unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ControlInterval {
    pub party: Party,
    pub from: Date,
    /// Exclusive; `None` while it lasts today.
    pub until: Option<Date>,
    /// The id of the event (in `events.json`) that began this period.
    pub event: String,
    pub kind: Option<ControlKind>,
}

impl ControlInterval {
    /// The first day of the period.
    pub fn start(&self) -> Day {
        self.from.first_day()
    }

    /// The first day after the period, if it has ended.
    pub fn end(&self) -> Option<Day> {
        self.until.map(|u| u.first_day())
    }

    pub fn contains(&self, day: Day) -> bool {
        self.start() <= day && self.end().is_none_or(|end| day < end)
    }
}

/// A territory unit with its control history and its land.
#[derive(Clone, Debug, PartialEq)]
pub struct Territory {
    pub id: String,
    pub names: Names,
    pub region: Region,
    /// Sorted, contiguous, non-empty.
    pub control: Vec<ControlInterval>,
    pub geometry: MultiPolygon<f64>,
    /// Where its name goes (longitude, latitude): a point inside its largest part, chosen by the
    /// data pipeline so that the app needs no polygon algorithm for it.
    pub label: Option<(f64, f64)>,
    bounds: Rect<f64>,
}

/// A control interval as the file has it, its party named by id.
#[derive(Deserialize)]
struct ControlIn {
    party: String,
    from: Date,
    #[serde(default)]
    until: Option<Date>,
    event: String,
    #[serde(default)]
    kind: Option<ControlKind>,
}

#[derive(Deserialize)]
struct TerritoryProps {
    id: String,
    names: Names,
    region: Region,
    #[serde(default)]
    label: Option<(f64, f64)>,
    control: Vec<ControlIn>,
}

fn resolve(control: Vec<ControlIn>, parties: &Parties) -> Result<Vec<ControlInterval>, String> {
    control
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let party = parties.find(&c.party).ok_or_else(|| {
                format!(
                    "control interval {i}: “{}” is not a party of atlas.json",
                    c.party
                )
            })?;
            Ok(ControlInterval {
                party,
                from: c.from,
                until: c.until,
                event: c.event,
                kind: c.kind,
            })
        })
        .collect()
}

impl Territory {
    /// Builds a unit, checking that its control intervals are non-empty, ordered and contiguous.
    pub fn new(
        id: String,
        names: Names,
        region: Region,
        control: Vec<ControlInterval>,
        geometry: MultiPolygon<f64>,
    ) -> Result<Territory, DataError> {
        names.check().map_err(|p| DataError::feature(&id, p))?;
        check_control(&control).map_err(|p| DataError::feature(&id, p))?;
        let bounds = geometry
            .bounding_rect()
            .ok_or_else(|| DataError::feature(&id, "its geometry is empty"))?;
        Ok(Territory {
            id,
            names,
            region,
            control,
            geometry,
            label: None,
            bounds,
        })
    }

    /// Who controlled the unit on `day`: `None` before its first date.
    pub fn controller_at(&self, day: Day) -> Option<&ControlInterval> {
        // Intervals are contiguous and sorted: the one that contains the day is the last one
        // starting on or before it, unless that one has already ended.
        let after = self.control.partition_point(|c| c.start() <= day);
        let candidate = self.control.get(after.checked_sub(1)?)?;
        candidate.contains(day).then_some(candidate)
    }

    /// The first day the atlas knows who held the unit.
    pub fn first_day(&self) -> Day {
        self.control[0].start()
    }

    /// Whether the point (longitude, latitude) lies in the unit (edges included).
    pub fn covers(&self, point: Point<f64>) -> bool {
        self.bounds.intersects(&point) && self.geometry.intersects(&point)
    }
}

fn check_control(control: &[ControlInterval]) -> Result<(), String> {
    if control.is_empty() {
        return Err("it has no control intervals".into());
    }
    for (i, c) in control.iter().enumerate() {
        if c.event.trim().is_empty() {
            return Err(format!("control interval {i} has no event"));
        }
        if let Some(end) = c.end() {
            if end <= c.start() {
                return Err(format!(
                    "control interval {i} ends ({}) before it starts ({})",
                    c.until.map(|u| u.to_string()).unwrap_or_default(),
                    c.from
                ));
            }
        }
    }
    for (i, pair) in control.windows(2).enumerate() {
        match pair[0].end() {
            None => {
                return Err(format!(
                    "control interval {i} never ends but is not the last"
                ))
            }
            Some(end) if end < pair[1].start() => {
                return Err(format!(
                    "gap between control intervals {i} and {}: {} to {}",
                    i + 1,
                    end,
                    pair[1].from
                ))
            }
            Some(end) if end > pair[1].start() => {
                return Err(format!(
                    "control intervals {i} and {} overlap ({} is before {})",
                    i + 1,
                    pair[1].from,
                    end
                ))
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// All territory units of `territories.geojson`, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Territories {
    pub units: Vec<Territory>,
}

impl Territories {
    /// Loads the units, checking ids, names, parties and control intervals; the first problem
    /// is an error. See [`Territories::read`] for what keeps the good units.
    pub fn from_geojson(text: &str, parties: &Parties) -> Result<Territories, DataError> {
        Territories::read(text, parties)?.strict()
    }

    /// Loads the good units; each bad one is left out with a problem saying where it is.
    pub fn read(text: &str, parties: &Parties) -> Result<Read<Territories>, Unreadable> {
        let (units, problems) = read_identified(
            text,
            |p: &TerritoryProps| &p.id,
            |f| Territories::unit(f, parties),
        )?;
        Ok(Read {
            value: Territories { units },
            problems,
        })
    }

    /// A unit from its feature, whose id is already checked.
    fn unit(f: RawFeature<TerritoryProps>, parties: &Parties) -> Result<Territory, Problem> {
        let RawFeature {
            label,
            at,
            props: p,
            geometry,
        } = f;
        let bad = |problem: String| Problem::error(at, DataError::feature(&label, problem));
        let geometry = into_multi_polygon(geometry).map_err(bad)?;
        let control = resolve(p.control, parties).map_err(bad)?;
        let mut unit = Territory::new(p.id, p.names, p.region, control, geometry)
            .map_err(|e| Problem::error(at, e))?;
        unit.label = p.label;
        Ok(unit)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Territory> {
        self.units.iter()
    }

    pub fn get(&self, id: &str) -> Option<&Territory> {
        self.units.iter().find(|t| t.id == id)
    }

    /// The unit under a point (longitude, latitude) and who held it on `day` (`None` before the
    /// unit's first date). `None` when the point is in no unit (sea, context land).
    pub fn unit_at(
        &self,
        point: Point<f64>,
        day: Day,
    ) -> Option<(&Territory, Option<&ControlInterval>)> {
        self.units
            .iter()
            .find(|t| t.covers(point))
            .map(|t| (t, t.controller_at(day)))
    }

    /// Every unit with its controller on `day` (for colouring the map).
    pub fn at(&self, day: Day) -> impl Iterator<Item = (&Territory, Option<&ControlInterval>)> {
        self.units.iter().map(move |t| (t, t.controller_at(day)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{day, parties, party};

    fn interval(party: &str, from: &str, until: Option<&str>, kind: Option<&str>) -> String {
        format!(
            r#"{{"party":"{party}","from":"{from}","until":{},"event":"e-{from}","kind":{}}}"#,
            until.map_or("null".into(), |u| format!("\"{u}\"")),
            kind.map_or("null".into(), |k| format!("\"{k}\""))
        )
    }

    fn collection(id: &str, control: &[String], geometry: &str) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"{id}","names":{{"en":"Island","ja":"島","ru":"Остров"}},"region":"kurils","control":[{}]}},"geometry":{geometry}}}]}}"#,
            control.join(",")
        )
    }

    const SQUARE: &str =
        r#"{"type":"Polygon","coordinates":[[[147,45],[148,45],[148,46],[147,46],[147,45]]]}"#;

    fn island() -> Territories {
        let text = collection(
            "island",
            &[
                interval("japan", "1855-02-07", Some("1945-08-28"), None),
                interval(
                    "russia",
                    "1945-08-28",
                    Some("1946-02-02"),
                    Some("occupation"),
                ),
                interval("russia", "1946-02-02", None, None),
            ],
            SQUARE,
        );
        Territories::from_geojson(&text, &parties()).unwrap()
    }

    #[test]
    fn controller_at_finds_the_interval_with_exclusive_ends() {
        let t = island();
        let unit = t.get("island").unwrap();
        assert_eq!(unit.controller_at(day("1855-02-06")), None);
        assert_eq!(
            unit.controller_at(day("1855-02-07")).unwrap().party,
            party("japan")
        );
        assert_eq!(
            unit.controller_at(day("1945-08-27")).unwrap().party,
            party("japan")
        );
        let occ = unit.controller_at(day("1945-08-28")).unwrap();
        assert_eq!(
            (occ.party, occ.kind),
            (party("russia"), Some(ControlKind::Occupation))
        );
        let now = unit.controller_at(day("2024-01-01")).unwrap();
        assert_eq!((now.party, now.kind), (party("russia"), None));
        assert_eq!(unit.first_day(), day("1855-02-07"));
    }

    #[test]
    fn unit_at_answers_inside_and_outside() {
        let t = island();
        let (unit, held) = t
            .unit_at(Point::new(147.5, 45.5), day("1900-01-01"))
            .unwrap();
        assert_eq!(unit.id, "island");
        assert_eq!(held.unwrap().party, party("japan"));
        let (_, held) = t
            .unit_at(Point::new(147.5, 45.5), day("1800-01-01"))
            .unwrap();
        assert!(held.is_none());
        assert!(t
            .unit_at(Point::new(149.5, 45.5), day("1900-01-01"))
            .is_none());
    }

    #[test]
    fn year_and_month_dates_start_on_their_first_day() {
        let text = collection(
            "island",
            &[
                interval("china", "1924", Some("1932-03"), None),
                interval("manchukuo", "1932-03", None, None),
            ],
            SQUARE,
        );
        let t = Territories::from_geojson(&text, &parties()).unwrap();
        let unit = &t.units[0];
        assert_eq!(
            unit.controller_at(day("1932-02-29")).unwrap().party,
            party("china")
        );
        assert_eq!(
            unit.controller_at(day("1932-03-01")).unwrap().party,
            party("manchukuo")
        );
    }

    #[test]
    fn gaps_overlaps_and_open_middles_are_errors() {
        let gap = collection(
            "gap",
            &[
                interval("japan", "1855", Some("1875"), None),
                interval("russia", "1876", None, None),
            ],
            SQUARE,
        );
        let err = Territories::from_geojson(&gap, &parties()).unwrap_err();
        assert!(err.to_string().contains("gap"), "{err}");
        let overlap = collection(
            "overlap",
            &[
                interval("japan", "1855", Some("1876"), None),
                interval("russia", "1875", None, None),
            ],
            SQUARE,
        );
        let err = Territories::from_geojson(&overlap, &parties()).unwrap_err();
        assert!(err.to_string().contains("overlap"), "{err}");
        let open = collection(
            "open",
            &[
                interval("japan", "1855", None, None),
                interval("russia", "1875", None, None),
            ],
            SQUARE,
        );
        assert!(Territories::from_geojson(&open, &parties())
            .unwrap_err()
            .to_string()
            .contains("never ends"));
        let backwards = collection(
            "backwards",
            &[interval("japan", "1875", Some("1855"), None)],
            SQUARE,
        );
        assert!(Territories::from_geojson(&backwards, &parties()).is_err());
        let empty = collection("empty", &[], SQUARE);
        assert!(Territories::from_geojson(&empty, &parties()).is_err());
    }

    #[test]
    fn bad_properties_and_geometry_are_errors_not_panics() {
        let line = r#"{"type":"LineString","coordinates":[[147,45],[148,46]]}"#;
        let text = collection("line", &[interval("japan", "1855", None, None)], line);
        let err = Territories::from_geojson(&text, &parties()).unwrap_err();
        assert!(err.to_string().contains("LineString"), "{err}");
        let text = collection(
            "badparty",
            &[interval("atlantis", "1855", None, None)],
            SQUARE,
        );
        let err = Territories::from_geojson(&text, &parties()).unwrap_err();
        assert!(
            matches!(&err, DataError::Feature { feature, .. } if feature == "badparty"),
            "{err}"
        );
        let text = collection(
            "baddate",
            &[interval("japan", "1855-13", None, None)],
            SQUARE,
        );
        assert!(Territories::from_geojson(&text, &parties()).is_err());
        let text = collection("x", &[interval("japan", "1855", None, None)], SQUARE)
            .replace(r#""ja":"島""#, r#""ja":"""#);
        assert!(Territories::from_geojson(&text, &parties())
            .unwrap_err()
            .to_string()
            .contains("ja name"));
        assert!(Territories::from_geojson("[]", &parties()).is_err());
        assert!(Territories::from_geojson("", &parties()).is_err());
    }

    #[test]
    fn duplicate_ids_are_errors() {
        let one = collection("twin", &[interval("japan", "1855", None, None)], SQUARE);
        let feature = &one[one.find("[{").unwrap() + 1..one.rfind("]}").unwrap()];
        let two = format!(r#"{{"type":"FeatureCollection","features":[{feature},{feature}]}}"#);
        assert_eq!(
            Territories::from_geojson(&two, &parties()),
            Err(DataError::DuplicateId("twin".into()))
        );
    }

    #[test]
    fn control_kinds_use_kebab_case() {
        let k: ControlKind = serde_json::from_str("\"contested\"").unwrap();
        assert_eq!(k, ControlKind::Contested);
        let r: Region = serde_json::from_str("\"khalkhin-gol\"").unwrap();
        assert_eq!(r, Region::KhalkhinGol);
    }
}
