//! Links to a mode or a lesson: the projector's layout (`present=1`), a switch like `embed`,
//! read from any of its spellings, written back only when on, with a notice in each language for
//! a value that is no switch; and a lesson with its step (`lesson=<id>&step=N`).

mod kit;

use atlas_model::link::LinkState;
use atlas_model::{key, Catalog, Lang, Words};

fn parse(query: &[(&str, &str)]) -> (LinkState, Vec<atlas_model::words::Message>) {
    let (record, config) = (kit::data::record(), kit::data::config());
    LinkState::parse(query.iter().copied(), &record, &config)
}

#[test]
fn present_is_a_switch_written_back_only_when_on() {
    let config = kit::data::config();
    for value in ["1", "true", "yes", ""] {
        let (state, notices) = parse(&[("present", value)]);
        assert!(state.present && notices.is_empty(), "{value:?}");
        assert_eq!(state.to_query(&config), "present=1");
    }
    for value in ["0", "false", "no"] {
        let (state, notices) = parse(&[("present", value)]);
        assert!(!state.present && notices.is_empty(), "{value:?}");
        assert_eq!(state.to_query(&config), "");
    }
    // With the rest of a link's state, and beside embed, each keeps its own.
    let (state, notices) = parse(&[("date", "1945-08-09"), ("present", "1"), ("embed", "0")]);
    assert!(notices.is_empty());
    assert!(state.present && !state.embed);
    assert_eq!(state.to_query(&config), "date=1945-08-09&present=1");
    let (state, _) = parse(&[("embed", "1"), ("present", "1")]);
    assert_eq!(state.to_query(&config), "embed=1&present=1");
    // The page's writer clears it with the atlas's other keys.
    assert!(LinkState::KEYS.contains(&"present"));
}

#[test]
fn a_present_value_that_is_no_switch_leaves_the_full_atlas_with_a_notice() {
    let (state, notices) = parse(&[("present", "big"), ("present", "1")]);
    assert!(!state.present);
    // The first value counts; the repeated key is named too.
    let keys: Vec<_> = notices.iter().map(|n| n.key).collect();
    assert_eq!(keys, [key::NOTICE_LINK_PRESENT, key::NOTICE_LINK_REPEATED]);
    assert_eq!(notices[0].arg("value"), Some("big"));
    for lang in Lang::ALL {
        let local =
            Catalog::from_json(&kit::data::read(&format!("lang/{}.json", lang.key()))).unwrap();
        let words = Words::new(lang, Some(&local), Catalog::english()).message(&notices[0]);
        assert!(words.contains("big"), "{lang:?}: {words}");
        let english = Words::english().message(&notices[0]);
        if lang == Lang::En {
            assert!(words.contains("full atlas"), "{words}");
        } else {
            assert_ne!(words, english, "{lang:?} has words of its own");
        }
    }
}

#[test]
fn a_lesson_link_keeps_its_lesson_and_step() {
    let (state, notices) = LinkState::parse(
        [
            ("lesson", "treaties-1855-1905"),
            ("step", "3"),
            ("lang", "ru"),
        ],
        &kit::data::record(),
        &kit::data::config(),
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.lesson.as_deref(), Some("treaties-1855-1905"));
    assert_eq!(state.step, Some(3));
    assert_eq!(
        state.to_query(&kit::data::config()),
        "lang=ru&lesson=treaties-1855-1905&step=3"
    );
    // A lesson alone is its first step; a bad id or step is left out with a notice.
    let first = LinkState {
        step: None,
        ..state
    };
    assert!(first
        .to_query(&kit::data::config())
        .ends_with("lesson=treaties-1855-1905"));
    let (bad, notices) = LinkState::parse(
        [("lesson", "../Etc"), ("step", "0"), ("step", "x")],
        &kit::data::record(),
        &kit::data::config(),
    );
    assert_eq!((bad.lesson, bad.step), (None, None));
    let keys: Vec<_> = notices.iter().map(|n| n.key).collect();
    assert_eq!(
        keys,
        [
            atlas_model::key::NOTICE_LINK_LESSON,
            atlas_model::key::NOTICE_LINK_STEP,
            atlas_model::key::NOTICE_LINK_REPEATED
        ]
    );
}
