//! Dates and `tidy` fed any text.

use crate::kit::arbitrary::{cases, tricky_string};
use atlas_model::{tidy, Date};
use proptest::prelude::*;

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_text_is_a_date_or_an_error(text in prop_oneof![any::<String>(), tricky_string(16)]) {
        match Date::parse(&text) {
            Ok(date) => prop_assert_eq!(Date::parse(&date.to_string()), Ok(date)),
            Err(e) => {
                prop_assert!(e.input.chars().count() <= 40);
                let _ = e.to_string();
            }
        }
    }

    #[test]
    fn a_date_shaped_text_reads_back_as_written(
        text in prop_oneof![
            "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
            "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?",
            "[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
            "[ +-]?[0-9٠-٩]{3,5}(-[0-9]{1,3}){0,3}[ -]?",
        ],
    ) {
        if let Ok(date) = Date::parse(&text) {
            prop_assert_eq!(date.to_string(), text.clone());
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            prop_assert!((1000..=9999).contains(&date.year_number()));
            prop_assert!(date.first_day() <= date.last_day());
            prop_assert!(date.contains(date.first_day()) && date.contains(date.last_day()));
            prop_assert!(!date.contains(date.last_day().plus(1)));
            prop_assert_eq!(date.first_day().date().first_day(), date.first_day());
            prop_assert!(!atlas_model::Words::english().date(date).is_empty());
        }
    }

    #[test]
    fn tidy_text_has_no_control_nor_bidi_character(
        text in prop_oneof![tricky_string(300), any::<String>()],
        max in prop_oneof![0..8usize, 0..400usize],
    ) {
        let tidied = tidy(&text, max);
        let is_bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}');
        prop_assert!(!tidied.chars().any(|c| c.is_control() || is_bidi(c)), "{:?}", tidied);
        prop_assert!(!tidied.starts_with(' ') && !tidied.contains("  "), "{:?}", tidied);
        // At most `max` characters, escapes counted whole, and the “…”.
        prop_assert!(tidied.chars().count() <= max + 1, "{:?}", tidied);
    }

    #[test]
    fn tidy_cuts_plain_text_after_about_max_characters(
        text in "[a-zA-Z0-9 .,é択И-]{0,300}",
        max in 0..200usize,
    ) {
        let tidied = tidy(&text, max);
        prop_assert!(tidied.chars().count() <= max + 1, "{:?}", tidied);
        let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
        match tidied.strip_suffix('…') {
            Some(kept) => prop_assert!(joined.starts_with(kept) && kept.len() < joined.len()),
            None => prop_assert_eq!(&tidied, &joined),
        }
        if joined.chars().count() <= max {
            prop_assert_eq!(tidied, joined);
        }
    }
}

/// The bound `tidy` promises: the text cut at `max` characters, plus “…”, where a control or
/// bidi character shown as the six characters “U+XXXX” counts as six, and the space before a
/// word counts too.
#[test]
fn tidy_is_never_longer_than_max_plus_one() {
    for (text, max) in [
        ("\u{0}\u{0}", 1),
        ("a\u{202e}b", 2),
        ("ab cd", 3),
        ("ab cd", 2),
    ] {
        let tidied = tidy(text, max);
        assert!(
            tidied.chars().count() <= max + 1,
            "tidy({text:?}, {max}) = {tidied:?}"
        );
    }
}
