//! Reading `events.json` and `sources.json`: every entry on its own, so that a bad one is left
//! out with a problem at its place and the rest are kept.

use crate::error::{
    message_of, DataError, Lines, Location, Problem, Read, Severity, Unreadable, Within,
};
use crate::geojson_read::IdOnly;
use crate::unread::{
    unread_entry, EVENT_FIELDS, EVENT_TEXT_FIELDS, SOURCE_FIELDS, SOURCE_TEXT_FIELDS,
};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};

use super::event::event_problems;
use super::{Event, Record, RecordError, Source};

/// The entries of an `events.json` or `sources.json`: a JSON array, or an object holding the
/// array under `key` (beside, say, a `"$schema"` for editors).
fn entries<'a>(text: &'a str, key: &str, what: &str) -> Result<Vec<&'a RawValue>, Unreadable> {
    #[derive(Deserialize)]
    struct Wrapped<'a> {
        #[serde(borrow, default)]
        events: Option<Vec<&'a RawValue>>,
        #[serde(borrow, default)]
        sources: Option<Vec<&'a RawValue>>,
    }
    let unreadable = |e: serde_json::Error| Unreadable {
        at: Location::of_error(&e),
        error: DataError::WrongShape(format!("not JSON: {}", message_of(&e))),
    };
    let start = Location { line: 1, column: 1 };
    let wrong = || Unreadable {
        at: start,
        error: DataError::WrongShape(format!(
            "not an array of {what}, nor an object with a \"{key}\" array"
        )),
    };
    match text.trim_start().as_bytes().first() {
        Some(b'[') => serde_json::from_str::<Vec<&RawValue>>(text).map_err(unreadable),
        Some(b'{') => {
            let wrapped: Wrapped = serde_json::from_str(text).map_err(unreadable)?;
            match key {
                "events" => wrapped.events,
                _ => wrapped.sources,
            }
            .ok_or_else(wrong)
        }
        Some(_) => Err(serde_json::from_str::<serde::de::IgnoredAny>(text)
            .err()
            .map_or_else(wrong, unreadable)),
        None => Err(Unreadable {
            at: start,
            error: DataError::WrongShape("the file is empty".into()),
        }),
    }
}

/// How an entry is named in a problem: its id when it has a readable one, else its place.
fn label_of(raw: &RawValue, index: usize) -> String {
    match serde_json::from_str::<IdOnly>(raw.get()) {
        Ok(IdOnly { id }) if !id.trim().is_empty() => id,
        _ => format!("#{index}"),
    }
}

/// How a read entry is named in a problem: its id, or its place when the id is blank.
fn entry_label(id: &str, index: usize) -> String {
    if id.trim().is_empty() {
        format!("#{index}")
    } else {
        id.to_string()
    }
}

