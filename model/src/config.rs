//! The atlas's frame, read from `geodata/atlas.json`: the map's views (theatres) with their
//! bounds and names, the parties with their colours and names by era, and the eras of the time
//! bar. A teacher adds a theatre or renames a party there, without touching code.

use crate::date::{Date, Day};
use crate::party::{check_colour, Parties, Party, PartyIn};
use crate::record::Region;
use crate::status::{Pattern, UnitStatus};
use crate::text::Text;
use serde::Deserialize;
use std::fmt;

/// A view, as an index into the atlas's views; the first is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ViewId(u8);

impl ViewId {
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// A view preset: a box of the map and the regions (theatre) it frames.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct View {
    /// The link's `view` value and the preset button's `data-ui="view-<id>"`.
    pub id: String,
    pub name: Text,
    /// West, south, east, north in degrees.
    pub bounds: [f64; 4],
    /// The regions whose events and territories this view frames.
    #[serde(default)]
    pub regions: Vec<Region>,
}

/// How land with no recorded holder is drawn and named.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unrecorded {
    pub colour: String,
    pub edge: String,
    pub name: Text,
}

/// A period of the time bar, from its first day to the next era's.
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub from: Day,
    /// The short label on the band.
    pub name: Text,
    /// A shorter label still, for a band too narrow for `name` (a phone's); `None`: only the
    /// name.
    pub short: Option<Text>,
    /// A longer description (tooltip, screen readers).
    pub description: Text,
}

/// How a unit's area is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill<'a> {
    /// A plain colour.
    Colour(&'a str),
    /// The pattern drawn in the party's colours (its members' for land held in common).
    Pattern(Pattern, Party),
}

/// How a unit is painted: its fill and its outline's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Paint<'a> {
    pub fill: Fill<'a>,
    pub stroke: &'a str,
}

