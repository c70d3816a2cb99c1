//! The mistakes a teacher could type into each data file: the schema refuses each at its place,
//! and the model's reader refuses the same wherever it is strict itself.

use crate::kit::data::{config, read};
use crate::kit::edit::{remove, rename, set};
use crate::{data, errors, validator_for_file, FILES};
use atlas_model::{AtlasConfig, Base, Claims, Record, Territories};
use serde_json::{json, Value};

/// A mistake made to a committed file: what it is, the file, where the schema must place it
/// (a JSON pointer), the change, and whether the model's reader refuses it too (`false` where
/// only the schema is strict: a misspelt key the reader would silently ignore).
struct Mistake {
    what: &'static str,
    file: &'static str,
    at: &'static str,
    change: fn(&mut Value),
    reader_refuses: bool,
}

const MISTAKES: &[Mistake] = &[
    // events.json
    Mistake {
        what: "a date with month 13 and day 45",
        file: "events.json",
        at: "/events/0/date",
        change: |v| set(v, "/events/0/date", json!("1905-13-45")),
        reader_refuses: true,
    },
    Mistake {
        what: "a date written out in words",
        file: "events.json",
        at: "/events/1/date",
        change: |v| set(v, "/events/1/date", json!("5 Sept 1905")),
        reader_refuses: true,
    },
    Mistake {
        what: "a date without leading zeros",
        file: "events.json",
        at: "/events/2/date",
        change: |v| set(v, "/events/2/date", json!("1905-9-5")),
        reader_refuses: true,
    },
    Mistake {
        what: "29 February of a year that is not a leap year",
        file: "events.json",
        at: "/events/1/end",
        change: |v| set(v, "/events/1/end", json!("1900-02-29")),
        reader_refuses: true,
    },
    Mistake {
        what: "an unknown region",
        file: "events.json",
        at: "/events/0/regions/0",
        change: |v| set(v, "/events/0/regions/0", json!("manchuria")),
        reader_refuses: true,
    },
    Mistake {
        what: "no region at all",
        file: "events.json",
        at: "/events/0/regions",
        change: |v| set(v, "/events/0/regions", json!([])),
        reader_refuses: true,
    },
    Mistake {
        what: "a missing title",
        file: "events.json",
        at: "/events/3",
        change: |v| remove(v, "/events/3/title"),
        reader_refuses: true,
    },
    Mistake {
        what: "an empty summary",
        file: "events.json",
        at: "/events/3/summary",
        change: |v| set(v, "/events/3/summary", json!("  ")),
        reader_refuses: true,
    },
    Mistake {
        what: "an unknown kind",
        file: "events.json",
        at: "/events/0/kind",
        change: |v| set(v, "/events/0/kind", json!("pact")),
        reader_refuses: true,
    },
    Mistake {
        what: "an id with capitals and spaces",
        file: "events.json",
        at: "/events/0/id",
        change: |v| set(v, "/events/0/id", json!("Treaty of Shimoda 1855")),
        reader_refuses: true,
    },
    Mistake {
        what: "an event on the documents that quotes none",
        file: "events.json",
        at: "/events/0/sources",
        change: |v| set(v, "/events/0/sources", json!([])),
        reader_refuses: true,
    },
    Mistake {
        what: "a background event without a reference",
        file: "events.json",
        at: "/events/0",
        change: |v| {
            set(v, "/events/0/basis", json!("background"));
            set(v, "/events/0/sources", json!([]));
            remove(v, "/events/0/reference");
        },
        reader_refuses: true,
    },
    Mistake {
        what: "a passage flagged as wrong without a note",
        file: "events.json",
        at: "/events/2",
        change: |v| {
            set(v, "/events/2/sources/0/error", json!(true));
            remove(v, "/events/2/note");
        },
        reader_refuses: true,
    },
    Mistake {
        what: "a misspelt key (\"notes\" for \"note\")",
        file: "events.json",
        at: "/events/0",
        change: |v| rename(v, "/events/0/note", "notes"),
        // The reader names the field it leaves out, and the strict reader refuses the file.
        reader_refuses: true,
    },
    // sources.json
    Mistake {
        what: "a document without a title",
        file: "sources.json",
        at: "/sources/1",
        change: |v| remove(v, "/sources/1/title"),
        reader_refuses: true,
    },
    Mistake {
        what: "a year written as text",
        file: "sources.json",
        at: "/sources/0/year",
        change: |v| set(v, "/sources/0/year", json!("2019")),
        reader_refuses: true,
    },
    // territories.geojson
    Mistake {
        what: "a territory without names.ja",
        file: "territories.geojson",
        at: "/features/0/properties/names",
        change: |v| remove(v, "/features/0/properties/names/ja"),
        reader_refuses: true,
    },
    Mistake {
        what: "a territory with an unknown region",
        file: "territories.geojson",
        at: "/features/1/properties/region",
        change: |v| set(v, "/features/1/properties/region", json!("hokkaido")),
        reader_refuses: true,
    },
    Mistake {
        what: "a control period ending on an impossible day",
        file: "territories.geojson",
        at: "/features/0/properties/control/0/until",
        change: |v| {
            set(
                v,
                "/features/0/properties/control/0/until",
                json!("1945-02-30"),
            )
        },
        reader_refuses: true,
    },
    Mistake {
        what: "an unknown kind of control",
        file: "territories.geojson",
        at: "/features/0/properties/control/1/kind",
        change: |v| {
            set(
                v,
                "/features/0/properties/control/1/kind",
                json!("annexation"),
            )
        },
        reader_refuses: true,
    },
    Mistake {
        what: "a territory with no control period",
        file: "territories.geojson",
        at: "/features/0/properties/control",
        change: |v| set(v, "/features/0/properties/control", json!([])),
        reader_refuses: true,
    },
    Mistake {
        what: "an occupation whose \"kind\" is misspelt (\"knd\"), read as plain control",
        file: "territories.geojson",
        at: "/features/0/properties/control/1",
        change: |v| rename(v, "/features/0/properties/control/1/kind", "knd"),
        reader_refuses: false,
    },
    Mistake {
        what: "a territory drawn as a line",
        file: "territories.geojson",
        at: "/features/0/geometry/type",
        change: |v| {
            set(
                v,
                "/features/0/geometry",
                json!({"type": "LineString", "coordinates": [[147, 45], [148, 46]]}),
            )
        },
        reader_refuses: true,
    },
    Mistake {
        what: "latitude and longitude swapped",
        file: "territories.geojson",
        at: "/features/0/geometry/coordinates/0/0/0/1",
        change: |v| {
            set(
                v,
                "/features/0/geometry/coordinates/0/0/0",
                json!([45.0, 147.0]),
            )
        },
        reader_refuses: true,
    },
    // claims.geojson
    Mistake {
        what: "a claim with a misspelt key in its properties (\"untill\")",
        file: "claims.geojson",
        at: "/features/0/properties",
        change: |v| rename(v, "/features/0/properties/until", "untill"),
        reader_refuses: false,
    },
    Mistake {
        what: "a claim with an unknown kind",
        file: "claims.geojson",
        at: "/features/1/properties/kind",
        change: |v| set(v, "/features/1/properties/kind", json!("border")),
        reader_refuses: true,
    },
    Mistake {
        what: "a claim without names.ru",
        file: "claims.geojson",
        at: "/features/2/properties/names",
        change: |v| remove(v, "/features/2/properties/names/ru"),
        reader_refuses: true,
    },
    Mistake {
        what: "a claim starting on an impossible date",
        file: "claims.geojson",
        at: "/features/2/properties/from",
        change: |v| set(v, "/features/2/properties/from", json!("1905-13-45")),
        reader_refuses: true,
    },
    Mistake {
        what: "a claim drawn as a point",
        file: "claims.geojson",
        at: "/features/0/geometry/type",
        change: |v| {
            set(
                v,
                "/features/0/geometry",
                json!({"type": "Point", "coordinates": [147, 45]}),
            )
        },
        reader_refuses: true,
    },
    // base.geojson
    Mistake {
        what: "an unknown context layer",
        file: "base.geojson",
        at: "/features/0/properties/layer",
        change: |v| set(v, "/features/0/properties/layer", json!("sea")),
        reader_refuses: true,
    },
    // atlas.json
    Mistake {
        what: "an unknown key at the top of atlas.json",
        file: "atlas.json",
        at: "",
        change: |v| set(v, "/themes", json!([])),
        reader_refuses: true,
    },
    Mistake {
        what: "an unknown key in a view",
        file: "atlas.json",
        at: "/views/1",
        change: |v| set(v, "/views/1/zoom", json!(5)),
        reader_refuses: true,
    },
    Mistake {
        what: "a colour by name",
        file: "atlas.json",
        at: "/parties/0/colour",
        change: |v| set(v, "/parties/0/colour", json!("orange")),
        reader_refuses: true,
    },
    Mistake {
        what: "an era starting on a date without leading zeros",
        file: "atlas.json",
        at: "/eras/3/from",
        change: |v| set(v, "/eras/3/from", json!("1945-9-2")),
        reader_refuses: true,
    },
    Mistake {
        what: "a view's bounds with three numbers",
        file: "atlas.json",
        at: "/views/0/bounds",
        change: |v| set(v, "/views/0/bounds", json!([115.0, 40.0, 160.0])),
        reader_refuses: true,
    },
    Mistake {
        what: "a later name of a party without \"from\"",
        file: "atlas.json",
        at: "/parties/1/names/1",
        change: |v| remove(v, "/parties/1/names/1/from"),
        reader_refuses: true,
    },
    Mistake {
        what: "a party named \"none\"",
        file: "atlas.json",
        at: "/parties/0/id",
        change: |v| set(v, "/parties/0/id", json!("none")),
        reader_refuses: true,
    },
    Mistake {
        what: "a party's span of existence with a misspelt key",
        file: "atlas.json",
        at: "/parties/3/existed/0",
        change: |v| {
            set(
                v,
                "/parties/3/existed/0",
                json!({"from": "1932-03-01", "to": "1945"}),
            )
        },
        reader_refuses: true,
    },
    Mistake {
        what: "a party's span of existence with an impossible date",
        file: "atlas.json",
        at: "/parties/3/existed/0/until",
        change: |v| set(v, "/parties/3/existed/0/until", json!("1945-08-32")),
        reader_refuses: true,
    },
    Mistake {
        what: "a glossary term without its Russian",
        file: "glossary.json",
        at: "/terms/0",
        change: |v| remove(v, "/terms/0/ru"),
        reader_refuses: true,
    },
    Mistake {
        what: "an empty word to avoid",
        file: "glossary.json",
        at: "/terms/0/en/avoid/0",
        change: |v| set(v, "/terms/0/en/avoid", json!([""])),
        reader_refuses: true,
    },
    Mistake {
        what: "a glossary term with a misspelt key",
        file: "glossary.json",
        at: "/terms/0/ja",
        change: |v| set(v, "/terms/0/ja/avoids", json!(["x"])),
        reader_refuses: true,
    },
    Mistake {
        what: "a view framing an unknown region",
        file: "atlas.json",
        at: "/views/1/regions/0",
        change: |v| set(v, "/views/1/regions/0", json!("manchuria")),
        reader_refuses: true,
    },
];