/// Reads each entry; one that does not parse is left out with a problem at its place, and a
/// field of a kept one that is left out (not among `fields`, or unreadable) with a warning.
/// Each kept entry comes with where it begins and its index in the file.
fn parse_entries<T: serde::de::DeserializeOwned>(
    text: &str,
    raws: Vec<&RawValue>,
    (kind, fields, text_fields): (&'static str, &[&str], &[&str]),
    problems: &mut Vec<Problem>,
) -> Vec<(T, Location, usize)> {
    let mut lines = Lines::new(text);
    let mut out = Vec::with_capacity(raws.len());
    for (index, raw) in raws.into_iter().enumerate() {
        let at = lines.of_part(raw.get());
        let within = Within {
            at,
            part: raw.get(),
        };
        match serde_json::from_str::<T>(raw.get()) {
            Ok(value) => {
                for (place, why) in unread_entry(within, raw, (fields, text_fields)) {
                    problems.push(Problem {
                        at: place,
                        severity: Severity::Warning,
                        error: DataError::entry(kind, &label_of(raw, index), why),
                    });
                }
                out.push((value, at, index))
            }
            Err(e) => problems.push(Problem::error(
                within.of_error(raw.get(), &e),
                DataError::entry(kind, &label_of(raw, index), message_of(&e)),
            )),
        }
    }
    out
}

/// Where each entry of an `events.json` or `sources.json` begins, by its id (for reports about
/// an entry once it is read). Empty when the text cannot be read.
pub(crate) fn entry_locations(text: &str, key: &str) -> HashMap<String, Location> {
    let mut lines = Lines::new(text);
    entries(text, key, key)
        .unwrap_or_default()
        .into_iter()
        .enumerate()
        .map(|(index, raw)| (label_of(raw, index), lines.of_part(raw.get())))
        .collect()
}

impl Record {
    /// Reads and checks the two files; every problem found is reported, not just the first, and
    /// any problem is an error. See [`Record::read`] for what keeps the good events.
    pub fn from_json(events_json: &str, sources_json: &str) -> Result<Record, RecordError> {
        let one = |file: &str, e: Unreadable| RecordError {
            problems: vec![format!("{file}: {e}")],
        };
        let sources = Record::read_sources(sources_json).map_err(|e| one("sources.json", e))?;
        let record = Record::read(events_json, sources.value).map_err(|e| one("events.json", e))?;
        let problems: Vec<String> = sources
            .problems
            .iter()
            .map(|p| format!("sources.json: {p}"))
            .chain(record.problems.iter().map(|p| format!("events.json: {p}")))
            .collect();
        if problems.is_empty() {
            Ok(record.value)
        } else {
            Err(RecordError { problems })
        }
    }

    /// Reads `sources.json`: each good source, and a problem for each one left out.
    pub fn read_sources(text: &str) -> Result<Read<Vec<Source>>, Unreadable> {
        let mut problems = Vec::new();
        let raws = entries(text, "sources", "sources")?;
        let mut seen = HashSet::new();
        let mut sources = Vec::new();
        for (s, at, index) in parse_entries::<Source>(
            text,
            raws,
            ("source", SOURCE_FIELDS, SOURCE_TEXT_FIELDS),
            &mut problems,
        ) {
            let label = entry_label(&s.id, index);
            if !seen.insert(s.id.clone()) {
                problems.push(Problem::error(
                    at,
                    DataError::entry("source", &label, "its id is used twice"),
                ));
            } else {
                sources.push(s);
            }
        }
        Ok(Read {
            value: sources,
            problems,
        })
    }

    /// Reads `events.json` against the sources: each good event, and a problem for each one left
    /// out. A passage of a document that is not among the sources is a warning: the event is
    /// kept, and its citation names the document by its id.
    pub fn read(text: &str, sources: Vec<Source>) -> Result<Read<Record>, Unreadable> {
        let mut problems = Vec::new();
        let raws = entries(text, "events", "events")?;
        let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
        let mut events = Vec::new();
        let mut seen = HashSet::new();
        for (e, at, index) in parse_entries::<Event>(
            text,
            raws,
            ("event", EVENT_FIELDS, EVENT_TEXT_FIELDS),
            &mut problems,
        ) {
            let label = entry_label(&e.id, index);
            let wrong = event_problems(&e);
            if !wrong.is_empty() {
                let problem = wrong.join("; ");
                problems.push(Problem::error(
                    at,
                    DataError::entry("event", &label, problem),
                ));
                continue;
            }
            if !seen.insert(e.id.clone()) {
                problems.push(Problem::error(
                    at,
                    DataError::entry("event", &label, "its id is used twice"),
                ));
                continue;
            }
            for c in e
                .sources
                .iter()
                .filter(|c| !source_ids.contains(c.doc.as_str()))
            {
                problems.push(Problem {
                    at,
                    severity: Severity::Warning,
                    error: DataError::entry(
                        "event",
                        &label,
                        format!("its source “{}” is not in sources.json", c.doc),
                    ),
                });
            }
            events.push(e);
        }
        Ok(Read {
            value: Record::indexed(events, sources),
            problems,
        })
    }
}
