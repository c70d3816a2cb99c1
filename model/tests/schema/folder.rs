//! The schema folder and the committed data: every data file names its schema and passes it,
//! the schemas are self-contained and describe every property, and the date pattern accepts
//! exactly what the model parses.

use crate::kit::data::{geodata, read};
use crate::{
    data, errors, is_schema_name, schema, schema_names, validator, validator_at, SchemaFolder,
    BASE, DRAFT, FILES,
};
use atlas_model::Date;
use serde_json::{json, Value};
use std::collections::BTreeSet;

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
    // The lessons of geodata/lessons/ and their list (lessons.rs checks them).
    named.insert("lesson.schema.json".to_string());
    named.insert("lessons.schema.json".to_string());
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
