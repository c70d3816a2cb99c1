//! What the model's unit tests share: days from ISO text, the committed `atlas.json`, and
//! events and sources built in one line.

use crate::config::AtlasConfig;
use crate::date::{Date, Day};
use crate::party::{Parties, Party};
use crate::record::{Basis, Citation, Event, Kind, Region, Source};

/// The first day of an ISO date (`1905`, `1939-05`, `1875-05-07`).
pub fn day(iso: &str) -> Day {
    Date::parse(iso).unwrap().first_day()
}

/// The committed `geodata/atlas.json`.
pub fn config() -> AtlasConfig {
    AtlasConfig::from_json(include_str!("../../geodata/atlas.json")).unwrap()
}

pub fn parties() -> Parties {
    config().parties
}

/// A party of the committed file by its id.
pub fn party(id: &str) -> Party {
    parties().find(id).unwrap()
}

/// A document with this id.
pub fn source(id: &str) -> Source {
    Source {
        id: id.into(),
        file: "f.txt".into(),
        title: "T".into(),
        authors: vec!["A".into()],
        publisher: None,
        year: 2000,
        container: None,
        identifier: None,
        perspective: None,
        i18n: Default::default(),
    }
}

/// An event in the Kurils, titled by its id. With `docs`, it quotes each of them; without, it
/// is a background event with a reference.
pub fn event(id: &str, date: &str, end: Option<&str>, docs: &[&str]) -> Event {
    let background = docs.is_empty();
    Event {
        id: id.into(),
        date: Date::parse(date).unwrap(),
        end: end.map(|e| Date::parse(e).unwrap()),
        original_date: None,
        title: id.into(),
        summary: "s".into(),
        regions: vec![Region::Kurils],
        kind: Kind::Other,
        sources: docs
            .iter()
            .map(|d| Citation {
                doc: (*d).into(),
                quote: "q".into(),
                author: None,
                error: false,
            })
            .collect(),
        basis: if background {
            Basis::Background
        } else {
            Basis::Documents
        },
        reference: background.then(|| "ref".into()),
        date_reference: None,
        i18n: Default::default(),
        note: None,
    }
}
