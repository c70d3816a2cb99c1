//! The JSON Schemas of `geodata/schema/`, which an editor (VS Code, JetBrains) uses to check a
//! data file as a teacher types, against the data and against the model's readers:
//!
//! - every data file names its schema in `"$schema"`, and the committed data passes it;
//! - each schema refuses the mistakes a teacher could type (a date "1905-13-45", an unknown
//!   region, a missing title, a place name without Japanese, a misspelt key), and the readers
//!   refuse the same files wherever they are strict themselves;
//! - the date pattern accepts exactly the dates the model parses;
//! - the schemas are self-contained: they refer to each other and to nothing else (no network).

mod common;

use atlas_model::{AtlasConfig, Base, Claims, Date, Record, Territories};
use common::{config, geodata, read};
use jsonschema::{Retrieve, Uri, Validator};
use serde_json::{json, Value};
use std::collections::BTreeSet;

/// Each data file of `geodata/` and the schema its `"$schema"` names (relative to `geodata/`).
const FILES: [(&str, &str); 6] = [
    ("atlas.json", "schema/atlas.schema.json"),
    ("events.json", "schema/events.schema.json"),
    ("sources.json", "schema/sources.schema.json"),
    ("territories.geojson", "schema/territories.schema.json"),
    ("claims.geojson", "schema/claims.schema.json"),
    ("base.geojson", "schema/base.schema.json"),
];

/// Where the schemas are taken to live. `.invalid` never resolves: the schemas are served only
/// from the folder, by [`SchemaFolder`].
const BASE: &str = "https://frontier-atlas.invalid/geodata/schema/";

/// The draft every schema is written in.
const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Serves a schema's references to the other schemas from `geodata/schema/`, and refuses any
/// other: a reference outside the folder makes the validator fail to build.
struct SchemaFolder;

impl Retrieve for SchemaFolder {
    fn retrieve(
        &self,
        uri: &Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        let name = uri
            .as_str()
            .strip_prefix(BASE)
            .filter(|name| is_schema_name(name))
            .ok_or_else(|| format!("{uri} is not a schema of geodata/schema/"))?;
        Ok(serde_json::from_str(&read(&format!("schema/{name}")))?)
    }
}

/// A file name of the schema folder: `<stem>.schema.json`, no folder.
fn is_schema_name(name: &str) -> bool {
    name.strip_suffix(".schema.json").is_some_and(|stem| {
        !stem.is_empty()
            && stem
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    })
}

/// A schema of the folder as JSON.
fn schema(name: &str) -> Value {
    serde_json::from_str(&read(&format!("schema/{name}")))
        .unwrap_or_else(|e| panic!("schema/{name} is not JSON: {e}"))
}

