//! Arbitrary input for the property tests: tricky text, and JSON kept as text so that it can
//! hold what `serde_json::Value` cannot (numbers out of range, integers beyond 64 bits, repeated
//! keys), with the field names and values of the real data files so that it sometimes gets far
//! into a reader.
#![allow(dead_code)]

use proptest::prelude::*;
use proptest::sample::select;

/// `n` cases, or as many as `PROPTEST_CASES` asks for (to hunt a rare failure), and no
/// regression files written beside the tests.
pub fn cases(n: u32) -> ProptestConfig {
    let asked = std::env::var("PROPTEST_CASES").ok();
    ProptestConfig {
        cases: asked.and_then(|c| c.parse().ok()).unwrap_or(n),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Arbitrary JSON.
#[derive(Clone, Debug)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number as written.
    Number(String),
    Str(String),
    Array(Vec<Json>),
    /// Keys may repeat.
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::Str(s) => out.push_str(&quoted(s)),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    item.write(out);
                }
                out.push(']');
            }
            Json::Object(members) => {
                out.push('{');
                for (i, (key, value)) in members.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    out.push_str(&quoted(key));
                    out.push(':');
                    value.write(out);
                }
                out.push('}');
            }
        }
    }

    pub fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

pub fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// The field names of the data files (and of the GeoJSON around them).
pub const FIELDS: &[&str] = &[
    "id",
    "date",
    "end",
    "original_date",
    "title",
    "summary",
    "regions",
    "kind",
    "sources",
    "basis",
    "reference",
    "date_reference",
    "note",
    "doc",
    "quote",
    "error",
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
    "name",
    "en",
    "ja",
    "ru",
    "region",
    "label",
    "layer",
    "description",
    "units",
    "views",
    "bounds",
    "parties",
    "colour",
    "edge",
    "line",
    "members",
    "in_text",
    "unrecorded",
    "eras",
    "file",
    "authors",
    "publisher",
    "year",
    "container",
    "identifier",
    "perspective",
    "$schema",
];

/// Values the data files really hold, so that arbitrary JSON sometimes gets far into a reader.
pub const VALUES: &[&str] = &[
    "",
    " ",
    "1905",
    "1905-09-05",
    "1939-05",
    "0999",
    "9999-12-31",
    "1904-02-29",
    "kurils",
    "sakhalin",
    "khalkhin-gol",
    "general",
    "japan",
    "russia",
    "joint",
    "none",
    "treaty",
    "claim",
    "proposal",
    "treaty-border",
    "occupation",
    "contested",
    "documents",
    "background",
    "land",
    "river",
    "FeatureCollection",
    "Feature",
    "Point",
    "MultiPoint",
    "LineString",
    "MultiLineString",
    "Polygon",
    "MultiPolygon",
    "GeometryCollection",
    "#e69f00",
    "#fff",
    "treaty-of-portsmouth-1905",
    "valdai-2019",
];

/// Characters that have tripped text handling elsewhere: controls, bidi controls, line and
/// paragraph separators, quotes, multi-byte letters and digits of other scripts.
pub const TRICKY: &[char] = &[
    '\u{0}',
    '\u{1}',
    '\u{7}',
    '\u{1b}',
    '\u{7f}',
    '\u{85}',
    '\u{9f}',
    '\u{200b}',
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
    '\u{2029}',
    '\u{feff}',
    '\u{fffd}',
    '\n',
    '\r',
    '\t',
    ' ',
    '"',
    '\\',
    '/',
    '-',
    '%',
    '+',
    '&',
    '=',
    '#',
    '…',
    'é',
    '択',
    'И',
    '١',
    '٩',
    '0',
    '1',
    '9',
    'a',
    'z',
    '\u{10ffff}',
    '\u{1f600}',
];

pub fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![2 => select(TRICKY), 1 => any::<char>()]
}

