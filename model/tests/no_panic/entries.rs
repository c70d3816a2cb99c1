//! The committed files with one entry broken, and `atlas.json` with one field changed: a broken
//! entry costs only itself, and a changed configuration is read or refused.

use crate::kit::arbitrary::{a_json, cases, quoted, Json};
use crate::kit::data::{data, text};
use crate::kit::edit::{at_path, entries_of, objects};
use crate::readers::{check_problems, read_everything};
use atlas_model::{AtlasConfig, Base, Claims, Day, Lang, Problem, Read, Record, Territories};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use serde_json::Value;

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
