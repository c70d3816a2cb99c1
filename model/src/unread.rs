//! The fields of a data file's entry that the reader leaves out: a name it does not know (a
//! misspelt `"notes"`), or an `original_date` that is not an Old Style date. Each is named in a
//! warning at its place in the file, so nothing written in a file is dropped without a word.

use crate::date::OldStyle;
use crate::error::{Location, Within};
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
    "i18n",
];

/// The fields of an event's texts in one language (`i18n.ja`, `i18n.ru`).
pub const EVENT_TEXT_FIELDS: &[&str] = &["title", "summary", "note", "date_reference", "reference"];

/// The fields of a source's texts in one language (`i18n.ja`, `i18n.ru`).
pub const SOURCE_TEXT_FIELDS: &[&str] = &["perspective"];

/// The fields of a territory unit's properties (`geodata/schema/territories.schema.json`).
pub const UNIT_FIELDS: &[&str] = &["id", "names", "region", "label", "control"];

/// The fields of each control interval of a unit.
pub const CONTROL_FIELDS: &[&str] = &["party", "from", "until", "event", "reference", "kind"];

/// The fields of a claim's properties (`geodata/schema/claims.schema.json`).
pub const CLAIM_FIELDS: &[&str] = &[
    "id",
    "party",
    "also",
    "kind",
    "recognises",
    "from",
    "until",
    "event",
    "names",
    "description",
    "i18n",
    "units",
];

/// The fields of a context feature's properties (`geodata/schema/base.schema.json`).
pub const BASE_FIELDS: &[&str] = &["layer", "name", "names"];

/// The fields a GeoJSON feature's properties may have: its own, and for a field holding a list
/// of objects (a unit's `control`), the fields of each object.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    pub own: &'static [&'static str],
    pub lists: &'static [(&'static str, &'static [&'static str])],
}

impl Fields {
    pub const UNIT: Fields = Fields {
        own: UNIT_FIELDS,
        lists: &[("control", CONTROL_FIELDS)],
    };
    pub const CLAIM: Fields = Fields {
        own: CLAIM_FIELDS,
        lists: &[],
    };
    pub const BASE: Fields = Fields {
        own: BASE_FIELDS,
        lists: &[],
    };
}

/// What the reader leaves out of a feature's properties `raw`, a part of the feature `within`:
/// where each such field's value is, and why, in file order.
pub(crate) fn unread_properties(
    within: Within,
    raw: &RawValue,
    fields: Fields,
) -> Vec<(Location, String)> {
    let mut found = unread_fields(within, raw, fields.own);
    if let Ok(values) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) {
        for (name, inner) in fields.lists {
            let items = values
                .get(*name)
                .and_then(|v| serde_json::from_str::<Vec<&RawValue>>(v.get()).ok())
                .unwrap_or_default();
            for item in items {
                found.extend(unread_fields(within, item, inner));
            }
        }
    }
    found.sort();
    found
}

/// What the reader leaves out of `raw`, the entry `within`: its fields that are not among
/// `known`, and each language's fields in its translations (`i18n`) that are not among
/// `text_known` (an unknown language is the schema's to refuse). The entry's fields are read
/// once for both.
pub(crate) fn unread_entry(
    within: Within,
    raw: &RawValue,
    (known, text_known): (&[&str], &[&str]),
) -> Vec<(Location, String)> {
    let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) else {
        return Vec::new();
    };
    let mut found = unread_among(within, &fields, known);
    let langs = fields
        .get("i18n")
        .and_then(|v| serde_json::from_str::<BTreeMap<String, &RawValue>>(v.get()).ok());
    for inner in langs.iter().flat_map(BTreeMap::values) {
        found.extend(unread_fields(within, inner, text_known));
    }
    found
}

/// What the reader leaves out of `raw`, the entry `within` or a part of it, whose fields are
/// `known`: where each such field's value is, and why it is left out, in file order.
pub(crate) fn unread_fields(
    within: Within,
    raw: &RawValue,
    known: &[&str],
) -> Vec<(Location, String)> {
    match serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) {
        Ok(fields) => unread_among(within, &fields, known),
        Err(_) => Vec::new(),
    }
}

/// What the reader leaves out of `fields`, an entry's fields read from the entry `within` or a
/// part of it, whose fields are `known`, in file order.
fn unread_among(
    within: Within,
    fields: &BTreeMap<String, &RawValue>,
    known: &[&str],
) -> Vec<(Location, String)> {
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
            Some((within.of_part(value.get()), why))
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
        let within = |raw: &'static RawValue| Within {
            at: Location::of_part(text, raw.get()),
            part: raw.get(),
        };
        let found = unread_fields(within(raws[0]), raws[0], EVENT_FIELDS);
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
        assert!(unread_fields(within(raws[1]), raws[1], EVENT_FIELDS).is_empty());
    }
}
