//! The properties: the committed files assemble without a notice, and any files on any day
//! assemble without a panic into an atlas that answers every question.

use crate::arbitrary::cases;
use crate::edit::entries_of;
use crate::exercise::{check_notices, exercise, in_english};
use crate::inputs::{a_got, a_link, a_today, in_the_future};
use crate::{committed, whole, TODAY};
use atlas_model::{Date, Day};
use frontier_atlas::boot::load::{self as data, Fetched};
use proptest::prelude::*;
use serde_json::Value;

#[test]
fn the_committed_files_assemble_without_a_notice() {
    let today = TODAY;
    let (atlas, notices) = data::assemble(committed().clone().map(Ok).into(), today);
    let notices = in_english(&notices);
    assert!(notices.is_empty(), "{notices:#?}");
    assert!(!atlas.record.is_empty());
    assert!(!atlas.territories.units.is_empty());
    assert!(!atlas.claims.claims.is_empty());
    assert!(atlas.first_day < atlas.today);
    // And with the entries of events.json and sources.json both bare and inside an object
    // beside a schema, whichever way they are committed.
    for wrap in [false, true] {
        let mut texts = committed().clone().map(Ok);
        for (i, key) in [(1, "events"), (2, "sources")] {
            let mut file: Value = serde_json::from_str(&committed()[i]).unwrap();
            let list = Value::Array(entries_of(&mut file, key).clone());
            let file = if wrap {
                serde_json::json!({ "$schema": format!("schema/{key}.schema.json"), key: list })
            } else {
                list
            };
            texts[i] = Ok(serde_json::to_string_pretty(&file).unwrap());
        }
        let (again, notices) = data::assemble(texts.into(), today);
        let notices = in_english(&notices);
        assert!(notices.is_empty(), "{notices:#?}");
        assert_eq!(again.record.len(), atlas.record.len());
    }
}

/// A notice is at most about 400 characters, even when the data value it shows is made of
/// control characters (each shown as the six characters “U+XXXX”).
#[test]
fn a_notice_is_at_most_400_characters_even_of_control_characters() {
    let events = format!(
        "[{{\"id\": {}}}]",
        serde_json::to_string(&"\u{0}".repeat(200)).unwrap()
    );
    let mut texts = committed().clone().map(Ok);
    texts[1] = Ok(events);
    let (_, notices) = data::assemble(texts.into(), TODAY);
    let notices = in_english(&notices);
    for n in &notices {
        assert!(
            n.chars().count() <= 400,
            "{} characters: {n}",
            n.chars().count()
        );
    }
}

proptest! {
    #![proptest_config(cases(128))]

    #[test]
    fn any_files_on_any_day_assemble_without_panic(
        got in prop::array::uniform6(a_got()),
        today in a_today(),
        day in any::<i32>(),
        link in a_link(),
    ) {
        let texts: [Fetched; 6] = std::array::from_fn(|i| got[i].fetched(i));
        let intact: [bool; 6] = std::array::from_fn(|i| texts[i].as_ref() == Ok(&committed()[i]));
        let (atlas, notices) = data::assemble(texts.clone().into(), today);
    let notices = in_english(&notices);
        check_notices(&notices)?;
        prop_assert_eq!(atlas.today, today);
        // A file that came whole is read whole, whatever became of the others (but for the
        // parties: a broken atlas.json is replaced by the built-in one, the committed one, but
        // one that is still good, with a party renamed, is used).
        let whole = whole();
        let parties = atlas.config.parties == whole.config.parties;
        if intact[1] {
            prop_assert_eq!(atlas.record.len(), whole.record.len());
        }
        if intact[3] && parties {
            prop_assert_eq!(atlas.territories.units.len(), whole.territories.units.len());
        }
        if intact[4] && parties {
            prop_assert_eq!(atlas.claims.claims.len(), whole.claims.claims.len());
        }
        if intact.iter().all(|&i| i) {
            prop_assert!(notices.is_empty(), "{:?}", notices);
        }
        // A file that did not come is named in a notice.
        for (i, text) in texts.iter().enumerate() {
            if text.is_err() {
                prop_assert!(
                    notices.iter().any(|n| n.contains(data::PATHS.into_array()[i])),
                    "no notice names the missing {}", data::PATHS.into_array()[i]
                );
            }
        }
        for d in [Day(day), atlas.first_day, atlas.today, Day(i32::MIN), Day(i32::MAX)] {
            exercise(&atlas, d, &link)?;
        }
    }
}

proptest! {
    #![proptest_config(cases(32))]

    #[test]
    fn a_record_all_in_the_future_assembles_and_answers(
        years in prop::collection::vec(2100..=9999i32, 1..40),
        today in prop_oneof![
            3 => Just(TODAY),
            2 => (-400_000..3_000_000i32).prop_map(Day),
            1 => (-100_000_000..=100_000_000i32).prop_map(Day),
        ],
        days in prop::collection::vec(any::<i32>(), 1..6),
        link in a_link(),
    ) {
        let mut texts = committed().clone().map(Ok);
        texts[1] = Ok(in_the_future(&years));
        let (atlas, notices) = data::assemble(texts.into(), today);
    let notices = in_english(&notices);
        prop_assert!(notices.is_empty(), "{:?}", notices);
        prop_assert_eq!(atlas.record.len(), whole().record.len());
        let first = &atlas.record.events()[0];
        prop_assert!(atlas.record.events().iter().all(|e| e.day() >= first.day()));
        if today < Date::year(first.date.year_number()).first_day() {
            // Nothing has happened yet: the slider is today alone.
            prop_assert_eq!(atlas.first_day, today);
            prop_assert_eq!(atlas.record.current_at(today), None);
            prop_assert_eq!(atlas.record.current_at(atlas.first_day), None);
        }
        for d in [atlas.first_day, atlas.today] {
            exercise(&atlas, d, &link)?;
        }
        for d in days {
            exercise(&atlas, Day(d), &link)?;
        }
    }
}