/// Strings with controls, bidi controls and other scripts in them.
pub fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|cs| cs.into_iter().collect())
}

pub fn a_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(VALUES).prop_map(str::to_string),
        2 => tricky_string(24),
        1 => "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
        1 => any::<String>(),
    ]
}

pub fn a_number() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<i64>().prop_map(|n| n.to_string()),
        any::<u64>().prop_map(|n| n.to_string()),
        any::<f64>()
            .prop_filter("JSON has no NaN nor infinity", |f| f.is_finite())
            .prop_map(|f| format!("{f:?}")),
        (-200.0..200.0f64).prop_map(|f| format!("{f:?}")),
        (1000..10_000i32).prop_map(|n| n.to_string()),
        select(
            &[
                "0",
                "-0",
                "-0.0",
                "1e308",
                "-1e308",
                "1.7976931348623157e308",
                "1e400",
                "-1e400",
                "5e-324",
                "1e-400",
                "123456789012345678901234567890",
                "-123456789012345678901234567890",
                "18446744073709551616",
                "-9223372036854775809",
                "2147483648",
                "-2147483649",
                "4294967296",
                "255",
                "256",
                "180.0000001",
                "-90.5",
            ][..]
        )
        .prop_map(str::to_string),
    ]
}

pub fn a_key() -> impl Strategy<Value = String> {
    prop_oneof![6 => select(FIELDS).prop_map(str::to_string), 1 => tricky_string(8)]
}

pub fn a_leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        1 => Just(Json::Null),
        1 => any::<bool>().prop_map(Json::Bool),
        3 => a_number().prop_map(Json::Number),
        4 => a_string().prop_map(Json::Str),
    ]
}

/// Arbitrary JSON: leaves, arrays and objects (with repeated keys) a few levels deep.
pub fn a_json() -> impl Strategy<Value = Json> {
    a_leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((a_key(), inner), 0..8).prop_map(Json::Object),
        ]
    })
}

/// A geometry: a known type with arbitrary coordinates, or anything.
pub fn a_geometry() -> impl Strategy<Value = Json> {
    let kinds = &[
        "Point",
        "MultiPoint",
        "LineString",
        "MultiLineString",
        "Polygon",
        "MultiPolygon",
        "GeometryCollection",
        "Feature",
    ][..];
    prop_oneof![
        (select(kinds), a_json()).prop_map(|(kind, coordinates)| Json::Object(vec![
            ("type".into(), Json::Str(kind.into())),
            ("coordinates".into(), coordinates),
        ])),
        a_json(),
    ]
}

/// A GeoJSON FeatureCollection whose features have arbitrary properties and geometries.
pub fn a_collection() -> impl Strategy<Value = Json> {
    let feature = (a_json(), a_geometry(), any::<bool>()).prop_map(|(props, geometry, typed)| {
        let mut members = vec![
            ("properties".to_string(), props),
            ("geometry".into(), geometry),
        ];
        if typed {
            members.insert(0, ("type".into(), Json::Str("Feature".into())));
        }
        Json::Object(members)
    });
    prop::collection::vec(prop_oneof![3 => feature, 1 => a_json()], 0..6).prop_map(|features| {
        Json::Object(vec![
            ("type".into(), Json::Str("FeatureCollection".into())),
            ("features".into(), Json::Array(features)),
        ])
    })
}

/// An events or sources file: a bare array of arbitrary entries, or the array in an object.
pub fn an_entry_file() -> impl Strategy<Value = Json> {
    (
        prop::collection::vec(a_json(), 0..6),
        prop_oneof![
            Just(None),
            select(&["events", "sources", "items"][..]).prop_map(Some)
        ],
    )
        .prop_map(|(entries, key)| match key {
            None => Json::Array(entries),
            Some(key) => Json::Object(vec![
                ("$schema".into(), Json::Str("schema/x.json".into())),
                (key.into(), Json::Array(entries)),
            ]),
        })
}