/// Whether the model refuses the text of `file`, the other files being the committed ones.
fn reader_refuses(file: &str, text: &str) -> bool {
    let parties = || config().parties;
    match file {
        "events.json" => Record::from_json(text, &read("sources.json")).is_err(),
        "sources.json" => Record::from_json(&read("events.json"), text).is_err(),
        "territories.geojson" => Territories::from_geojson(text, &parties()).is_err(),
        "claims.geojson" => Claims::from_geojson(text, &parties()).is_err(),
        "base.geojson" => Base::from_geojson(text).is_err(),
        "atlas.json" => AtlasConfig::from_json(text).is_err(),
        "glossary.json" => atlas_model::glossary::Glossary::from_json(text).is_err(),
        _ => panic!("{file} is not a data file"),
    }
}

#[test]
fn each_schema_refuses_what_a_teacher_could_mistype() {
    let mut wrong = Vec::new();
    for m in MISTAKES {
        let mut value = data(m.file);
        (m.change)(&mut value);
        let found = errors(&validator_for_file(m.file), &value);
        if found.is_empty() {
            wrong.push(format!("{}: {}: the schema accepts it", m.file, m.what));
        } else if !found.iter().any(|(at, _)| at == m.at) {
            wrong.push(format!(
                "{}: {}: expected an error at \"{}\", got {found:?}",
                m.file, m.what, m.at
            ));
        }
        let text = serde_json::to_string_pretty(&value).unwrap();
        if reader_refuses(m.file, &text) != m.reader_refuses {
            wrong.push(format!(
                "{}: {}: the model's reader {} it",
                m.file,
                m.what,
                if m.reader_refuses {
                    "accepts"
                } else {
                    "now refuses"
                }
            ));
        }
    }
    // And the same files unchanged pass both.
    for (file, _) in FILES {
        let text = read(file);
        assert!(!reader_refuses(file, &text), "{file}: the committed file");
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_events_file_may_be_a_bare_array_as_the_reader_allows() {
    let validator = validator_for_file("events.json");
    let events = data("events.json")["events"].clone();
    assert!(errors(&validator, &events).is_empty());
    let mut broken = events;
    set(&mut broken, "/0/date", json!("1905-13-45"));
    let found = errors(&validator, &broken);
    assert!(found.iter().any(|(at, _)| at == "/0/date"), "{found:?}");
    // An object needs its "events", and nothing but "$schema" beside them.
    assert!(!errors(&validator, &json!({"$schema": "schema/events.schema.json"})).is_empty());
    assert!(!errors(&validator, &json!({"events": [], "sources": []})).is_empty());
}