/// An era clipped to a timeline.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EraBand<'a> {
    pub era: &'a Era,
    pub from: Day,
    /// The first day after the band.
    pub until: Day,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EraIn {
    from: Date,
    name: Text,
    #[serde(default)]
    short: Option<Text>,
    description: Text,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigIn {
    /// Where an editor finds the file's JSON Schema (`schema/atlas.schema.json`); not used.
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    views: Vec<View>,
    parties: Vec<PartyIn>,
    unrecorded: Unrecorded,
    eras: Vec<EraIn>,
}

/// Why `atlas.json` could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError(pub String);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// Views, parties and eras of the atlas.
#[derive(Clone, Debug, PartialEq)]
pub struct AtlasConfig {
    pub views: Vec<View>,
    pub parties: Parties,
    pub unrecorded: Unrecorded,
    /// Sorted by their first day.
    pub eras: Vec<Era>,
}

fn check_view(v: &View) -> Result<(), String> {
    let [w, s, e, n] = v.bounds;
    if v.id.trim().is_empty() {
        return Err("its id is empty".into());
    }
    v.name.check()?;
    let on_globe = (-180.0..=180.0).contains(&w)
        && (-180.0..=180.0).contains(&e)
        && (-90.0..=90.0).contains(&s)
        && (-90.0..=90.0).contains(&n);
    if !(on_globe && w < e && s < n) {
        return Err(format!(
            "its bounds [{w}, {s}, {e}, {n}] are not west, south, east, north"
        ));
    }
    Ok(())
}

impl AtlasConfig {
    /// Reads and checks `atlas.json`.
    pub fn from_json(text: &str) -> Result<AtlasConfig, ConfigError> {
        let raw: ConfigIn = serde_json::from_str(text).map_err(|e| ConfigError(e.to_string()))?;
        if raw.views.is_empty() || raw.views.len() > usize::from(u8::MAX) {
            return Err(ConfigError("it needs between 1 and 255 views".into()));
        }
        for (i, v) in raw.views.iter().enumerate() {
            check_view(v).map_err(|e| ConfigError(format!("view “{}”: {e}", v.id)))?;
            if raw.views[..i].iter().any(|w| w.id == v.id) {
                return Err(ConfigError(format!("view “{}” is listed twice", v.id)));
            }
        }
        let parties = Parties::new(raw.parties).map_err(ConfigError)?;
        let u = &raw.unrecorded;
        check_colour("colour", &u.colour)
            .and_then(|_| check_colour("edge", &u.edge))
            .and_then(|_| u.name.check())
            .map_err(|e| ConfigError(format!("unrecorded: {e}")))?;
        let mut eras = Vec::with_capacity(raw.eras.len());
        for (i, e) in raw.eras.into_iter().enumerate() {
            e.name
                .check()
                .and_then(|_| e.short.as_ref().map_or(Ok(()), Text::check))
                .and_then(|_| e.description.check())
                .map_err(|p| ConfigError(format!("era {i}: {p}")))?;
            let from = e.from.first_day();
            if eras.last().is_some_and(|before: &Era| before.from >= from) {
                return Err(ConfigError(format!(
                    "era {i} does not start after the one before"
                )));
            }
            eras.push(Era {
                from,
                name: e.name,
                short: e.short,
                description: e.description,
            });
        }
        Ok(AtlasConfig {
            views: raw.views,
            parties,
            unrecorded: raw.unrecorded,
            eras,
        })
    }

    /// The view a link without `view` shows: the first.
    pub fn default_view(&self) -> ViewId {
        ViewId(0)
    }

    pub fn view_ids(&self) -> impl Iterator<Item = ViewId> {
        (0..self.views.len()).map(|i| ViewId(i as u8))
    }

    /// The view of an id; the default view for an id of another atlas.
    pub fn view(&self, id: ViewId) -> &View {
        self.views.get(id.index()).unwrap_or(&self.views[0])
    }

    /// The view whose id is `key`.
    pub fn find_view(&self, key: &str) -> Option<ViewId> {
        self.views
            .iter()
            .position(|v| v.id == key)
            .map(|i| ViewId(i as u8))
    }

    /// The view that frames all of an event's regions: a theatre, or the default view when the
    /// regions belong to several theatres. Regions no theatre frames (general) are ignored.
    pub fn view_for_regions(&self, regions: &[Region]) -> ViewId {
        let theatre = |r: &Region| {
            self.view_ids()
                .skip(1)
                .find(|&v| self.view(v).regions.contains(r))
        };
        let mut views = regions.iter().filter_map(theatre);
        match views.next() {
            Some(first) if views.all(|v| v == first) => first,
            _ => self.default_view(),
        }
    }

    /// The eras that overlap `first..=last`, clipped to it, in order.
    pub fn eras_between(&self, first: Day, last: Day) -> Vec<EraBand<'_>> {
        let end = last.plus(1);
        self.eras
            .iter()
            .enumerate()
            .filter_map(|(i, era)| {
                let until = self.eras.get(i + 1).map_or(end, |next| next.from.min(end));
                let from = era.from.max(first);
                (from < until).then_some(EraBand { era, from, until })
            })
            .collect()
    }

    /// The era a day falls in.
    pub fn era_at(&self, day: Day) -> Option<&Era> {
        self.eras.get(self.era_index_at(day)?)
    }

    /// The index in `eras` of the era `day` falls in.
    pub fn era_index_at(&self, day: Day) -> Option<usize> {
        self.eras.partition_point(|e| e.from <= day).checked_sub(1)
    }

    /// How a unit with this status is painted: the holder's colour, or its pattern when held by
    /// occupation, in fighting or in common; the outline in the holder's edge colour, or in the
    /// claimant's colour where another party claims the unit.
    pub fn paint(&self, s: &UnitStatus) -> Paint<'_> {
        let info = s.party.and_then(|p| self.parties.info(p));
        let fill = match (s.party, s.pattern, info) {
            (Some(p), Some(pattern), _) => Fill::Pattern(pattern, p),
            (_, None, Some(i)) => Fill::Colour(&i.colour),
            _ => Fill::Colour(&self.unrecorded.colour),
        };
        let stroke = match (s.disputed_by.and_then(|p| self.parties.info(p)), info) {
            (Some(claimant), _) => &claimant.colour,
            (None, Some(i)) => &i.edge,
            (None, None) => &self.unrecorded.edge,
        };
        Paint { fill, stroke }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{config, day};
    use crate::text::Lang;

    #[test]
    fn the_committed_file_has_the_four_views_and_eight_parties() {
        let c = config();
        let ids: Vec<&str> = c.views.iter().map(|v| v.id.as_str()).collect();
        assert_eq!(ids, ["overview", "kurils", "sakhalin", "khalkhin-gol"]);
        assert_eq!(c.parties.len(), 8);
        assert_eq!(c.view(c.default_view()).id, "overview");
        assert_eq!(
            c.find_view("sakhalin").map(|v| c.view(v).id.as_str()),
            Some("sakhalin")
        );
        assert_eq!(c.find_view("moon"), None);
    }

    #[test]
    fn paint_follows_holder_pattern_and_claimant() {
        let c = config();
        let japan = c.parties.find("japan").unwrap();
        let russia = c.parties.find("russia").unwrap();
        let held = UnitStatus {
            party: Some(russia),
            ..UnitStatus::UNRECORDED
        };
        assert_eq!(
            c.paint(&held),
            Paint {
                fill: Fill::Colour("#0072b2"),
                stroke: "#004a75"
            }
        );
        let disputed = UnitStatus {
            disputed_by: Some(japan),
            ..held
        };
        assert_eq!(c.paint(&disputed).stroke, "#e69f00");
        let occupied = UnitStatus {
            pattern: Some(Pattern::Occupation),
            ..held
        };
        assert_eq!(
            c.paint(&occupied).fill,
            Fill::Pattern(Pattern::Occupation, russia)
        );
        assert_eq!(
            c.paint(&UnitStatus::UNRECORDED),
            Paint {
                fill: Fill::Colour(&c.unrecorded.colour),
                stroke: &c.unrecorded.edge
            }
        );
    }

    #[test]
    fn regions_choose_a_view() {
        let c = config();
        let id = |regions: &[Region]| c.view(c.view_for_regions(regions)).id.as_str();
        assert_eq!(id(&[Region::Sakhalin]), "sakhalin");
        assert_eq!(id(&[Region::Mongolia, Region::KhalkhinGol]), "khalkhin-gol");
        assert_eq!(id(&[Region::Kurils, Region::Sakhalin]), "overview");
        assert_eq!(id(&[Region::General]), "overview");
        assert_eq!(id(&[Region::Kurils, Region::General]), "kurils");
        assert_eq!(id(&[]), "overview");
    }

    #[test]
    fn eras_tile_the_timeline() {
        let c = config();
        let (first, last) = (day("1786-01-01"), day("2025-11-21"));
        let bands = c.eras_between(first, last);
        let names: Vec<&str> = bands.iter().map(|b| b.era.name.get(Lang::En)).collect();
        assert_eq!(
            names,
            [
                "Tokugawa",
                "Meiji–Taishō",
                "1926–1945",
                "Cold War",
                "After 1991"
            ]
        );
        assert_eq!(bands[0].from, first);
        assert_eq!(bands[4].until, last.plus(1));
        for pair in bands.windows(2) {
            assert_eq!(pair[0].until, pair[1].from);
        }
        let name_at = |d| c.era_at(day(d)).map(|e| e.name.get(Lang::En));
        assert_eq!(name_at("1905-09-05"), Some("Meiji–Taishō"));
        assert_eq!(name_at("1945-09-02"), Some("Cold War"));
        assert_eq!(name_at("1500-01-01"), None);
        let late = c.eras_between(day("1950-01-01"), day("1960-01-01"));
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].from, day("1950-01-01"));
    }

    #[test]
    fn bad_files_are_errors_that_say_what_is_wrong() {
        let good = include_str!("../../geodata/atlas.json");
        assert!(AtlasConfig::from_json("{").is_err());
        assert!(AtlasConfig::from_json("[]").is_err());
        let cases = [
            (good.replace("\"#e69f00\"", "\"url(x)\""), "not a colour"),
            (
                good.replace("\"id\": \"russia\"", "\"id\": \"japan\""),
                "used twice",
            ),
            (
                good.replace("\"from\": \"1922-12-30\"", "\"from\": \"1900\""),
                "come after",
            ),
            (
                good.replace("[139.0, 44.8, 146.8, 54.6]", "[146.8, 44.8, 139.0, 54.6]"),
                "bounds",
            ),
            (
                good.replace(
                    "\"members\": [\"japan\", \"russia\"]",
                    "\"members\": [\"rome\"]",
                ),
                "rome",
            ),
            (
                good.replace("\"from\": \"1926-12-25\"", "\"from\": \"1800\""),
                "era 2",
            ),
            (
                good.replace("\"id\": \"kurils\"", "\"id\": \"overview\""),
                "twice",
            ),
        ];
        for (text, expected) in cases {
            let err = AtlasConfig::from_json(&text).unwrap_err();
            assert!(err.0.contains(expected), "{expected}: {err}");
        }
    }
}
