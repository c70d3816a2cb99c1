//! Reading `territories.geojson`: each unit checked on its own, a bad one left out with a
//! problem at its place.

use crate::date::Date;
use crate::error::{DataError, Problem, Read, Unreadable};
use crate::geojson_read::{into_multi_polygon, read_identified, RawFeature};
use crate::party::Parties;
use crate::record::Region;
use crate::text::Names;
use crate::unread::Fields;
use serde::Deserialize;

use super::{ControlInterval, ControlKind, Territories, Territory};

/// A control interval as the file has it, its party named by id.
#[derive(Deserialize)]
struct ControlIn {
    party: String,
    from: Date,
    #[serde(default)]
    until: Option<Date>,
    #[serde(default)]
    event: Option<String>,
    #[serde(default)]
    reference: Option<String>,
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
                reference: c.reference,
                kind: c.kind,
            })
        })
        .collect()
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
            Fields::UNIT,
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
}
