//! Property tests of the page's data assembly, natively: whatever the six data files hold (or
//! whether they came at all) and whatever today is, `data::assemble` returns an atlas without
//! panicking, its notices are short and cannot turn a sentence around, and the atlas answers
//! every question the page asks of it on any day, for any link. (A panic in the browser kills
//! the page.)
#![cfg(not(target_arch = "wasm32"))]

use atlas_model::link::LinkState;
use atlas_model::status::StatusIndex;
use atlas_model::timeline::{self, SPAN};
use atlas_model::{Date, Day, Lang};
use frontier_atlas::boot::load::{self as data, Fetched};
use frontier_atlas::state::Atlas;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;
use std::sync::OnceLock;

/// The committed data files, in the order of [`data::PATHS.into_array()`].
fn committed() -> &'static [String; 6] {
    static TEXTS: OnceLock<[String; 6]> = OnceLock::new();
    TEXTS.get_or_init(|| {
        data::PATHS.into_array().map(|file| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
    })
}

/// The atlas assembled from the committed files, today.
fn whole() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| {
        data::assemble(
            committed().clone().map(Ok).into(),
            frontier_atlas::platform::dom::today(),
        )
        .0
    })
}

/// Few cases, and no regression files written beside the tests.
fn cases(n: u32) -> ProptestConfig {
    ProptestConfig {
        cases: n,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Arbitrary text and JSON.

/// Characters that have tripped text handling elsewhere: controls, bidi controls, separators,
/// quotes, other scripts.
const TRICKY: &[char] = &[
    '\u{0}',
    '\u{1}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{9f}',
    '\u{200e}',
    '\u{200f}',
    '\u{061c}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{2028}',
    '\u{feff}',
    '\n',
    '\r',
    '\t',
    ' ',
    '"',
    '\\',
    '{',
    '}',
    '[',
    ']',
    ',',
    ':',
    '-',
    '…',
    '択',
    'И',
    '١',
    '0',
    '9',
    'a',
    '\u{10ffff}',
];

fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop_oneof![2 => select(TRICKY), 1 => any::<char>()], 0..max)
        .prop_map(|cs| cs.into_iter().collect())
}

/// Field names of the data files, so that arbitrary JSON sometimes gets far into a reader.
const FIELDS: &[&str] = &[
    "id",
    "date",
    "end",
    "title",
    "summary",
    "regions",
    "kind",
    "sources",
    "basis",
    "reference",
    "note",
    "doc",
    "quote",
    "type",
    "features",
    "properties",
    "geometry",
    "coordinates",
    "control",
    "party",
    "from",
    "until",
    "event",
    "events",
    "names",
    "en",
    "ja",
    "ru",
    "region",
    "label",
    "layer",
    "description",
    "units",
    "views",
    "parties",
    "unrecorded",
    "eras",
    "$schema",
];

const VALUES: &[&str] = &[
    "",
    "1905",
    "1905-09-05",
    "kurils",
    "japan",
    "joint",
    "treaty",
    "claim",
    "documents",
    "background",
    "land",
    "FeatureCollection",
    "Feature",
    "LineString",
    "Polygon",
    "MultiPolygon",
];

