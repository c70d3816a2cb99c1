//! The committed data of `geodata/`: its files' texts, and the model read from them.
#![allow(dead_code)]

use atlas_model::{Atlas, AtlasConfig, Base, Claims, Party, Record, Territories};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The six data files of `geodata/`, in the order the app fetches them.
pub const FILES: [&str; 6] = [
    "atlas.json",
    "events.json",
    "sources.json",
    "territories.geojson",
    "claims.geojson",
    "base.geojson",
];

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

/// The text of one of the six data files ([`FILES`]), read once.
pub fn text(file: &str) -> &'static str {
    static TEXTS: OnceLock<Vec<String>> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| FILES.iter().map(|f| read(f)).collect());
    let i = FILES
        .iter()
        .position(|f| *f == file)
        .unwrap_or_else(|| panic!("{file} is not a data file"));
    &texts[i]
}

/// The committed `geodata/atlas.json`.
pub fn config() -> AtlasConfig {
    AtlasConfig::from_json(text("atlas.json")).unwrap_or_else(|e| panic!("atlas.json: {e}"))
}

/// A party of `atlas.json` by its id.
pub fn party(id: &str) -> Party {
    config()
        .parties
        .find(id)
        .unwrap_or_else(|| panic!("no party “{id}” in atlas.json"))
}

pub fn territories() -> Territories {
    Territories::from_geojson(text("territories.geojson"), &config().parties)
        .unwrap_or_else(|e| panic!("territories.geojson: {e}"))
}

pub fn claims() -> Claims {
    Claims::from_geojson(text("claims.geojson"), &config().parties)
        .unwrap_or_else(|e| panic!("claims.geojson: {e}"))
}

pub fn base() -> Base {
    Base::from_geojson(text("base.geojson")).unwrap_or_else(|e| panic!("base.geojson: {e}"))
}

/// `events.json` and `sources.json`.
pub fn record() -> Record {
    Record::from_json(text("events.json"), text("sources.json"))
        .unwrap_or_else(|e| panic!("the record does not load: {e}"))
}

/// The committed model, read once: for property tests that ask it thousands of questions.
pub struct Data {
    pub config: AtlasConfig,
    pub record: Record,
    pub territories: Territories,
    pub claims: Claims,
}

pub fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| Data {
        config: config(),
        record: record(),
        territories: territories(),
        claims: claims(),
    })
}

/// The whole committed atlas, with today as the kit's fixed day, built once.
pub fn whole_atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        Atlas::new(
            config(),
            record(),
            territories(),
            claims(),
            base(),
            super::days::TODAY,
        )
    })
}

/// The index of a territory unit of the atlas, by its id.
pub fn unit(atlas: &Atlas, id: &str) -> usize {
    atlas
        .territories
        .units
        .iter()
        .position(|u| u.id == id)
        .unwrap_or_else(|| panic!("no unit {id}"))
}

/// Every territory unit of the committed data, in file order.
pub const UNIT_IDS: [&str; 13] = [
    "iturup",
    "kunashir",
    "shikotan",
    "habomai",
    "urup",
    "northern-kurils",
    "southern-sakhalin",
    "northern-sakhalin",
    "hokkaido",
    "kamchatka",
    "khalkhin-gol-strip",
    "mongolian-side",
    "manchurian-side",
];
