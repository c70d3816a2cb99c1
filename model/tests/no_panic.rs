//! Property tests: no text handed to a reader, no link and no day makes the model panic.
//!
//! A panic in the browser kills the page, so every parser and reader is fed arbitrary input:
//! arbitrary strings, arbitrary JSON (with the field names of the real files, so that the
//! readers get past their first checks), and the committed files with one entry broken. Each
//! must return, and where it can, say something true about what it returned: a date written
//! back reads the same, a link written back reads the same, a broken entry costs only itself.

mod common;

use atlas_model::link::LinkState;
use atlas_model::status::StatusIndex;
use atlas_model::timeline::{self, Scale, SPAN};
use atlas_model::{
    tidy, AtlasConfig, Base, Claims, Date, Day, Lang, Problem, Read, Record, Territories,
    Unreadable,
};
use geo::Point;
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;
use std::sync::OnceLock;

// ---------------------------------------------------------------------------------------------
// The committed data, read once.

struct Data {
    config: AtlasConfig,
    record: Record,
    territories: Territories,
    claims: Claims,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| Data {
        config: common::config(),
        record: common::record(),
        territories: common::territories(),
        claims: common::claims(),
    })
}

/// The text of a committed file, read once.
fn text(file: &'static str) -> &'static str {
    static TEXTS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    let texts = TEXTS.get_or_init(|| {
        [
            "atlas.json",
            "events.json",
            "sources.json",
            "territories.geojson",
            "claims.geojson",
            "base.geojson",
        ]
        .into_iter()
        .map(|f| (f, common::read(f)))
        .collect()
    });
    texts
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, t)| t.as_str())
        .unwrap_or_else(|| panic!("{file} is not a data file"))
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
// Arbitrary JSON, kept as text so that it can hold what `serde_json::Value` cannot: numbers out
// of range, integers beyond 64 bits, repeated keys.

#[derive(Clone, Debug)]
enum Json {
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
    fn write(&self, out: &mut String) {
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

    fn text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }
}

fn quoted(s: &str) -> String {
    serde_json::to_string(s).expect("a string serializes")
}

/// The field names of the data files (and of the GeoJSON around them).
const FIELDS: &[&str] = &[
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
const VALUES: &[&str] = &[
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
const TRICKY: &[char] = &[
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

fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![2 => select(TRICKY), 1 => any::<char>()]
}

/// Strings with controls, bidi controls and other scripts in them.
fn tricky_string(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..max).prop_map(|cs| cs.into_iter().collect())
}

fn a_string() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(VALUES).prop_map(str::to_string),
        2 => tricky_string(24),
        1 => "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
        1 => any::<String>(),
    ]
}

fn a_number() -> impl Strategy<Value = String> {
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

fn a_key() -> impl Strategy<Value = String> {
    prop_oneof![6 => select(FIELDS).prop_map(str::to_string), 1 => tricky_string(8)]
}

fn a_leaf() -> impl Strategy<Value = Json> {
    prop_oneof![
        1 => Just(Json::Null),
        1 => any::<bool>().prop_map(Json::Bool),
        3 => a_number().prop_map(Json::Number),
        4 => a_string().prop_map(Json::Str),
    ]
}

/// Arbitrary JSON: leaves, arrays and objects (with repeated keys) a few levels deep.
fn a_json() -> impl Strategy<Value = Json> {
    a_leaf().prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Json::Array),
            prop::collection::vec((a_key(), inner), 0..8).prop_map(Json::Object),
        ]
    })
}