/// Arbitrary JSON text: numbers out of any range, repeated keys, tricky strings.
fn a_json() -> impl Strategy<Value = String> {
    let number = prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| format!("{f:?}")),
        select(
            &[
                "0",
                "-0.0",
                "1e308",
                "1e400",
                "-1e400",
                "123456789012345678901234567890",
                "145.5",
                "45",
            ][..]
        )
        .prop_map(str::to_string),
    ];
    let string = prop_oneof![
        select(VALUES).prop_map(str::to_string),
        tricky_string(24),
        "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
    ]
    .prop_map(|s| serde_json::to_string(&s).unwrap());
    let leaf = prop_oneof![
        Just("null".to_string()),
        any::<bool>().prop_map(|b| b.to_string()),
        number,
        string,
    ];
    let key = prop_oneof![
        4 => select(FIELDS).prop_map(str::to_string),
        1 => tricky_string(6),
    ]
    .prop_map(|k| serde_json::to_string(&k).unwrap());
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6)
                .prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec((key.clone(), inner.clone()), 0..6).prop_map(|members| {
                let members: Vec<String> = members
                    .into_iter()
                    .map(|(k, v)| format!("{k}:{v}"))
                    .collect();
                format!("{{{}}}", members.join(","))
            }),
            // A FeatureCollection around arbitrary features.
            prop::collection::vec(inner, 0..4).prop_map(|features| format!(
                "{{\"type\":\"FeatureCollection\",\"features\":[{}]}}",
                features.join(",")
            )),
        ]
    })
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
enum Got {
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

fn a_got() -> impl Strategy<Value = Got> {
    prop_oneof![
        1 => Just(Got::Missing),
        1 => Just(Got::Empty),
        1 => prop_oneof![any::<String>(), tricky_string(40)].prop_map(Got::Text),
        2 => a_json().prop_map(Got::Json),
        2 => any::<Index>().prop_map(Got::Truncated),
        2 => (any::<Index>(), prop_oneof![tricky_string(6), a_json()])
            .prop_map(|(at, s)| Got::Spliced(at, s)),
        3 => Just(Got::Committed),
    ]
}

impl Got {
    /// What the page got for the file at `file` (an index into [`data::PATHS.into_array()`]).
    fn fetched(&self, file: usize) -> Fetched {
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
fn a_today() -> impl Strategy<Value = Day> {
    let first = whole().record.events()[0].day().0;
    prop_oneof![
        2 => (-100_000_000..=100_000_000i32).prop_map(Day),
        3 => (-400_000..3_000_000i32).prop_map(Day),
        2 => (first - 800..first + 800).prop_map(Day),
        1 => Just(frontier_atlas::platform::dom::today()),
        1 => select(&[i32::MIN, i32::MIN + 1, -1, 0, i32::MAX - 1, i32::MAX][..]).prop_map(Day),
        1 => any::<i32>().prop_map(Day),
    ]
}

/// A link's query pairs, percent-decoded: the atlas's keys with good and bad values.
fn a_link() -> impl Strategy<Value = Vec<(String, String)>> {
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

const BIDI: &[char] = &[
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{061c}',
];

/// A notice is one short line that cannot turn the sentence around. Each control or bidi
/// character of the data shows as the six characters “U+XXXX”, counted whole.
/// The notices as an English reader sees them.
fn in_english(notices: &[atlas_model::words::Message]) -> Vec<String> {
    let words = atlas_model::Words::english();
    notices.iter().map(|n| words.message(n)).collect()
}

fn check_notices(notices: &[String]) -> Result<(), TestCaseError> {
    for n in notices {
        prop_assert!(!n.contains(BIDI), "a bidi control in {:?}", n);
        prop_assert!(!n.chars().any(char::is_control), "a control in {:?}", n);
        let length = n.chars().count();
        prop_assert!(length <= 400, "{} characters: {:?}", length, n);
    }
    Ok(())
}

/// Asks the atlas what the page asks of it on `day`, and applies `link` as the page does.
fn exercise(atlas: &Atlas, day: Day, link: &[(String, String)]) -> Result<(), TestCaseError> {
    let (first, today) = (atlas.first_day, atlas.today);
    prop_assert!(first <= today, "{first:?} after {today:?}");
    let record = &atlas.record;
    let len = record.len();
    prop_assert!(atlas.event(len).is_none() && atlas.event(usize::MAX).is_none());
    let day = atlas.clamp(day);
    prop_assert!(first <= day && day <= today);
    prop_assert_eq!(atlas.clamp(day), day);

    // The slider: its scale, era bands and year marks (as timeline/track.rs draws them).
    let scale = atlas.scale();
    let position = scale.position(day);
    prop_assert!((0.0..=SPAN).contains(&position), "{}", position);
    prop_assert!((0.0..=1.0).contains(&scale.fraction(day)));
    let back = scale.day_at(position);
    prop_assert!(scale.first() <= back && back <= scale.last());
    for p in [0.0, SPAN / 2.0, SPAN, -1.0, f64::NAN, f64::INFINITY] {
        let _ = atlas.clamp(scale.day_at(p));
    }
    for band in atlas.config.eras_between(first, today) {
        let _ = scale.fraction(band.until.plus(-1).max(band.from));
        let _ = scale.fraction(band.from);
    }
    let marks = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
    prop_assert!(marks.iter().all(|m| (0.0..=1.0).contains(&m.fraction)));
    let _ = atlas.config.era_at(day);
    // The date shown, typed, and stepped ten years (slider.rs, date_entry.rs).
    let date = day.date();
    let _ = atlas_model::Words::english().date(date);
    let typed = timeline::parse_entry(&date.to_string(), first, today);
    if (1000..=9999).contains(&date.year_number()) {
        prop_assert!(typed.is_ok(), "{:?}", typed);
    }
    let _ = timeline::parse_entry("1905", first, today);
    for years in [10, -10] {
        let stepped = atlas.clamp(timeline::shift_years(day, years));
        prop_assert!(first <= stepped && stepped <= today);
    }

    // The event shown, and the steps to the next and previous ones (Ui::step_event).
    let shown = record.current_at(day);
    for i in [shown, record.next_after(day), record.previous_before(day)]
        .into_iter()
        .flatten()
    {
        let event = atlas.event(i);
        prop_assert!(event.is_some());
        let event = event.unwrap();
        let _ = (
            atlas_model::Words::english().span(event.date, event.end),
            atlas.clamp(event.day()),
        );
        let view = atlas.config.view_for_regions(&event.regions);
        let _ = atlas.view_box(view);
        let _ = (i + 1 < len).then_some(i + 1).map(|j| atlas.event(j));
        let _ = i.checked_sub(1).map(|j| atlas.event(j));
    }

    // The map: who held each unit, how it is painted, the claims standing, every view's box.
    let index = StatusIndex::new(&atlas.territories, &atlas.claims, &atlas.config.parties);
    prop_assert_eq!(atlas.scene.units.len(), atlas.territories.units.len());
    prop_assert_eq!(atlas.scene.claims.len(), atlas.claims.claims.len());
    for unit in 0..=atlas.territories.units.len() {
        let status = index.status(&atlas.territories, &atlas.claims, unit, day);
        let _ = atlas.config.paint(&status);
        if let Some(party) = status.party {
            for lang in Lang::ALL {
                let _ = atlas.config.parties.name(party, day, lang);
                let _ = atlas.config.parties.name_in_text(party, day, lang);
            }
        }
    }
    let _ = atlas.claims.active_at(day).count();
    for view in atlas.config.view_ids() {
        let b = atlas.view_box(view);
        prop_assert!(b.iter().all(|x| x.is_finite()), "{:?}", b);
    }

    // A link applied as Ui::apply_link does, and written back.
    let (state, notices) = LinkState::parse(
        link.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        record,
        &atlas.config,
    );
    prop_assert!(notices.len() <= link.len());
    let event = state.event.as_deref().and_then(|id| record.index_of(id));
    let linked = match (state.date, event.and_then(|i| atlas.event(i))) {
        (Some(date), _) => date.first_day(),
        (None, Some(e)) => e.day(),
        (None, None) => today,
    };
    let linked = atlas.clamp(linked);
    prop_assert!(first <= linked && linked <= today);
    let _ = atlas.view_box(state.view.unwrap_or(atlas.config.default_view()));
    let _ = state.to_pairs(&atlas.config);
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The properties.

#[test]
fn the_committed_files_assemble_without_a_notice() {
    let today = frontier_atlas::platform::dom::today();
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
            let list = Value::Array(entries(&mut file, key).clone());
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
    let (_, notices) = data::assemble(texts.into(), frontier_atlas::platform::dom::today());
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

/// The entries of an events.json or sources.json: the array itself, or the one under `key`
/// beside a "$schema".
fn entries<'a>(file: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    let array = match file {
        Value::Object(map) => map.get_mut(key).expect("the file holds its entries"),
        array => array,
    };
    array.as_array_mut().expect("the entries are an array")
}

/// events.json with every event moved to a year from 2100 on (keeping its month and day where
/// the year has them) and without its end.
fn in_the_future(years: &[i32]) -> String {
    let mut events: Value = serde_json::from_str(&committed()[1]).unwrap();
    let list = entries(&mut events, "events");
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

proptest! {
    #![proptest_config(cases(32))]

    #[test]
    fn a_record_all_in_the_future_assembles_and_answers(
        years in prop::collection::vec(2100..=9999i32, 1..40),
        today in prop_oneof![
            3 => Just(frontier_atlas::platform::dom::today()),
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