/// The file names in `geodata/schema/`.
fn schema_names() -> BTreeSet<String> {
    std::fs::read_dir(geodata("schema"))
        .expect("geodata/schema/ exists")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

/// A validator for `schema`, which lives at `name` in the schema folder (so its relative
/// references resolve there).
fn validator_at(name: &str, schema: &Value) -> Validator {
    jsonschema::options()
        .with_base_uri(format!("{BASE}{name}"))
        .with_retriever(SchemaFolder)
        .build(schema)
        .unwrap_or_else(|e| panic!("schema/{name} does not build: {e}"))
}

/// The validator of a schema of the folder, by its file name.
fn validator(name: &str) -> Validator {
    validator_at(name, &schema(name))
}

/// The validator of the schema a data file names in `"$schema"`.
fn validator_for_file(file: &str) -> Validator {
    let (_, named) = FILES
        .iter()
        .find(|(f, _)| *f == file)
        .unwrap_or_else(|| panic!("{file} is not a data file"));
    validator(named.strip_prefix("schema/").unwrap())
}

/// Every error of `instance` against `validator`, one line each with its place in the file (a
/// JSON pointer: `/events/5/date`).
fn errors(validator: &Validator, instance: &Value) -> Vec<(String, String)> {
    validator
        .iter_errors(instance)
        .map(|e| (e.instance_path().to_string(), e.to_string()))
        .collect()
}

fn data(file: &str) -> Value {
    serde_json::from_str(&read(file)).unwrap_or_else(|e| panic!("{file} is not JSON: {e}"))
}

#[test]
fn every_data_file_names_its_schema_in_dollar_schema() {
    let mut data_files = BTreeSet::new();
    for entry in std::fs::read_dir(geodata("")).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") || name.ends_with(".geojson") {
            data_files.insert(name);
        }
    }
    let listed: BTreeSet<String> = FILES.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(
        data_files, listed,
        "every data file of geodata/ has a schema, and every schema a data file"
    );
    for (file, named) in FILES {
        let value = data(file);
        assert_eq!(
            value.get("$schema").and_then(Value::as_str),
            Some(named),
            "{file}: its \"$schema\" must name {named}"
        );
        // The first member, where a reader of the file sees it.
        let text = read(file);
        let first_key = text
            .trim_start()
            .strip_prefix('{')
            .map(|rest| rest.trim_start());
        assert!(
            first_key.is_some_and(|rest| rest.starts_with("\"$schema\"")),
            "{file}: \"$schema\" is not its first member"
        );
        assert!(
            geodata(named).is_file(),
            "{file} names {named}, which does not exist"
        );
    }
    let mut named: BTreeSet<String> = FILES
        .iter()
        .map(|(_, s)| s.strip_prefix("schema/").unwrap().to_string())
        .collect();
    // The language catalogs of geodata/lang/ (tests/catalogs.rs checks them).
    named.insert("lang.schema.json".to_string());
    assert_eq!(
        schema_names(),
        named,
        "geodata/schema/ holds the named schemas"
    );
}

