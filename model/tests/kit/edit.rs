//! Editing a data file's JSON: its entries, the objects inside them by path, and a value by its
//! JSON pointer.
#![allow(dead_code)]

use serde_json::Value;

/// The entries of an `events.json`, `sources.json` or GeoJSON file: the array itself, or the
/// one under `key` (`"events"`, `"sources"`, `"features"`) beside a `"$schema"`.
pub fn entries_of<'a>(value: &'a mut Value, key: &str) -> &'a mut Vec<Value> {
    let array = match value {
        Value::Array(_) => value,
        Value::Object(map) => map.get_mut(key).expect("the file holds its entries"),
        _ => panic!("a data file is an array or an object"),
    };
    array.as_array_mut().expect("the entries are an array")
}

/// One step of a path into a JSON value.
#[derive(Clone, Debug)]
pub enum Step {
    Key(String),
    At(usize),
}

/// The paths of every object inside `value` (itself included), not deeper than `depth`.
pub fn objects(value: &Value, path: &mut Vec<Step>, depth: usize, out: &mut Vec<Vec<Step>>) {
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

pub fn at_path<'a>(mut value: &'a mut Value, path: &[Step]) -> &'a mut Value {
    for step in path {
        value = match step {
            Step::Key(k) => &mut value[k.as_str()],
            Step::At(i) => &mut value[*i],
        };
    }
    value
}

/// Sets the value at `pointer`, adding the key to its object if it is not there.
pub fn set(value: &mut Value, pointer: &str, new: Value) {
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

/// Removes the member at `pointer`, which must be there.
pub fn remove(value: &mut Value, pointer: &str) {
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    value
        .pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .and_then(|map| map.remove(key))
        .unwrap_or_else(|| panic!("{pointer} is not in the file"));
}

/// Renames the member at `pointer` to `to`, keeping its value.
pub fn rename(value: &mut Value, pointer: &str, to: &str) {
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

/// The line and column (from 1) where `needle` first appears in `text`.
pub fn place_of(text: &str, needle: &str) -> (usize, usize) {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} not in the text"));
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, column)
}
