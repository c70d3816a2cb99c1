//! Lines and areas that a party asserted, proposed or agreed, through time.
//!
//! A claim is active from the first day of `from` until, exclusive, the first day of `until`
//! (`None`: still asserted today). Its geometry is a line (a border, a claim line) or an area (the
//! islands claimed or offered).

use crate::date::{Date, Day};
use crate::error::{DataError, Problem, Read, Unreadable};
use crate::geojson_read::{geometry_name, read_identified, RawFeature};
use crate::party::{Parties, Party};
use crate::text::{Names, Text, Translations};
use crate::unread::Fields;
use geo::Geometry;
use serde::{Deserialize, Serialize};

/// What kind of line or area a claim is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ClaimKind {
    /// A border fixed by a treaty.
    TreatyBorder,
    /// What one party holds to be its territory or border.
    Claim,
    /// An offer or promise made in negotiations.
    Proposal,
    /// A border marked on the ground by a commission.
    Demarcation,
    /// A transfer that a ratified treaty commits the party to, not yet carried out.
    Commitment,
    /// Land the party gave up without recognising anyone's title to it: in its view the land
    /// belongs to no one yet (`units` lists it).
    Undetermined,
    /// The party's recognition of another party's title (`recognises`) over `units`, whoever
    /// held them. Not drawn: it changes only the party's own map.
    Recognition,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 7] = [
        ClaimKind::TreatyBorder,
        ClaimKind::Claim,
        ClaimKind::Proposal,
        ClaimKind::Commitment,
        ClaimKind::Demarcation,
        ClaimKind::Undetermined,
        ClaimKind::Recognition,
    ];

    /// Whether the map draws claims of this kind (a recognition only changes a side's map).
    pub fn is_drawn(self) -> bool {
        self != ClaimKind::Recognition
    }

    /// The key used in the data files and in CSS classes (`kind-<key>`, whose dash pattern
    /// `public/map.css` sets).
    pub fn key(self) -> &'static str {
        match self {
            ClaimKind::TreatyBorder => "treaty-border",
            ClaimKind::Claim => "claim",
            ClaimKind::Proposal => "proposal",
            ClaimKind::Demarcation => "demarcation",
            ClaimKind::Commitment => "commitment",
            ClaimKind::Undetermined => "undetermined",
            ClaimKind::Recognition => "recognition",
        }
    }
}

/// A claimed, proposed or agreed line or area.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: String,
    pub party: Party,
    /// Other parties that held the same claim, backed it or made the same recognition: in their
    /// maps it counts as theirs too (the land is still `party`'s, or `recognises`').
    pub also: Vec<Party>,
    pub kind: ClaimKind,
    /// For a recognition: whose title the party recognised.
    pub recognises: Option<Party>,
    pub from: Date,
    /// Exclusive; `None` while it is still asserted.
    pub until: Option<Date>,
    /// The id of the event (in `events.json`) that made the claim.
    pub event: String,
    pub names: Names,
    /// One or two sentences: the English source, and translations where the data has them.
    pub description: Text,
    /// For an area: the territory units it covers, as the data pipeline found them.
    pub units: Vec<String>,
    pub geometry: Geometry<f64>,
}

#[derive(Deserialize)]
struct ClaimProps {
    id: String,
    party: String,
    #[serde(default)]
    also: Vec<String>,
    kind: ClaimKind,
    #[serde(default)]
    recognises: Option<String>,
    from: Date,
    until: Option<Date>,
    event: String,
    names: Names,
    description: String,
    #[serde(default)]
    units: Vec<String>,
    /// Translations of the description: `{"ja": {"description": …}, "ru": {…}}`.
    #[serde(default)]
    i18n: Translations<DescriptionIn>,
}

#[derive(Clone, Debug, Default, Deserialize)]
struct DescriptionIn {
    #[serde(default)]
    description: Option<String>,
}

impl Claim {
    pub fn start(&self) -> Day {
        self.from.first_day()
    }

    pub fn end(&self) -> Option<Day> {
        self.until.map(|u| u.first_day())
    }

    /// Whether the claim is `party`'s own or one `party` shared (`also`).
    pub fn held_by(&self, party: Party) -> bool {
        self.party == party || self.also.contains(&party)
    }

    /// Whether the claim stood on `day`.
    pub fn active_at(&self, day: Day) -> bool {
        self.start() <= day && self.end().is_none_or(|end| day < end)
    }

    /// Whether it is drawn as a line (borders, claim lines) rather than an area.
    pub fn is_line(&self) -> bool {
        matches!(
            self.geometry,
            Geometry::Line(_) | Geometry::LineString(_) | Geometry::MultiLineString(_)
        )
    }
}

/// All claims of `claims.geojson`, in file order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Claims {
    pub claims: Vec<Claim>,
}

impl Claims {
    /// Loads the claims, checking ids, parties, names, dates and geometry types; the first
    /// problem is an error. See [`Claims::read`] for what keeps the good claims.
    pub fn from_geojson(text: &str, parties: &Parties) -> Result<Claims, DataError> {
        Claims::read(text, parties)?.strict()
    }

    /// Loads the good claims; each bad one is left out with a problem saying where it is.
    pub fn read(text: &str, parties: &Parties) -> Result<Read<Claims>, Unreadable> {
        let (claims, problems) = read_identified(
            text,
            Fields::CLAIM,
            |p: &ClaimProps| &p.id,
            |f| Claims::claim(f, parties),
        )?;
        Ok(Read {
            value: Claims { claims },
            problems,
        })
    }

