//! The interface's words: each language's catalog (geodata/lang/) reads, follows its schema,
//! has every key of the English source, and keeps each text's arguments.

mod kit;

use atlas_model::Catalog;
use kit::data::read;
use serde_json::Value;
use std::collections::BTreeSet;

const LANGS: [&str; 3] = ["en", "ja", "ru"];

fn text(lang: &str) -> String {
    read(&format!("lang/{lang}.json"))
}

fn json(lang: &str) -> serde_json::Map<String, Value> {
    match serde_json::from_str(&text(lang)).unwrap() {
        Value::Object(map) => map,
        other => panic!("{lang}.json is not an object: {other}"),
    }
}

/// The `{name}`s a text (or each of its plural forms) names.
fn arguments(value: &Value) -> Vec<BTreeSet<String>> {
    let names = |s: &str| {
        s.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
            .collect::<BTreeSet<_>>()
    };
    match value {
        Value::String(s) => vec![names(s)],
        Value::Object(forms) => forms
            .values()
            .filter_map(Value::as_str)
            .map(names)
            .collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_catalog_reads_and_follows_its_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/../geodata/schema/lang.schema.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for lang in LANGS {
        Catalog::from_json(&text(lang)).unwrap_or_else(|e| panic!("{lang}.json: {e}"));
        let instance: Value = serde_json::from_str(&text(lang)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{lang}.json: {errors:#?}");
    }
}

#[test]
fn every_language_has_every_word_with_its_arguments() {
    let english = json("en");
    for lang in ["ja", "ru"] {
        let other = json(lang);
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.json lacks {missing:?}");
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            extra.is_empty(),
            "{lang}.json has keys English lacks: {extra:?}"
        );
        for (key, value) in &english {
            if key == "$schema" {
                continue;
            }
            let wanted: BTreeSet<String> = arguments(value).into_iter().flatten().collect();
            for form in arguments(&other[key]) {
                // A plural form may leave the number to the words ("один"), never add a name.
                let mut form = form;
                if !wanted.contains("count") {
                    form.remove("count");
                }
                assert!(
                    form.is_subset(&wanted),
                    "{lang}.json {key}: names {form:?}, English {wanted:?}"
                );
                let lost: Vec<&String> = wanted
                    .iter()
                    .filter(|n| *n != "count" && !form.contains(*n))
                    .collect();
                assert!(lost.is_empty(), "{lang}.json {key} drops {lost:?}");
            }
        }
    }
}