/// A geometry: a known type with arbitrary coordinates, or anything.
fn a_geometry() -> impl Strategy<Value = Json> {
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
fn a_collection() -> impl Strategy<Value = Json> {
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
fn an_entry_file() -> impl Strategy<Value = Json> {
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

// ---------------------------------------------------------------------------------------------
// Every reader on one text.

/// The good entries of a read, and whether it reported an error.
struct Outcome {
    kept: usize,
    errors: usize,
}

fn outcome<T>(read: &Read<T>, len: impl Fn(&T) -> usize) -> Outcome {
    Outcome {
        kept: len(&read.value),
        errors: read.problems.iter().filter(|p| p.is_error()).count(),
    }
}

/// Every problem names a line and column inside the text (counted from 1).
fn check_problems(text: &str, problems: &[Problem]) -> Result<(), TestCaseError> {
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
fn read_everything(text: &str) -> Result<(), TestCaseError> {
    let d = data();
    let parties = &d.config.parties;
    let sources = Record::read_sources(text);
    check_read(text, &sources)?;
    check_read(text, &Record::read(text, d.record.sources().to_vec()))?;
    check_read(text, &Record::read(text, Vec::new()))?;
    if let Ok(record) = Record::from_json(text, text) {
        prop_assert!(record.events().windows(2).all(|w| w[0].day() <= w[1].day()));
    }
    let _ = Record::from_json(text, self::text("sources.json")).map_err(|e| e.to_string());
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

// ---------------------------------------------------------------------------------------------
// The committed files with one entry broken.

/// Which data file an entry is broken in.
#[derive(Clone, Copy, Debug)]
enum File {
    Events,
    Sources,
    Territories,
    Claims,
    Base,
}

impl File {
    const ALL: [File; 5] = [
        File::Events,
        File::Sources,
        File::Territories,
        File::Claims,
        File::Base,
    ];

    fn name(self) -> &'static str {
        match self {
            File::Events => "events.json",
            File::Sources => "sources.json",
            File::Territories => "territories.geojson",
            File::Claims => "claims.geojson",
            File::Base => "base.geojson",
        }
    }

    /// The key of the entries when the file is an object.
    fn key(self) -> &'static str {
        match self {
            File::Events => "events",
            File::Sources => "sources",
            _ => "features",
        }
    }

    /// Reads a version of the file: the entries kept and the errors reported.
    fn read(self, text: &str) -> Result<Outcome, String> {
        let d = data();
        let parties = &d.config.parties;
        let problems = |p: &[Problem]| check_problems(text, p).map_err(|e| e.to_string());
        match self {
            File::Events => {
                let read =
                    Record::read(text, d.record.sources().to_vec()).map_err(|e| e.to_string())?;
                problems(&read.problems)?;
                Ok(outcome(&read, Record::len))
            }
            File::Sources => {
                let read = Record::read_sources(text).map_err(|e| e.to_string())?;
                problems(&read.problems)?;
                Ok(outcome(&read, Vec::len))
            }
            File::Territories => {
                let read = Territories::read(text, parties).map_err(|e| e.to_string())?;
                problems(&read.problems)?;
                Ok(outcome(&read, |t| t.units.len()))
            }
            File::Claims => {
                let read = Claims::read(text, parties).map_err(|e| e.to_string())?;
                problems(&read.problems)?;
                Ok(outcome(&read, |c| c.claims.len()))
            }
            File::Base => {
                let read = Base::read(text).map_err(|e| e.to_string())?;
                problems(&read.problems)?;
                Ok(outcome(&read, |b| b.features.len()))
            }
        }
    }
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug)]
enum Step {
    Key(String),
    At(usize),
}

/// The paths of every object inside `value` (itself included), not deeper than `depth`.
fn objects(value: &Value, path: &mut Vec<Step>, depth: usize, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            out.push(path.clone());
            if depth > 0 {
                for (key, inner) in map {
                    path.push(Step::Key(key.clone()));
                    objects(inner, path, depth - 1, out);
                    path.pop();
                }
            }
        }
        // Coordinates are arrays of numbers: nothing to look for in them.
        Value::Array(items) if depth > 0 && items.first().is_some_and(|i| !i.is_number()) => {
            for (i, inner) in items.iter().enumerate() {
                path.push(Step::At(i));
                objects(inner, path, depth - 1, out);
                path.pop();
            }
        }
        _ => {}
    }
}

fn at_path<'a>(mut value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    for step in path {
        value = match step {
            Step::Key(k) => &mut value[k.as_str()],
            Step::At(i) => &mut value[*i],
        };
    }
    value
}

