//! The historical record: dated events, each with the passages of the documents it comes from.
//!
//! [`Record::from_json`] reads `geodata/events.json` and `geodata/sources.json`, checks them and
//! sorts the events by their first day, so that the timeline queries are binary searches.
//!
//! In parts: `event.rs`, what an event and a source are and what makes an event sound;
//! `read.rs`, reading the two files, a bad entry costing only itself; `texts.rs`, an event's
//! title and summary in the reader's language.

mod event;
mod read;
mod texts;

pub use event::{Basis, Citation, Event, Kind, Region, Source};
pub(crate) use read::entry_locations;
pub use texts::{read_event_texts, EventText, EventTexts, InLang, SourceText};

use crate::date::Day;
use event::event_problems;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// Everything wrong with a record, one line per problem.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordError {
    pub problems: Vec<String>,
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown: Vec<&str> = self.problems.iter().take(5).map(String::as_str).collect();
        write!(f, "{}", shown.join("; "))?;
        if self.problems.len() > shown.len() {
            write!(f, "; and {} more", self.problems.len() - shown.len())?;
        }
        Ok(())
    }
}

impl std::error::Error for RecordError {}

/// The events, sorted by first day, and the documents they quote.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Record {
    events: Vec<Event>,
    sources: Vec<Source>,
    by_id: HashMap<String, usize>,
}

impl Record {
    /// Checks the events against the sources and builds the indexes; any problem is an error.
    pub fn new(events: Vec<Event>, sources: Vec<Source>) -> Result<Record, RecordError> {
        let mut problems = Vec::new();
        let mut source_ids = HashSet::new();
        for s in &sources {
            if !source_ids.insert(s.id.as_str()) {
                problems.push(format!("source {} is listed twice", s.id));
            }
        }
        let mut seen = HashSet::new();
        for e in &events {
            let id = &e.id;
            for problem in event_problems(e) {
                problems.push(format!("event {id}: {problem}"));
            }
            for c in e
                .sources
                .iter()
                .filter(|c| !source_ids.contains(c.doc.as_str()))
            {
                problems.push(format!(
                    "event {id}: source “{}” is not in sources.json",
                    c.doc
                ));
            }
            if !seen.insert(id.as_str()) {
                problems.push(format!("event id {id} is used twice"));
            }
        }
        if !problems.is_empty() {
            return Err(RecordError { problems });
        }
        Ok(Record::indexed(events, sources))
    }

    /// Sorts the events by their first day and indexes them by id.
    fn indexed(mut events: Vec<Event>, sources: Vec<Source>) -> Record {
        // Stable: events on the same first day keep the file's order.
        events.sort_by_key(|e| e.day());
        let by_id = events
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.clone(), i))
            .collect();
        Record {
            events,
            sources,
            by_id,
        }
    }

    /// All events, sorted by their first day.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The index of the event with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).copied()
    }

    pub fn get(&self, id: &str) -> Option<&Event> {
        self.index_of(id).map(|i| &self.events[i])
    }

    /// Number of events that start before `day`.
    fn starting_before(&self, day: Day) -> usize {
        self.events.partition_point(|e| e.day() < day)
    }

    /// Number of events that start on or before `day`.
    fn starting_by(&self, day: Day) -> usize {
        self.events.partition_point(|e| e.day() <= day)
    }

    /// The event in force at `day`: the last one to start on or before it.
    pub fn current_at(&self, day: Day) -> Option<usize> {
        self.starting_by(day).checked_sub(1)
    }

    /// The first event that starts after `day`.
    pub fn next_after(&self, day: Day) -> Option<usize> {
        let i = self.starting_by(day);
        (i < self.events.len()).then_some(i)
    }

    /// The last event that starts before `day`.
    pub fn previous_before(&self, day: Day) -> Option<usize> {
        self.starting_before(day).checked_sub(1)
    }
}

#[cfg(test)]
mod tests;
