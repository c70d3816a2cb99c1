//! The words of the atlas as a teacher edits them: each language's catalog (`lang/<lang>.json`)
//! against the English the atlas is built with, and the events' texts a build keeps apart from
//! the record (`lang/events.<lang>.json`) against the record and the glossary.

use crate::catalog::Catalog;
use crate::error::{message_of, Finding, Lines, Location, Severity, Texts, Within};
use crate::glossary::{Glossary, Voiced};
use crate::record::EventText;
use crate::text::Lang;
use serde_json::value::RawValue;
use std::collections::{BTreeMap, BTreeSet};

fn finding(file: &str, at: Option<Location>, severity: Severity, message: String) -> Finding {
    Finding {
        file: file.to_string(),
        at,
        severity,
        message,
    }
}

/// Where the member `key` of a JSON object is written in `text`: its quoted name, followed by
/// a colon.
pub(crate) fn member_location(text: &str, key: &str) -> Option<Location> {
    let quoted = serde_json::to_string(key).ok()?;
    let mut from = 0;
    while let Some(found) = text.get(from..)?.find(&quoted) {
        let at = from + found;
        let after = &text[at + quoted.len()..];
        if after.trim_start().starts_with(':') {
            return Some(Location::of_offset(text, at));
        }
        from = at + quoted.len();
    }
    None
}

/// The `{name}`s a text names.
fn arguments(text: &str) -> BTreeSet<&str> {
    text.split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect()
}

/// The names between braces, for a message: `{date}, {party}`.
fn braced(names: &BTreeSet<&str>) -> String {
    names
        .iter()
        .map(|n| format!("{{{n}}}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Each language's catalog: an error when it cannot be read (the page then shows English), and
/// in Japanese and Russian a warning for each word it lacks (shown in English), each key the
/// atlas never asks for, and each text that names an argument the atlas does not fill in or
/// leaves one out.
pub(crate) fn check_catalogs(file: Texts) -> Vec<Finding> {
    let english = Catalog::english();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let name = format!("lang/{}.json", lang.key());
        let Some(text) = file(&name) else {
            continue;
        };
        let catalog = match Catalog::from_json(&text) {
            Ok(catalog) => catalog,
            Err(u) => {
                let message = format!(
                    "the words cannot be read, so they are shown in English: {}",
                    u.error
                );
                out.push(finding(&name, Some(u.at), Severity::Error, message));
                continue;
            }
        };
        if lang == Lang::En {
            continue;
        }
        for key in catalog.keys() {
            let at = member_location(&text, key);
            let wanted = english.texts(key);
            if wanted.is_empty() {
                let message =
                    format!("“{key}” is not a word the atlas asks for: it is never shown");
                out.push(finding(&name, at, Severity::Warning, message));
                continue;
            }
            let wanted: BTreeSet<&str> = wanted.into_iter().flat_map(arguments).collect();
            for form in catalog.texts(key) {
                let mut names = arguments(form);
                // A plural form may leave the number to its words ("один").
                if !wanted.contains("count") {
                    names.remove("count");
                }
                let extra: BTreeSet<&str> = names.difference(&wanted).copied().collect();
                let lost: BTreeSet<&str> = wanted
                    .difference(&names)
                    .copied()
                    .filter(|n| *n != "count")
                    .collect();
                if !extra.is_empty() {
                    let message = format!(
                        "“{key}” names {}, which the atlas does not fill in (the English names {})",
                        braced(&extra),
                        braced(&wanted)
                    );
                    out.push(finding(&name, at, Severity::Warning, message));
                }
                if !lost.is_empty() {
                    let message = format!("“{key}” leaves out {}", braced(&lost));
                    out.push(finding(&name, at, Severity::Warning, message));
                }
            }
        }
        for key in english.keys() {
            if catalog.texts(key).is_empty() {
                let message = format!("“{key}” is missing: the English words are shown");
                out.push(finding(&name, None, Severity::Warning, message));
            }
        }
    }
    out
}

/// The texts of an event a language's file may hold.
const EVENT_TEXT_FIELDS: [&str; 5] = ["title", "summary", "note", "date_reference", "reference"];

/// The events' texts a build keeps apart from the record, one file per language: an error when
/// a file cannot be read (every event is then shown in English in that language), a warning for
/// an event `events.json` does not have (`knows` tells, read or left out), for a field the
/// atlas does not show, and for each title or summary that uses a word the glossary avoids.
pub(crate) fn check_event_texts(
    file: Texts,
    knows: &dyn Fn(&str) -> bool,
    glossary: Option<&Glossary>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let name = format!("lang/events.{}.json", lang.key());
        let Some(text) = file(&name) else {
            continue;
        };
        let entries = match serde_json::from_str::<BTreeMap<String, &RawValue>>(&text) {
            Ok(entries) => entries,
            Err(e) => {
                let message = format!(
                    "the file cannot be read, so the events are shown in English: {}",
                    message_of(&e)
                );
                out.push(finding(
                    &name,
                    Some(Location::of_error(&e)),
                    Severity::Error,
                    message,
                ));
                continue;
            }
        };
        let mut voiced = Vec::new();
        let mut entries: Vec<(String, &RawValue)> = entries.into_iter().collect();
        entries.sort_by_key(|(_, raw)| raw.get().as_ptr() as usize);
        let mut lines = Lines::new(&text);
        for (id, raw) in entries {
            let at = lines.of_part(raw.get());
            let within = Within {
                at,
                part: raw.get(),
            };
            if !knows(&id) {
                let message =
                    format!("event {id} is not in events.json: its texts are never shown");
                out.push(finding(&name, Some(at), Severity::Warning, message));
            }
            let fields = match serde_json::from_str::<BTreeMap<String, &RawValue>>(raw.get()) {
                Ok(fields) => fields,
                Err(e) => {
                    let message = format!(
                        "event {id}: {}, so the events are shown in English",
                        message_of(&e)
                    );
                    let at = within.of_error(raw.get(), &e);
                    out.push(finding(&name, Some(at), Severity::Error, message));
                    continue;
                }
            };
            for field in fields
                .keys()
                .filter(|f| !EVENT_TEXT_FIELDS.contains(&f.as_str()))
            {
                let message = format!(
                    "event {id}: “{field}” is not a text the atlas shows ({})",
                    EVENT_TEXT_FIELDS.join(", ")
                );
                let at = member_location(raw.get(), field).map(|_| at);
                out.push(finding(&name, at, Severity::Warning, message));
            }
            match serde_json::from_str::<EventText>(raw.get()) {
                Ok(texts) => {
                    for (field, words) in [("title", texts.title), ("summary", texts.summary)] {
                        if let Some(words) = words {
                            voiced.push(Voiced {
                                file: name.clone(),
                                key: format!("{id} {field}"),
                                text: words,
                            });
                        }
                    }
                }
                Err(e) => {
                    let message = format!(
                        "event {id}: {}, so the events are shown in English",
                        message_of(&e)
                    );
                    let at = within.of_error(raw.get(), &e);
                    out.push(finding(&name, Some(at), Severity::Error, message));
                }
            }
        }
        if let Some(glossary) = glossary {
            out.extend(glossary.hits(lang, &voiced).iter().map(|h| h.finding(file)));
        }
    }
    out
}
