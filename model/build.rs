//! Makes the interface's words a type: every key of the English catalog
//! (`geodata/lang/en.json`, the source every other language follows) becomes a constant of
//! `atlas_model::key` (`"play.years-per-second"` is `key::PLAY_YEARS_PER_SECOND`), so a word
//! the catalog lacks does not compile.

use std::fmt::Write as _;

fn main() {
    let path = "../geodata/lang/en.json";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let catalog: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut keys: Vec<&String> = catalog.keys().filter(|k| *k != "$schema").collect();
    for key in &keys {
        // A text, or plural forms: what `Catalog::from_json` reads.
        let readable = match &catalog[key.as_str()] {
            serde_json::Value::String(_) => true,
            serde_json::Value::Object(forms) => forms.values().all(|v| v.is_string()),
            _ => false,
        };
        assert!(
            readable,
            "{path}: “{key}” is neither a text nor plural forms"
        );
    }
    keys.sort();
    let mut out = String::new();
    let mut names = std::collections::BTreeMap::new();
    let mut in_order = Vec::new();
    for key in &keys {
        let name: String = key
            .chars()
            .map(|c| match c {
                'a'..='z' => c.to_ascii_uppercase(),
                'A'..='Z' | '0'..='9' => c,
                _ => '_',
            })
            .collect();
        if let Some(other) = names.insert(name.clone(), key) {
            panic!("{path}: the keys “{other}” and “{key}” would have one name, {name}");
        }
        in_order.push(name.clone());
        writeln!(out, "/// `{key}`\npub const {name}: Key = Key({key:?});").unwrap();
    }
    writeln!(
        out,
        "/// Every key of the catalogs, sorted.\npub const ALL: [Key; {}] = [{}];",
        keys.len(),
        in_order.join(", ")
    )
    .unwrap();
    let dest = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("keys.rs");
    std::fs::write(&dest, out).unwrap_or_else(|e| panic!("{}: {e}", dest.display()));
}
