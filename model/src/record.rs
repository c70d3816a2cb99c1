//! The historical record: dated events, each with the passages of the documents it comes from.
//!
//! [`Record::from_json`] reads `geodata/events.json` and `geodata/sources.json`, checks them and
//! sorts the events by their first day, so that the timeline queries are binary searches.

use crate::date::{Date, Day};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

/// A document the record quotes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    pub file: String,
    pub title: String,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub year: i32,
    #[serde(default)]
    pub container: Option<String>,
    #[serde(default)]
    pub identifier: Option<String>,
    #[serde(default)]
    pub perspective: Option<String>,
}

/// The places an event concerns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Region {
    Kurils,
    Sakhalin,
    KhalkhinGol,
    Mongolia,
    General,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Kurils,
        Region::Sakhalin,
        Region::KhalkhinGol,
        Region::Mongolia,
        Region::General,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Region::Kurils => "kurils",
            Region::Sakhalin => "sakhalin",
            Region::KhalkhinGol => "khalkhin-gol",
            Region::Mongolia => "mongolia",
            Region::General => "general",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Region::Kurils => "Kuril Islands",
            Region::Sakhalin => "Sakhalin",
            Region::KhalkhinGol => "Khalkhin Gol",
            Region::Mongolia => "Mongolia",
            Region::General => "General",
        }
    }
}

/// What sort of event it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Treaty,
    War,
    Battle,
    Occupation,
    Declaration,
    Proposal,
    Summit,
    Law,
    Statement,
    Other,
}

impl Kind {
    pub const ALL: [Kind; 10] = [
        Kind::Treaty,
        Kind::War,
        Kind::Battle,
        Kind::Occupation,
        Kind::Declaration,
        Kind::Proposal,
        Kind::Summit,
        Kind::Law,
        Kind::Statement,
        Kind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Kind::Treaty => "treaty",
            Kind::War => "war",
            Kind::Battle => "battle",
            Kind::Occupation => "occupation",
            Kind::Declaration => "declaration",
            Kind::Proposal => "proposal",
            Kind::Summit => "summit",
            Kind::Law => "law",
            Kind::Statement => "statement",
            Kind::Other => "other",
        }
    }

    /// "Treaty", "Declaration"…: the kind as the reader sees it.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Treaty => "Treaty",
            Kind::War => "War",
            Kind::Battle => "Battle",
            Kind::Occupation => "Occupation",
            Kind::Declaration => "Declaration",
            Kind::Proposal => "Proposal",
            Kind::Summit => "Summit",
            Kind::Law => "Law",
            Kind::Statement => "Statement",
            Kind::Other => "Other",
        }
    }
}

/// Whether an event stands on the documents or on a standard reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    Documents,
    Background,
}

/// A verbatim passage of a document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Citation {
    pub doc: String,
    pub quote: String,
    /// The passage contains the mistake that the event's note explains.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub error: bool,
}

/// One dated event of the record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub date: Date,
    #[serde(default)]
    pub end: Option<Date>,
    #[serde(default)]
    pub original_date: Option<String>,
    pub title: String,
    pub summary: String,
    pub regions: Vec<Region>,
    pub kind: Kind,
    pub sources: Vec<Citation>,
    pub basis: Basis,
    /// The standard reference of a background event.
    #[serde(default)]
    pub reference: Option<String>,
    /// The standard reference for a date more precise than the documents give.
    #[serde(default)]
    pub date_reference: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Event {
    /// The first day of the event, where the timeline places it.
    pub fn day(&self) -> Day {
        self.date.first_day()
    }

    /// The last day the event (or its span) covers.
    pub fn last_day(&self) -> Day {
        self.end.unwrap_or(self.date).last_day()
    }

    /// Whether the event's date or span covers the day ("1875" covers all of 1875).
    pub fn covers(&self, day: Day) -> bool {
        self.day() <= day && day <= self.last_day()
    }

    /// "7 May 1875" or "11 May 1939 – 16 September 1939", each end at its precision.
    pub fn human_date(&self) -> String {
        match self.end {
            Some(end) => format!("{} – {}", self.date.human(), end.human()),
            None => self.date.human(),
        }
    }

    pub fn concerns(&self, region: Region) -> bool {
        self.regions.contains(&region)
    }

    pub fn cites(&self, doc: &str) -> bool {
        self.sources.iter().any(|c| c.doc == doc)
    }
}

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

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

impl Record {
    /// Reads and checks the two files; every problem found is reported, not just the first.
    pub fn from_json(events_json: &str, sources_json: &str) -> Result<Record, RecordError> {
        let one = |what: &str, e: serde_json::Error| RecordError {
            problems: vec![format!("{what}: {e}")],
        };
        let sources: Vec<Source> =
            serde_json::from_str(sources_json).map_err(|e| one("sources.json", e))?;
        let events: Vec<Event> =
            serde_json::from_str(events_json).map_err(|e| one("events.json", e))?;
        Record::new(events, sources)
    }

