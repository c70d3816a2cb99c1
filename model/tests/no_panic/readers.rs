//! Every reader of the data files fed any text, any JSON, any GeoJSON collection and any list of
//! entries: each reads it or refuses it, and places every problem inside the text.

use crate::kit::arbitrary::{a_collection, a_json, an_entry_file, cases, tricky_string};
use crate::kit::data::data;
use atlas_model::{AtlasConfig, Base, Claims, Problem, Read, Record, Territories, Unreadable};
use proptest::prelude::*;
use proptest::sample::select;

/// Every problem names a line and column inside the text (counted from 1).
pub fn check_problems(text: &str, problems: &[Problem]) -> Result<(), TestCaseError> {
    let lines = text.split('\n').count();
    for p in problems {
        prop_assert!(p.at.line >= 1 && p.at.column >= 1, "{p}");
        prop_assert!(p.at.line <= lines, "{p} is past the last line {lines}");
        let _ = p.to_string();
    }
    Ok(())
}

fn check_read<T>(text: &str, read: &Result<Read<T>, Unreadable>) -> Result<(), TestCaseError> {
    match read {
        Ok(read) => check_problems(text, &read.problems),
        Err(unreadable) => {
            prop_assert!(unreadable.at.line >= 1 && unreadable.at.column >= 1);
            let _ = unreadable.to_string();
            Ok(())
        }
    }
}

/// Hands the text to every reader of the model; none may panic.
pub fn read_everything(text: &str) -> Result<(), TestCaseError> {
    let d = data();
    let parties = &d.config.parties;
    let sources = Record::read_sources(text);
    check_read(text, &sources)?;
    check_read(text, &Record::read(text, d.record.sources().to_vec()))?;
    check_read(text, &Record::read(text, Vec::new()))?;
    if let Ok(record) = Record::from_json(text, text) {
        prop_assert!(record.events().windows(2).all(|w| w[0].day() <= w[1].day()));
    }
    let _ =
        Record::from_json(text, crate::kit::data::text("sources.json")).map_err(|e| e.to_string());
    check_read(text, &Territories::read(text, parties))?;
    check_read(text, &Claims::read(text, parties))?;
    check_read(text, &Base::read(text))?;
    let _ = Territories::from_geojson(text, parties).map_err(|e| e.to_string());
    let _ = Claims::from_geojson(text, parties).map_err(|e| e.to_string());
    let _ = Base::from_geojson(text).map_err(|e| e.to_string());
    match AtlasConfig::from_json(text) {
        Ok(config) => {
            // A config that loads has what the rest of the atlas relies on.
            prop_assert!(!config.views.is_empty());
            let _ = config.view(config.default_view());
            prop_assert!(config.eras.windows(2).all(|w| w[0].from < w[1].from));
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn any_text_is_read_or_refused(
        text in prop_oneof![
            any::<String>(),
            tricky_string(64),
            "[\\[\\]{}\",:0-9a-z ]{0,40}",
            select(&["", " ", "null", "[]", "{}", "[{}]", "[null]", "{\"type\":\"FeatureCollection\"}",
                "{\"type\":\"FeatureCollection\",\"features\":[null,1,\"x\",[]]}",
                "{\"events\":null}", "{\"sources\":{}}", "\u{feff}[]", "[1e400]", "[-0]"][..])
                .prop_map(str::to_string),
        ],
    ) {
        read_everything(&text)?;
    }

    #[test]
    fn any_json_is_read_or_refused(json in a_json()) {
        read_everything(&json.text())?;
    }

    #[test]
    fn any_collection_is_read_or_refused(json in a_collection()) {
        read_everything(&json.text())?;
    }

    #[test]
    fn any_list_of_entries_is_read_or_refused(json in an_entry_file()) {
        read_everything(&json.text())?;
    }
}