#[test]
fn the_committed_data_passes_its_schemas() {
    let mut problems = Vec::new();
    for (file, _) in FILES {
        let value = data(file);
        let named = value["$schema"].as_str().unwrap_or_default();
        let name = named.strip_prefix("schema/").unwrap_or(named);
        let validator = validator(name);
        for (at, error) in errors(&validator, &value) {
            problems.push(format!("{file}{at}: {error}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn the_schemas_are_self_contained_and_describe_every_property() {
    /// Every `$ref` of a schema, and every property it declares without a description, by
    /// JSON pointer. A property restated by a condition (`if`/`then`/`else`, `not`), which the
    /// schema declares and describes elsewhere, needs no description of its own.
    fn walk(
        schema: &Value,
        at: &str,
        restated: bool,
        refs: &mut Vec<String>,
        undescribed: &mut Vec<String>,
    ) {
        let Value::Object(map) = schema else { return };
        if let Some(r) = map.get("$ref").and_then(Value::as_str) {
            refs.push(r.to_string());
        }
        for (keyword, inner) in map {
            let here = format!("{at}/{keyword}");
            let conditional =
                restated || matches!(keyword.as_str(), "if" | "then" | "else" | "not");
            match keyword.as_str() {
                "properties" | "$defs" | "patternProperties" | "dependentSchemas" => {
                    for (key, sub) in inner.as_object().into_iter().flatten() {
                        if keyword == "properties" && !restated && sub.get("description").is_none()
                        {
                            undescribed.push(format!("{here}/{key}"));
                        }
                        walk(sub, &format!("{here}/{key}"), restated, refs, undescribed);
                    }
                }
                "prefixItems" | "allOf" | "anyOf" | "oneOf" => {
                    for (i, sub) in inner.as_array().into_iter().flatten().enumerate() {
                        walk(sub, &format!("{here}/{i}"), restated, refs, undescribed);
                    }
                }
                "items"
                | "additionalProperties"
                | "contains"
                | "propertyNames"
                | "unevaluatedItems"
                | "unevaluatedProperties"
                | "if"
                | "then"
                | "else"
                | "not" => {
                    walk(inner, &here, conditional, refs, undescribed);
                }
                _ => {}
            }
        }
    }
    let names = schema_names();
    for name in &names {
        assert!(is_schema_name(name), "schema/{name}: not a schema name");
        let s = schema(name);
        assert_eq!(s["$schema"], DRAFT, "schema/{name}: draft 2020-12");
        assert_eq!(s["$id"], name.as_str(), "schema/{name}: $id");
        for key in ["title", "description"] {
            assert!(
                s[key].as_str().is_some_and(|t| !t.trim().is_empty()),
                "schema/{name} has no {key}"
            );
        }
        let (mut refs, mut undescribed) = (Vec::new(), Vec::new());
        walk(&s, "", false, &mut refs, &mut undescribed);
        assert!(
            undescribed.is_empty(),
            "schema/{name}: properties without a description: {undescribed:?}"
        );
        for r in refs {
            let (file, fragment) = r.split_once('#').unwrap_or((&r, ""));
            assert!(
                file.is_empty() || names.contains(file),
                "schema/{name}: \"$ref\": \"{r}\" leaves geodata/schema/"
            );
            // The fragment points at something.
            let target = if file.is_empty() { &s } else { &schema(file) };
            assert!(
                target.pointer(fragment).is_some(),
                "schema/{name}: \"$ref\": \"{r}\" points at nothing"
            );
        }
        // Builds (against the draft's meta-schema) with nothing but the folder.
        validator(name);
    }
}

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

/// Sets the value at `pointer`, adding the key to its object if it is not there.
fn set(value: &mut Value, pointer: &str, new: Value) {
    if let Some(old) = value.pointer_mut(pointer) {
        *old = new;
        return;
    }
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{parent} is not an object of the file"))
        .insert(key.to_string(), new);
}

fn remove(value: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|map| map.remove(key))
        .unwrap_or_else(|| panic!("{pointer} is not in the file"));
}

fn rename(value: &mut Value, pointer: &str, to: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    let map = value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{parent} is not an object"));
    let inner = map
        .remove(key)
        .unwrap_or_else(|| panic!("{pointer} is not in the file"));
    map.insert(to.to_string(), inner);
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
        at: "/events/1",
        change: |v| {
            set(v, "/events/1/sources/0/error", json!(true));
            remove(v, "/events/1/note");
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

#[test]
fn the_date_pattern_accepts_exactly_what_the_model_parses() {
    let date = validator_at(
        "dates.schema.json",
        &json!({"$schema": DRAFT, "$ref": "events.schema.json#/$defs/date"}),
    );
    let mut texts: Vec<String> = Vec::new();
    for year in [
        1000, 1001, 1582, 1600, 1700, 1786, 1800, 1855, 1900, 1904, 1905, 1945, 1999, 2000, 2023,
        2024, 2100, 2400, 9996, 9999,
    ] {
        texts.push(format!("{year}"));
        for month in 0..=13 {
            texts.push(format!("{year}-{month:02}"));
            texts.push(format!("{year}-{month}"));
            for day in 0..=32 {
                texts.push(format!("{year}-{month:02}-{day:02}"));
            }
        }
    }
    for text in [
        "",
        "75",
        "0999",
        "0000",
        "10000",
        "1875-5",
        "1875-05-7",
        "1875-05-07-01",
        "1875/05/07",
        " 1875",
        "1875 ",
        "1875-",
        "1875--05",
        "+187",
        "-1875",
        "abcd",
        "5 Sept 1905",
        "1905-13-45",
        "１９０５",
        "1905-05-07T00:00",
    ] {
        texts.push(text.to_string());
    }
    let disagree: Vec<String> = texts
        .iter()
        .filter(|t| date.is_valid(&json!(t)) != Date::parse(t).is_ok())
        .map(|t| format!("{t:?}: schema {}", date.is_valid(&json!(t))))
        .collect();
    assert!(
        disagree.is_empty(),
        "the schema and Date::parse disagree on {disagree:?}"
    );
}

#[test]
fn a_reference_outside_the_schema_folder_is_refused() {
    for outside in [
        "../atlas.json",
        "https://example.org/other.schema.json",
        "file:///tmp/other.schema.json",
    ] {
        let built = jsonschema::options()
            .with_base_uri(format!("{BASE}probe.schema.json"))
            .with_retriever(SchemaFolder)
            .build(&json!({"$schema": DRAFT, "$ref": outside}));
        assert!(built.is_err(), "{outside} was retrieved");
    }
}