    /// A claim from its feature, whose id is already checked.
    fn claim(f: RawFeature<ClaimProps>, parties: &Parties) -> Result<Claim, Problem> {
        let RawFeature {
            label,
            at,
            props: p,
            geometry,
        } = f;
        let bad = |problem: String| Problem::error(at, DataError::feature(&label, problem));
        p.names.check().map_err(bad)?;
        let find = |id: &str| {
            parties
                .find(id)
                .ok_or_else(|| bad(format!("“{id}” is not a party of atlas.json")))
        };
        let party = find(&p.party)?;
        let also = p
            .also
            .iter()
            .map(|id| find(id))
            .collect::<Result<Vec<_>, _>>()?;
        let recognises = p.recognises.as_deref().map(find).transpose()?;
        if (p.kind == ClaimKind::Recognition) != recognises.is_some() {
            return Err(bad(
                "a claim names whose title it recognises (`recognises`) if and only if its kind is “recognition”".into(),
            ));
        }
        if p.event.trim().is_empty() {
            return Err(bad("it has no event".into()));
        }
        if p.description.trim().is_empty() {
            return Err(bad("its description is empty".into()));
        }
        if let Some(until) = p.until {
            if until.first_day() <= p.from.first_day() {
                return Err(bad(format!(
                    "it ends ({until}) before it starts ({})",
                    p.from
                )));
            }
        }
        match &geometry {
            Geometry::LineString(_)
            | Geometry::MultiLineString(_)
            | Geometry::Polygon(_)
            | Geometry::MultiPolygon(_) => {}
            other => {
                return Err(bad(format!(
                    "its geometry is a {}, not a line or an area",
                    geometry_name(other)
                )))
            }
        }
        Ok(Claim {
            id: p.id,
            party,
            also,
            kind: p.kind,
            recognises,
            from: p.from,
            until: p.until,
            event: p.event,
            names: p.names,
            description: Text {
                en: p.description,
                ja: p.i18n.ja.and_then(|t| t.description),
                ru: p.i18n.ru.and_then(|t| t.description),
            },
            units: p.units,
            geometry,
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = &Claim> {
        self.claims.iter()
    }

    pub fn get(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.id == id)
    }

    /// The claims that stood on `day`.
    pub fn active_at(&self, day: Day) -> impl Iterator<Item = &Claim> {
        self.claims.iter().filter(move |c| c.active_at(day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{day, parties};

    fn claim(id: &str, kind: &str, from: &str, until: Option<&str>, geometry: &str) -> String {
        format!(
            r#"{{"type":"Feature","properties":{{"id":"{id}","party":"joint","kind":"{kind}","from":"{from}","until":{},"event":"ev","names":{{"en":"Line","ja":"線","ru":"Линия"}},"description":"A line."}},"geometry":{geometry}}}"#,
            until.map_or("null".into(), |u| format!("\"{u}\""))
        )
    }

    fn collection(features: &[String]) -> String {
        format!(
            r#"{{"type":"FeatureCollection","features":[{}]}}"#,
            features.join(",")
        )
    }

    const LINE: &str = r#"{"type":"LineString","coordinates":[[149.0,46.0],[149.4,45.2]]}"#;
    const AREA: &str =
        r#"{"type":"Polygon","coordinates":[[[146,43],[147,43],[147,44],[146,44],[146,43]]]}"#;

    #[test]
    fn active_at_uses_inclusive_from_and_exclusive_until() {
        let claims = Claims::from_geojson(
            &collection(&[
                claim(
                    "shimoda",
                    "treaty-border",
                    "1855-02-07",
                    Some("1875-05-07"),
                    LINE,
                ),
                claim("offer", "proposal", "1956-10-19", None, AREA),
            ]),
            &parties(),
        )
        .unwrap();
        let shimoda = claims.get("shimoda").unwrap();
        assert!(!shimoda.active_at(day("1855-02-06")));
        assert!(shimoda.active_at(day("1855-02-07")));
        assert!(shimoda.active_at(day("1875-05-06")));
        assert!(!shimoda.active_at(day("1875-05-07")));
        assert!(shimoda.is_line());
        assert_eq!(shimoda.kind, ClaimKind::TreatyBorder);
        let ids: Vec<_> = claims
            .active_at(day("2000-01-01"))
            .map(|c| c.id.as_str())
            .collect();
        assert_eq!(ids, ["offer"]);
        assert!(!claims.get("offer").unwrap().is_line());
        assert_eq!(claims.active_at(day("1800-01-01")).count(), 0);
    }

    #[test]
    fn bad_claims_are_errors() {
        let point = r#"{"type":"Point","coordinates":[149.0,46.0]}"#;
        let err = Claims::from_geojson(
            &collection(&[claim("p", "claim", "1900", None, point)]),
            &parties(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("Point"), "{err}");
        let err = Claims::from_geojson(
            &collection(&[claim("k", "wish", "1900", None, LINE)]),
            &parties(),
        )
        .unwrap_err();
        assert!(matches!(&err, DataError::Feature { feature, .. } if feature == "k"));
        let err = Claims::from_geojson(
            &collection(&[claim("b", "claim", "1900", Some("1899"), LINE)]),
            &parties(),
        )
        .unwrap_err();
        assert!(err.to_string().contains("before it starts"), "{err}");
        let twice = claim("t", "claim", "1900", None, LINE);
        assert_eq!(
            Claims::from_geojson(&collection(&[twice.clone(), twice]), &parties()),
            Err(DataError::DuplicateId("t".into()))
        );
        let no_description = claim("d", "claim", "1900", None, LINE).replace("A line.", "  ");
        assert!(Claims::from_geojson(&collection(&[no_description]), &parties()).is_err());
    }
}