    /// Checks the events against the sources and builds the indexes.
    pub fn new(mut events: Vec<Event>, sources: Vec<Source>) -> Result<Record, RecordError> {
        let mut problems = Vec::new();
        let mut source_ids = HashMap::new();
        for s in &sources {
            if source_ids.insert(s.id.as_str(), ()).is_some() {
                problems.push(format!("source {} is listed twice", s.id));
            }
        }
        for e in &events {
            let id = &e.id;
            if !is_id(id) {
                problems.push(format!("event id “{id}” is not lowercase-kebab-case"));
            }
            if let Some(end) = e.end {
                if end.first_day() <= e.date.first_day() {
                    problems.push(format!("{id}: end {end} is not after date {}", e.date));
                }
            }
            if e.title.trim().is_empty() || e.summary.trim().is_empty() {
                problems.push(format!("{id}: title and summary must not be empty"));
            }
            if e.regions.is_empty() {
                problems.push(format!("{id}: no region"));
            }
            match e.basis {
                Basis::Documents if e.sources.is_empty() => {
                    problems.push(format!("{id}: basis is documents but no source is quoted"))
                }
                Basis::Background if e.reference.as_deref().is_none_or(|r| r.trim().is_empty()) => {
                    problems.push(format!("{id}: a background event needs a reference"))
                }
                _ => {}
            }
            for c in &e.sources {
                if !source_ids.contains_key(c.doc.as_str()) {
                    problems.push(format!("{id}: source “{}” is not in sources.json", c.doc));
                }
                if c.quote.trim().is_empty() {
                    problems.push(format!("{id}: empty quote from {}", c.doc));
                }
            }
            if e.sources.iter().any(|c| c.error) && e.note.is_none() {
                problems.push(format!(
                    "{id}: a passage is flagged as wrong but there is no note"
                ));
            }
        }
        // Stable: events on the same first day keep the file's order.
        events.sort_by_key(|e| e.day());
        let mut by_id = HashMap::new();
        for (i, e) in events.iter().enumerate() {
            if by_id.insert(e.id.clone(), i).is_some() {
                problems.push(format!("event id {} is used twice", e.id));
            }
        }
        if !problems.is_empty() {
            return Err(RecordError { problems });
        }
        Ok(Record {
            events,
            sources,
            by_id,
        })
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
mod tests {
    use super::*;
    use crate::fixtures::{day, source};

    fn event(id: &str, date: &str, end: Option<&str>) -> Event {
        crate::fixtures::event(id, date, end, &["doc"])
    }

    fn record() -> Record {
        Record::new(
            vec![
                event("treaty-1875", "1875-05-07", None),
                event("year-1875", "1875", None),
                event("war-1904", "1904-02-08", Some("1905-09-05")),
                event("portsmouth-1905", "1905-09-05", None),
                event("may-1939", "1939-05", None),
            ],
            vec![source("doc")],
        )
        .unwrap()
    }

    fn id(r: &Record, i: Option<usize>) -> Option<&str> {
        i.map(|i| r.events()[i].id.as_str())
    }

    #[test]
    fn sorts_by_first_day_with_year_before_its_days() {
        let r = record();
        let ids: Vec<&str> = r.events().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "year-1875",
                "treaty-1875",
                "war-1904",
                "portsmouth-1905",
                "may-1939"
            ]
        );
    }

    #[test]
    fn current_next_previous_respect_precision() {
        let r = record();
        assert_eq!(id(&r, r.current_at(day("1875-03-01"))), Some("year-1875"));
        assert_eq!(id(&r, r.current_at(day("1875-05-07"))), Some("treaty-1875"));
        assert_eq!(id(&r, r.current_at(day("1874-12-31"))), None);
        assert_eq!(id(&r, r.next_after(day("1875-05-07"))), Some("war-1904"));
        assert_eq!(
            id(&r, r.previous_before(day("1875-05-07"))),
            Some("year-1875")
        );
        assert_eq!(id(&r, r.next_after(day("1939-05-01"))), None);
        assert_eq!(id(&r, r.previous_before(day("1875-01-01"))), None);
    }

    #[test]
    fn reports_every_problem() {
        let mut bad = event("Bad Id", "1900", Some("1899"));
        bad.sources[0].doc = "nowhere".into();
        bad.regions.clear();
        let err = Record::new(
            vec![bad, event("a-1", "1900", None), event("a-1", "1901", None)],
            vec![source("doc")],
        )
        .unwrap_err();
        let text = err.problems.join("\n");
        for expected in [
            "kebab",
            "not after",
            "no region",
            "not in sources.json",
            "used twice",
        ] {
            assert!(text.contains(expected), "{expected} missing from {text}");
        }
    }

    #[test]
    fn malformed_json_is_an_error_not_a_panic() {
        assert!(Record::from_json("[{", "[]").is_err());
        assert!(Record::from_json("[]", "{}").is_err());
        let wrong_date = r#"[{"id":"a-1","date":"1875-5","title":"t","summary":"s","regions":["kurils"],"kind":"other","sources":[],"basis":"background","reference":"r"}]"#;
        let err = Record::from_json(wrong_date, "[]").unwrap_err();
        assert!(err.to_string().contains("1875-5"), "{err}");
    }
}
