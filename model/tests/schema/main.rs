//! The JSON Schemas of `geodata/schema/`, which an editor (VS Code, JetBrains) uses to check a
//! data file as a teacher types, against the data and against the model's readers:
//!
//! - every data file names its schema in `"$schema"`, and the committed data passes it;
//! - each schema refuses the mistakes a teacher could type (a date "1905-13-45", an unknown
//!   region, a missing title, a place name without Japanese, a misspelt key), and the readers
//!   refuse the same files wherever they are strict themselves;
//! - the date pattern accepts exactly the dates the model parses;
//! - the schemas are self-contained: they refer to each other and to nothing else (no network).
//!
//! [`folder`] checks the folder, the committed data and the date pattern; [`mistakes`] the
//! mistakes each schema refuses.

#[path = "../kit/mod.rs"]
mod kit;

mod folder;
mod lessons;
mod mistakes;

use jsonschema::{Retrieve, Uri, Validator};
use kit::data::{geodata, read};
use serde_json::Value;
use std::collections::BTreeSet;

/// Each data file of `geodata/` and the schema its `"$schema"` names (relative to `geodata/`).
const FILES: [(&str, &str); 7] = [
    ("atlas.json", "schema/atlas.schema.json"),
    ("events.json", "schema/events.schema.json"),
    ("sources.json", "schema/sources.schema.json"),
    ("territories.geojson", "schema/territories.schema.json"),
    ("claims.geojson", "schema/claims.schema.json"),
    ("base.geojson", "schema/base.schema.json"),
    ("glossary.json", "schema/glossary.schema.json"),
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
