//! What the integration tests share: where the committed data is, and the model read from it.
//!
//! Each test file uses a part of this, so the rest is dead code in that file's crate.
#![allow(dead_code)]

use atlas_model::picture::Captions;
use atlas_model::{
    Atlas, AtlasConfig, Base, Catalog, ClaimKind, Claims, Date, Day, Lang, Party, PartyNames,
    Record, Territories, Words,
};
use std::path::PathBuf;

/// The workspace root (the model crate's parent).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// A file of `geodata/`.
pub fn geodata(file: &str) -> PathBuf {
    repo().join("geodata").join(file)
}

/// The text of a file of `geodata/`.
pub fn read(file: &str) -> String {
    std::fs::read_to_string(geodata(file)).unwrap_or_else(|e| panic!("geodata/{file}: {e}"))
}

/// The committed `geodata/atlas.json`.
pub fn config() -> AtlasConfig {
    AtlasConfig::from_json(&read("atlas.json")).unwrap_or_else(|e| panic!("atlas.json: {e}"))
}

/// A party of `atlas.json` by its id.
pub fn party(id: &str) -> Party {
    config()
        .parties
        .find(id)
        .unwrap_or_else(|| panic!("no party “{id}” in atlas.json"))
}

pub fn territories() -> Territories {
    Territories::from_geojson(&read("territories.geojson"), &config().parties)
        .unwrap_or_else(|e| panic!("territories.geojson: {e}"))
}

pub fn claims() -> Claims {
    Claims::from_geojson(&read("claims.geojson"), &config().parties)
        .unwrap_or_else(|e| panic!("claims.geojson: {e}"))
}

pub fn base() -> Base {
    Base::from_geojson(&read("base.geojson")).unwrap_or_else(|e| panic!("base.geojson: {e}"))
}

/// `events.json` and `sources.json`.
pub fn record() -> Record {
    Record::from_json(&read("events.json"), &read("sources.json"))
        .unwrap_or_else(|e| panic!("the record does not load: {e}"))
}

/// The first day of an ISO date (`1905`, `1939-07`, `1945-08-27`).
pub fn day(iso: &str) -> Day {
    Date::parse(iso)
        .unwrap_or_else(|e| panic!("{iso}: {e}"))
        .first_day()
}

/// Today, by the system clock.
pub fn today() -> Day {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("the clock is after 1970")
        .as_secs();
    Day((secs / 86_400) as i32)
}

/// The whole committed atlas, with today as 1 January 2025.
pub fn atlas() -> Atlas {
    Atlas::new(
        config(),
        record(),
        territories(),
        claims(),
        base(),
        day("2025-01-01"),
    )
}

/// The English words of a picture of day `on` (as the app passes them), as `side` saw it.
pub fn captions(atlas: &Atlas, on: &str, side: Option<Party>) -> Captions {
    let catalog = Catalog::from_json(&read("lang/en.json")).unwrap();
    let words = Words::new(Lang::En, None, &catalog);
    let names = PartyNames::at(&atlas.config.parties, day(on), Lang::En);
    Captions {
        atlas: words.get("header.title").into(),
        date: day(on).date().written(Lang::En),
        event: Some("An event".into()),
        side: side.map(|p| words.fill("legend.side", &[("party", names.in_text(p))])),
        credits: words.get("map.attribution").into(),
        no_holder: atlas.config.unrecorded.name.get(Lang::En).into(),
        occupation: words.get("legend.occupation").into(),
        contested: words.get("legend.contested").into(),
        disputed: words.get("legend.disputed").into(),
        kinds: ClaimKind::ALL.map(|k| words.fill(&format!("claim-kind.{}", k.key()), &[])),
        boundary: words.get("legend.boundary-today").into(),
    }
}
