//! The fields of a data file's entry that the reader leaves out: a name it does not know (a
//! misspelt `"notes"`), or an `original_date` that is not an Old Style date. Each is named in a
//! warning at its place in the file, so nothing written in a file is dropped without a word.

use crate::date::OldStyle;
use crate::error::Location;
use crate::text::quote;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The fields of an event (`geodata/schema/events.schema.json`).
pub const EVENT_FIELDS: &[&str] = &[
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
    "i18n",
];

/// The fields of a source (`geodata/schema/sources.schema.json`).
pub const SOURCE_FIELDS: &[&str] = &[
    "id",
    "file",
    "title",
    "authors",
    "publisher",
    "year",
    "container",
    "identifier",
    "perspective",
];

/// What the reader leaves out of `raw`, an entry of `text` whose fields are `known`: where each
/// such field's value is, and why it is left out, in file order.
pub(crate) fn unread_fields(text: &str, raw: &RawValue, known: &[&str]) -> Vec<(Location, String)> {
    let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) else {
        return Vec::new();
    };
    let mut found: Vec<(Location, String)> = fields
        .iter()
        .filter_map(|(name, value)| {
            let why = if !known.contains(&name.as_str()) {
                format!(
                    "its field “{}” is not one the atlas reads, so it is left out",
                    quote(name, 40)
                )
            } else if name == "original_date" {
                let given = serde_json::from_str::<Option<String>>(value.get()).ok()??;
                if OldStyle::parse(&given).is_some() {
                    return None;
                }
                format!(
                    "its original_date “{}” is not an Old Style date such as “26 January 1855 \
                     (O.S.)” or “1855-01-26”, so it is not shown",
                    quote(&given, 40)
                )
            } else {
                return None;
            };
            Some((Location::of_part(text, value.get()), why))
        })
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_and_unreadable_original_dates_are_named_where_they_are() {
        let text = "[{\"id\": \"a\",\n \"notes\": 1, \"original_date\": \" 1855\"},\n {\"original_date\": \"1855-01-26\"}]";
        let raws: Vec<&RawValue> = serde_json::from_str(text).unwrap();
        let found = unread_fields(text, raws[0], EVENT_FIELDS);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(
            found[0].0,
            Location {
                line: 2,
                column: 11
            }
        );
        assert!(found[0].1.contains("“notes”"), "{}", found[0].1);
        assert_eq!(
            found[1].0,
            Location {
                line: 2,
                column: 31
            }
        );
        assert!(found[1].1.contains("“␠1855”"), "{}", found[1].1);
        assert!(unread_fields(text, raws[1], EVENT_FIELDS).is_empty());
    }
}
