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
fn the_built_in_english_catalog_has_every_key() {
    let keys: Vec<&str> = atlas_model::key::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(Catalog::english().keys(), keys);
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

/// The Rust files of the model and of the app.
fn sources() -> Vec<(String, String)> {
    fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let mut text = std::fs::read_to_string(&path).unwrap();
                // Unit tests may write a catalog of their own.
                if let Some(tests) = text.find("#[cfg(test)]\nmod tests") {
                    text.truncate(tests);
                }
                out.push((path.display().to_string(), text));
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    walk(&root.join("src"), &mut out);
    walk(&root.join("../src"), &mut out);
    out
}

/// Every word is asked for by a constant of `atlas_model::key`, which does not compile when the
/// English catalog lacks it: a key written as a string, or put together at run time
/// (`format!("region.{}", …)`), would escape that check.
#[test]
fn no_key_is_written_as_a_string() {
    let english = json("en");
    let families: BTreeSet<&str> = english
        .keys()
        .filter_map(|k| k.split_once('.').map(|(family, _)| family))
        .collect();
    let mut found = Vec::new();
    for (path, text) in sources() {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let keys = english
                .keys()
                .filter(|k| *k != "$schema" && line.contains(&format!("\"{k}\"")));
            let built = families.iter().filter(|f| {
                line.contains(&format!("\"{f}.{{")) || line.contains(&format!("\"{f}.\""))
            });
            let calls = [
                "t(\"",
                "fill(\"",
                "count(\"",
                "Message::new(\"",
                "Notice::new(\"",
            ]
            .into_iter()
            .filter(|call| calls_with_a_string(line, call));
            let what: Vec<String> = keys
                .map(|k| format!("the key {k}"))
                .chain(built.map(|f| format!("a key of {f} put together")))
                .chain(calls.map(|c| format!("a lookup by string, {c}…")))
                .collect();
            if !what.is_empty() {
                found.push(format!("{path}:{}: {}", n + 1, what.join(", ")));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// Whether `line` calls `call` (`t("`) with a string: the name stands alone (`ui.t("`, not
/// `expect("`).
fn calls_with_a_string(line: &str, call: &str) -> bool {
    line.match_indices(call).any(|(at, _)| {
        !line[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}