/// The entries of a data file's JSON: the array itself, or the one under its key.
fn entries_of<'a>(value: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    let array = match value {
        Value::Array(_) => value,
        Value::Object(map) => map.get_mut(key).expect("the file holds its entries"),
        _ => panic!("a data file is an array or an object"),
    };
    array.as_array_mut().expect("the entries are an array")
}

/// Stands for the new value of the field until the JSON is text.
const PLACEHOLDER: &str = "\u{0}mutated\u{0}";

/// A change to one field of one entry: deleted, or replaced by arbitrary JSON.
#[derive(Clone, Debug)]
struct Mutation {
    file: File,
    entry: Index,
    object: Index,
    field: Index,
    /// `None`: the field is deleted.
    value: Option<Json>,
    /// The entries are written inside an object, beside a "$schema".
    wrapped: bool,
}

fn a_mutation() -> impl Strategy<Value = Mutation> {
    (
        select(&File::ALL[..]),
        any::<Index>(),
        any::<Index>(),
        any::<Index>(),
        prop_oneof![1 => Just(None), 4 => a_json().prop_map(Some)],
        any::<bool>(),
    )
        .prop_map(|(file, entry, object, field, value, wrapped)| Mutation {
            file,
            entry,
            object,
            field,
            value,
            wrapped,
        })
}

/// The committed file with the mutation applied, and the number of its entries.
fn mutated(m: &Mutation) -> (String, usize) {
    let mut json: Value =
        serde_json::from_str(text(m.file.name())).expect("the committed file is JSON");
    if m.wrapped {
        if let Value::Array(_) = json {
            let mut map = serde_json::Map::new();
            map.insert(
                "$schema".into(),
                Value::String("schema/x.schema.json".into()),
            );
            map.insert(m.file.key().into(), json);
            json = Value::Object(map);
        } else if let Value::Object(map) = &mut json {
            map.insert(
                "$schema".into(),
                Value::String("schema/x.schema.json".into()),
            );
        }
    }
    let entries = entries_of(&mut json, m.file.key());
    let count = entries.len();
    let entry = &mut entries[m.entry.index(count)];
    let mut paths = Vec::new();
    objects(entry, &mut Vec::new(), 3, &mut paths);
    let object = at_path(entry, &paths[m.object.index(paths.len())]);
    let map = object.as_object_mut().expect("the path leads to an object");
    let replaced = match map.keys().nth(m.field.index(map.len().max(1))).cloned() {
        Some(key) => key,
        // An empty object: the change adds a field.
        None => "id".to_string(),
    };
    match &m.value {
        None => {
            map.remove(&replaced);
        }
        Some(_) => {
            map.insert(replaced, Value::String(PLACEHOLDER.into()));
        }
    }
    let mut text = serde_json::to_string_pretty(&json).expect("JSON serializes");
    if let Some(value) = &m.value {
        text = text.replacen(&quoted(PLACEHOLDER), &value.text(), 1);
    }
    (text, count)
}

// ---------------------------------------------------------------------------------------------
// Links.

/// Decodes a query as `URLSearchParams` does: `&`-separated pairs, `+` for a space, percent
/// escapes (a malformed escape is kept as it is), UTF-8 read lossily.
fn decode_query(query: &str) -> Vec<(String, String)> {
    fn decode(part: &str) -> String {
        let bytes = part.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                },
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-encodes all but the unreserved characters.
fn encode(part: &str) -> String {
    part.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn a_link_key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(&LinkState::KEYS[..]).prop_map(str::to_string),
        1 => select(&["utm_source", "", "DATE", "date%20", "%64ate", "da+te", "lang%00"][..])
            .prop_map(str::to_string),
        1 => tricky_string(6).prop_map(|s| encode(&s)),
    ]
}

fn a_link_value() -> impl Strategy<Value = String> {
    let ids: Vec<String> = data()
        .record
        .events()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let views: Vec<String> = data().config.views.iter().map(|v| v.id.clone()).collect();
    prop_oneof![
        2 => select(ids),
        2 => select(views),
        1 => select(&["en", "ja", "ru", "EN", "de", "ja-JP"][..]).prop_map(str::to_string),
        2 => "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
        1 => "[0-9]{10,40}",
        1 => "-?[0-9]{4}-[0-9]{2}-[0-9]{2}[0-9]*",
        1 => Just(String::new()),
        1 => "(%[0-9A-Fa-f]{2}|%[0-9A-Fa-f]?|%[G-Zg-z]{2}|[a-z0-9+=]){0,12}",
        1 => "(%[C-F][0-9A-F](%[89AB][0-9A-F]){0,3}){1,4}",
        2 => tricky_string(60).prop_map(|s| encode(&s)),
    ]
}

