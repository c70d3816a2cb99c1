//! What the page may get: each data file whole, cut, spliced, replaced or missing; any today;
//! any link.

use crate::arbitrary::{a_collection, a_json, tricky_string};
use crate::edit::entries_of;
use crate::{committed, whole, TODAY};
use atlas_model::link::LinkState;
use atlas_model::{Date, Day};
use frontier_atlas::boot::load::Fetched;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;

/// Arbitrary JSON text, and GeoJSON collections of arbitrary features.
fn json_text() -> impl Strategy<Value = String> {
    prop_oneof![a_json(), a_collection()].prop_map(|json| json.text())
}

/// The largest char boundary of `text` not after `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// What the page may get for one data file.
#[derive(Clone, Debug)]
pub enum Got {
    /// The fetch failed.
    Missing,
    Empty,
    Text(String),
    Json(String),
    /// The committed file cut at a place.
    Truncated(Index),
    /// The committed file with a string inserted at a place.
    Spliced(Index, String),
    Committed,
}

pub fn a_got() -> impl Strategy<Value = Got> {
    prop_oneof![
        1 => Just(Got::Missing),
        1 => Just(Got::Empty),
        1 => prop_oneof![any::<String>(), tricky_string(40)].prop_map(Got::Text),
        2 => json_text().prop_map(Got::Json),
        2 => any::<Index>().prop_map(Got::Truncated),
        2 => (any::<Index>(), prop_oneof![tricky_string(6), json_text()])
            .prop_map(|(at, s)| Got::Spliced(at, s)),
        3 => Just(Got::Committed),
    ]
}

impl Got {
    /// What the page got for the file at `file` (an index into `load::PATHS`).
    pub fn fetched(&self, file: usize) -> Fetched {
        let original = &committed()[file];
        match self {
            Got::Missing => Err("HTTP 404".to_string()),
            Got::Empty => Ok(String::new()),
            Got::Text(t) | Got::Json(t) => Ok(t.clone()),
            Got::Truncated(at) => {
                Ok(original[..boundary(original, at.index(original.len() + 1))].to_string())
            }
            Got::Spliced(at, s) => {
                let at = boundary(original, at.index(original.len() + 1));
                Ok(format!("{}{s}{}", &original[..at], &original[at..]))
            }
            Got::Committed => Ok(original.clone()),
        }
    }
}

/// Today: the clock's ends (the range of a JavaScript `Date`), far past and future, the years
/// of the record, the days around its first event and the ends of `i32`.
pub fn a_today() -> impl Strategy<Value = Day> {
    let first = whole().record.events()[0].day().0;
    prop_oneof![
        2 => (-100_000_000..=100_000_000i32).prop_map(Day),
        3 => (-400_000..3_000_000i32).prop_map(Day),
        2 => (first - 800..first + 800).prop_map(Day),
        1 => Just(TODAY),
        1 => select(&[i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX][..]).prop_map(Day),
        1 => any::<i32>().prop_map(Day),
    ]
}

/// A link's query pairs, percent-decoded: the atlas's keys with good and bad values.
pub fn a_link() -> impl Strategy<Value = Vec<(String, String)>> {
    let ids: Vec<String> = whole()
        .record
        .events()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let value = prop_oneof![
        2 => select(ids),
        1 => select(&["overview", "kurils", "sakhalin", "khalkhin-gol", "en", "ja", "ru"][..])
            .prop_map(str::to_string),
        2 => "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
        1 => "[0-9]{10,30}",
        1 => tricky_string(60),
    ];
    let key = prop_oneof![
        6 => select(&LinkState::KEYS[..]).prop_map(str::to_string),
        1 => tricky_string(5),
    ];
    prop::collection::vec((key, value), 0..6)
}

// ---------------------------------------------------------------------------------------------
// What the page asks of an atlas.

/// events.json with every event moved to a year from 2100 on (keeping its month and day where
/// the year has them) and without its end.
pub fn in_the_future(years: &[i32]) -> String {
    let mut events: Value = serde_json::from_str(&committed()[1]).unwrap();
    let list = entries_of(&mut events, "events");
    for (i, event) in list.iter_mut().enumerate() {
        let event = event.as_object_mut().unwrap();
        let date = event["date"].as_str().unwrap().to_string();
        let year = years[i % years.len()];
        let moved = format!("{year}{}", &date[4..]);
        let moved = if Date::parse(&moved).is_ok() {
            moved
        } else {
            year.to_string()
        };
        event.insert("date".into(), Value::String(moved));
        event.remove("end");
    }
    serde_json::to_string_pretty(&events).unwrap()
}