fn a_query() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((a_link_key(), a_link_value(), any::<bool>()), 0..8),
        any::<bool>(),
    )
        .prop_map(|(pairs, question)| {
            let pairs: Vec<String> = pairs
                .into_iter()
                .map(|(k, v, bare)| {
                    if bare && v.is_empty() {
                        k
                    } else {
                        format!("{k}={v}")
                    }
                })
                .collect();
            format!("{}{}", if question { "?" } else { "" }, pairs.join("&"))
        })
}

fn parse_link(pairs: &[(String, String)]) -> (LinkState, Vec<atlas_model::link::Notice>) {
    let d = data();
    LinkState::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &d.record,
        &d.config,
    )
}

// ---------------------------------------------------------------------------------------------
// Days.

/// Any day: the whole `i32` range, its ends, the years the record covers and the days around
/// the record's events and control changes.
fn a_day() -> impl Strategy<Value = Day> {
    let d = data();
    let mut known: Vec<i32> = d.record.events().iter().map(|e| e.day().0).collect();
    for t in d.territories.iter() {
        for c in &t.control {
            known.push(c.start().0);
            known.extend(c.end().map(|e| e.0));
        }
    }
    for c in d.claims.iter() {
        known.push(c.start().0);
        known.extend(c.end().map(|e| e.0));
    }
    prop_oneof![
        3 => any::<i32>().prop_map(Day),
        1 => select(&[i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX][..]).prop_map(Day),
        3 => (-400_000..3_000_000i32).prop_map(Day),
        3 => (select(known), -2..=2i32).prop_map(|(day, off)| Day(day + off)),
    ]
}

/// Points on and off the units: their label points, arbitrary longitudes and latitudes, and
/// numbers no pointer gives.
fn a_point() -> impl Strategy<Value = Point<f64>> {
    let labels: Vec<(f64, f64)> = data().territories.iter().filter_map(|t| t.label).collect();
    prop_oneof![
        2 => select(labels).prop_map(|(x, y)| Point::new(x, y)),
        2 => (115.0..160.0f64, 40.0..56.0f64).prop_map(|(x, y)| Point::new(x, y)),
        1 => (any::<f64>(), any::<f64>()).prop_map(|(x, y)| Point::new(x, y)),
    ]
}

/// The slider's scale as the app builds it: from the start of the first event's year to `last`.
fn scale_to(last: Day) -> Scale {
    let record = &data().record;
    let first_year = record.events()[0].date.year_number();
    let first = Date::year(first_year).first_day().min(last);
    Scale::new(record.events().iter().map(|e| e.day()), first, last)
}

fn check_scale(scale: &Scale, day: Day) -> Result<(), TestCaseError> {
    let position = scale.position(day);
    prop_assert!((0.0..=SPAN).contains(&position), "{position}");
    let fraction = scale.fraction(day);
    prop_assert!((0.0..=1.0).contains(&fraction), "{fraction}");
    let back = scale.day_at(position);
    prop_assert!(scale.first() <= back && back <= scale.last());
    if scale.first() <= day && day <= scale.last() {
        prop_assert_eq!(back, day);
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The properties.

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

    #[test]
    fn any_link_is_read_without_panic_and_written_back_the_same(query in a_query()) {
        let d = data();
        let pairs = decode_query(&query);
        let (state, notices) = parse_link(&pairs);
        let owned = pairs.iter().filter(|(k, _)| LinkState::KEYS.contains(&k.as_str())).count();
        prop_assert!(notices.len() <= owned);
        let english = atlas_model::Catalog::from_json(include_str!("../../geodata/lang/en.json")).unwrap();
        let words = atlas_model::Words::new(atlas_model::Lang::En, None, &english);
        for n in &notices {
            // A value is shown shortened: a link of any length gives a short notice.
            let text = words.message(n);
            prop_assert!(text.chars().count() <= 300, "{}", text);
            prop_assert!(english.keys().contains(&n.key.as_str()), "{} has no English words", n.key);
        }
        if let Some(id) = &state.event {
            prop_assert!(d.record.get(id).is_some());
        }
        if let Some(view) = state.view {
            prop_assert!(view.index() < d.config.views.len());
        }
        // Written back to a query and read again: the same state, and nothing to complain about.
        let written = state.to_pairs(&d.config);
        prop_assert!(written.iter().all(|(k, _)| LinkState::KEYS.contains(k)));
        let query: Vec<String> =
            written.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        let again = decode_query(&format!("?{}", query.join("&")));
        let (restored, complaints) = parse_link(&again);
        prop_assert!(complaints.is_empty(), "{:?}", complaints);
        let expected = LinkState {
            view: state.view.filter(|v| *v != d.config.default_view()),
            ..state.clone()
        };
        prop_assert_eq!(&restored, &expected);
        prop_assert_eq!(restored.to_pairs(&d.config), written);
    }
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

proptest! {
    #![proptest_config(cases(96))]

    #[test]
    fn a_broken_entry_costs_only_itself(m in a_mutation()) {
        let (broken, count) = mutated(&m);
        let after = m.file.read(&broken);
        prop_assert!(after.is_ok(), "{}: {:?}", m.file.name(), after.err());
        let after = after.unwrap();
        prop_assert!(
            after.kept + 1 >= count,
            "{}: {} of {} entries kept", m.file.name(), after.kept, count
        );
        prop_assert!(
            after.kept == count || after.errors > 0,
            "{}: an entry was left out without a problem", m.file.name()
        );
    }

    #[test]
    fn a_broken_config_is_read_or_refused(
        path in any::<Index>(),
        field in any::<Index>(),
        value in prop_oneof![1 => Just(None), 4 => a_json().prop_map(Some)],
    ) {
        let mut json: Value = serde_json::from_str(text("atlas.json")).unwrap();
        let mut paths = Vec::new();
        objects(&json, &mut Vec::new(), 5, &mut paths);
        let object = at_path(&mut json, &paths[path.index(paths.len())]);
        let map = object.as_object_mut().unwrap();
        let key = map.keys().nth(field.index(map.len().max(1))).cloned().unwrap_or_default();
        match &value {
            None => { map.remove(&key); }
            Some(_) => { map.insert(key, Value::String(PLACEHOLDER.into())); }
        }
        let mut broken = serde_json::to_string(&json).unwrap();
        if let Some(value) = &value {
            broken = broken.replacen(&quoted(PLACEHOLDER), &value.text(), 1);
        }
        if let Ok(config) = AtlasConfig::from_json(&broken) {
            // The data read with the changed parties: maybe less of it, never a panic.
            let _ = Territories::read(text("territories.geojson"), &config.parties);
            let _ = Claims::read(text("claims.geojson"), &config.parties);
            for lang in Lang::ALL {
                for party in config.parties.all() {
                    let _ = config.parties.name(party, Day(0), lang);
                }
            }
        }
        read_everything(&broken)?;
    }
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn every_query_answers_on_any_day(day in a_day(), point in a_point(), other in a_day()) {
        let d = data();
        let record = &d.record;
        let events = record.events();
        // The record's timeline queries agree with the day.
        if let Some(i) = record.current_at(day) {
            prop_assert!(events[i].day() <= day);
            prop_assert!(events.get(i + 1).is_none_or(|e| e.day() > day));
        }
        if let Some(i) = record.next_after(day) {
            prop_assert!(events[i].day() > day);
        }
        if let Some(i) = record.previous_before(day) {
            prop_assert!(events[i].day() < day);
        }
        for e in events {
            prop_assert_eq!(e.covers(day), e.day() <= day && day <= e.last_day());
            let _ = e.date.contains(day);
        }
        // Who held each unit, and how the map paints it.
        let units: Vec<_> = d.territories.at(day).collect();
        prop_assert_eq!(units.len(), d.territories.units.len());
        for (unit, held) in &units {
            if let Some(c) = held {
                prop_assert!(c.contains(day));
            }
            prop_assert_eq!(unit.controller_at(day), *held);
        }
        let _ = d.territories.unit_at(point, day);
        let index = StatusIndex::new(&d.territories, &d.claims, &d.config.parties);
        for unit in 0..=d.territories.units.len() {
            let status = index.status(&d.territories, &d.claims, unit, day);
            let _ = index.claims_on(unit);
            let _ = d.config.paint(&status);
            if let Some(i) = status.interval {
                prop_assert!(d.territories.units[unit].control[i].contains(day));
            }
        }
        prop_assert!(d.claims.active_at(day).all(|c| c.active_at(day)));
        // The names and eras of the day.
        for party in d.config.parties.all() {
            for lang in Lang::ALL {
                let _ = d.config.parties.name(party, day, lang);
                let _ = d.config.parties.name_in_text(party, day, lang);
            }
        }
        if let Some(era) = d.config.era_at(day) {
            prop_assert!(era.from <= day);
        }
        let (first, last) = (day.min(other), day.max(other));
        for band in d.config.eras_between(first, last) {
            prop_assert!(first <= band.from && band.from < band.until);
        }
        // The day as a date, and the timeline's arithmetic on it.
        let date = day.date();
        prop_assert_eq!(date.first_day(), day);
        let _ = (atlas_model::Words::english().date(date), day.to_string());
        let _ = timeline::shift_years(day, 10);
        let _ = timeline::shift_years(day, -10);
        let _ = timeline::parse_entry(&date.to_string(), first, last);
        let _ = timeline::parse_entry("1905-09-05", first, last);
        let scale = scale_to(common::today());
        check_scale(&scale, day)?;
        let scale = scale_to(other);
        check_scale(&scale, day)?;
        let _ = scale.day_at(f64::from(day.0));
    }

}

proptest! {
    // Up to millions of years of marks to try on a case: fewer cases.
    #![proptest_config(cases(64))]

    #[test]
    fn year_marks_and_scale_of_any_timeline(last in a_day()) {
        let scale = scale_to(last);
        prop_assert!(scale.first() < scale.last());
        // The app's levels: a mark every 50 years, then every 10.
        let marks = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
        prop_assert!(marks.windows(2).all(|w| w[0].fraction <= w[1].fraction));
        prop_assert!(marks.iter().all(|m| (0.0..=1.0).contains(&m.fraction)));
    }
}

/// The ends of the day range, where the calendar arithmetic overflowed `i32` (a panic in a
/// debug build): the date of a day, a day later, a scale and eras ending there.
#[test]
fn the_ends_of_the_day_range_do_not_overflow() {
    for n in [i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX] {
        let day = Day(n);
        let date = day.date();
        assert_eq!(date.first_day(), day, "{date}");
        assert!(!atlas_model::Words::english().date(date).is_empty());
        let _ = (
            day.plus(1),
            day.plus(-1),
            day.plus(i32::MAX),
            day.plus(i32::MIN),
        );
        let _ = timeline::shift_years(day, 10);
        let _ = timeline::shift_years(day, -10);
        let _ = timeline::parse_entry("1905", day, Day(i32::MAX));
        let _ = data().config.eras_between(day, Day(i32::MAX));
        for scale in [scale_to(day), Scale::new([day], day, day)] {
            assert!(scale.first() < scale.last());
            assert!((0.0..=SPAN).contains(&scale.position(day)));
            let _ = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
        }
    }
    assert_eq!(Day(i32::MAX).plus(1), Day(i32::MAX));
    assert_eq!(Date::year(1970).first_day(), Day(0));
}

/// What the broken-entry property starts from: each committed file reads whole.
#[test]
fn the_committed_files_read_whole() {
    for file in File::ALL {
        let mut json: Value = serde_json::from_str(text(file.name())).unwrap();
        let count = entries_of(&mut json, file.key()).len();
        let read = file.read(text(file.name())).unwrap();
        assert_eq!((read.kept, read.errors), (count, 0), "{}", file.name());
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
