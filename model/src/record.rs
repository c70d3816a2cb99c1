//! The historical record: dated events, each with the passages of the documents it comes from.
//!
//! [`Record::from_json`] reads `geodata/events.json` and `geodata/sources.json`, checks them and
//! sorts the events by their first day, so that the timeline queries are binary searches.

use crate::date::{Date, Day, OldStyle};
use crate::error::{message_of, DataError, Lines, Location, Problem, Read, Severity, Unreadable};
use crate::geojson_read::IdOnly;
use crate::text::{Lang, Translations};
use crate::unread::{unread_fields, EVENT_FIELDS, SOURCE_FIELDS};
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::{HashMap, HashSet};
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
    /// The title and summary in other languages: `{"ja": {"title": …, "summary": …}, "ru": …}`.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub i18n: Translations<EventText>,
}

/// An event's title and summary in one language other than English.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

/// One language's titles and summaries by event id, read apart from the record: a build moves
/// them out of `events.json` into `lang/events.<lang>.json`, so that a reader downloads only the
/// language they read.
pub type EventTexts = HashMap<String, EventText>;

/// Reads a language's [`EventTexts`]: `{"<event id>": {"title": …, "summary": …}, …}`.
pub fn read_event_texts(text: &str) -> Result<EventTexts, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// A text in the language asked for, or the English source where it has no translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InLang<'a> {
    pub text: &'a str,
    /// The language the text is in.
    pub lang: Lang,
}

impl Event {
    /// The title in `lang`, or in English where it has none.
    pub fn title_in(&self, lang: Lang) -> InLang<'_> {
        self.title_in_with(lang, None)
    }

    /// The summary in `lang`, or in English where it has none.
    pub fn summary_in(&self, lang: Lang) -> InLang<'_> {
        self.summary_in_with(lang, None)
    }

    /// The title in `lang` from `texts` (a language's texts read apart from the record, see
    /// [`EventTexts`]), else from the event's own `i18n`, else in English.
    pub fn title_in_with<'a>(&'a self, lang: Lang, texts: Option<&'a EventText>) -> InLang<'a> {
        self.translated(lang, texts, |t| t.title.as_deref(), &self.title)
    }

    /// The summary, as [`Event::title_in_with`] finds the title.
    pub fn summary_in_with<'a>(&'a self, lang: Lang, texts: Option<&'a EventText>) -> InLang<'a> {
        self.translated(lang, texts, |t| t.summary.as_deref(), &self.summary)
    }

    fn translated<'a>(
        &'a self,
        lang: Lang,
        texts: Option<&'a EventText>,
        pick: impl Fn(&'a EventText) -> Option<&'a str>,
        english: &'a str,
    ) -> InLang<'a> {
        let found = texts
            .filter(|_| lang != Lang::En)
            .and_then(&pick)
            .or_else(|| self.i18n.get(lang).and_then(&pick))
            .filter(|t| !t.trim().is_empty());
        match found {
            Some(text) => InLang { text, lang },
            None => InLang {
                text: english,
                lang: Lang::En,
            },
        }
    }

    /// The Old Style (Julian) date the record gives beside the event's own, if any.
    pub fn old_style(&self) -> Option<OldStyle> {
        self.original_date.as_deref().and_then(OldStyle::parse)
    }

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
    (kind, fields): (&'static str, &[&str]),
    problems: &mut Vec<Problem>,
) -> Vec<(T, Location, usize)> {
    let mut lines = Lines::new(text);
    let mut out = Vec::with_capacity(raws.len());
    for (index, raw) in raws.into_iter().enumerate() {
        let at = lines.of_part(raw.get());
        match serde_json::from_str::<T>(raw.get()) {
            Ok(value) => {
                for (place, why) in unread_fields(text, raw, fields) {
                    problems.push(Problem {
                        at: place,
                        severity: Severity::Warning,
                        error: DataError::entry(kind, &label_of(raw, index), why),
                    });
                }
                out.push((value, at, index))
            }
            Err(e) => problems.push(Problem::error(
                Location::of_error_in(text, raw.get(), &e),
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

/// What is wrong with one event on its own (its sources are checked against `sources.json`
/// elsewhere); empty if nothing.
fn event_problems(e: &Event) -> Vec<String> {
    let mut problems = Vec::new();
    if !is_id(&e.id) {
        problems.push("its id is not lowercase-kebab-case".to_string());
    }
    if let Some(end) = e.end {
        if end.first_day() <= e.date.first_day() {
            problems.push(format!("its end {end} is not after its date {}", e.date));
        }
    }
    if e.title.trim().is_empty() || e.summary.trim().is_empty() {
        problems.push("its title and summary must not be empty".into());
    }
    if e.regions.is_empty() {
        problems.push("it has no region".into());
    }
    match e.basis {
        Basis::Documents if e.sources.is_empty() => {
            problems.push("its basis is documents but no source is quoted".into())
        }
        Basis::Background if e.reference.as_deref().is_none_or(|r| r.trim().is_empty()) => {
            problems.push("a background event needs a reference".into())
        }
        _ => {}
    }
    for c in e.sources.iter().filter(|c| c.quote.trim().is_empty()) {
        problems.push(format!("its quote from {} is empty", c.doc));
    }
    if e.sources.iter().any(|c| c.error) && e.note.is_none() {
        problems.push("a passage is flagged as wrong but there is no note".into());
    }
    problems
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
        for (s, at, index) in
            parse_entries::<Source>(text, raws, ("source", SOURCE_FIELDS), &mut problems)
        {
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
        for (e, at, index) in
            parse_entries::<Event>(text, raws, ("event", EVENT_FIELDS), &mut problems)
        {
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

    const SOURCES: &str =
        r#"[{"id":"doc","file":"d.md","title":"D","authors":[],"publisher":null,"year":2000}]"#;

    fn entry(id: &str, date: &str, doc: &str) -> String {
        format!(
            r#"{{"id":"{id}","date":"{date}","title":"t","summary":"s","regions":["kurils"],"kind":"other","sources":[{{"doc":"{doc}","quote":"q"}}],"basis":"documents"}}"#
        )
    }

    #[test]
    fn a_bad_event_is_left_out_alone_and_placed_in_the_file() {
        let sources = Record::read_sources(SOURCES).unwrap();
        assert!(sources.problems.is_empty());
        let text = format!(
            "[\n{},\n{},\n{},\n{},\n{}\n]",
            entry("a-1", "1875-05-07", "doc"),
            entry("b-1", "1875-13-40", "doc"),
            entry("c-1", "1905", "elsewhere"),
            entry("a-1", "1906", "doc"),
            entry("Not An Id", "1907", "doc"),
        );
        let read = Record::read(&text, sources.value).unwrap();
        let ids: Vec<&str> = read.value.events().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["a-1", "c-1"]);
        let found: Vec<(usize, Severity, String)> = read
            .problems
            .iter()
            .map(|p| (p.at.line, p.severity, p.error.to_string()))
            .collect();
        assert_eq!(found.len(), 4, "{found:?}");
        assert_eq!(found[0].0, 3);
        assert!(found[0].2.starts_with("event b-1:") && found[0].2.contains("1875-13-40"));
        assert_eq!((found[1].0, found[1].1), (4, Severity::Warning));
        assert!(found[1].2.contains("“elsewhere” is not in sources.json"));
        assert_eq!(
            found[2],
            (5, Severity::Error, "event a-1: its id is used twice".into())
        );
        assert!(
            found[3].2.starts_with("event Not An Id: its id is not"),
            "{}",
            found[3].2
        );
        // The strict reader refuses the same file.
        assert!(Record::from_json(&text, SOURCES).is_err());
    }

    #[test]
    fn the_entries_may_sit_in_an_object_beside_a_schema() {
        let text = format!(
            r#"{{"$schema": "schema/events.schema.json", "events": [{}]}}"#,
            entry("a-1", "1875", "doc")
        );
        let sources = r#"{"$schema": "schema/sources.schema.json", "sources": [{"id":"doc","file":"d.md","title":"D","authors":[],"publisher":null,"year":2000}]}"#;
        let record = Record::from_json(&text, sources).unwrap();
        assert_eq!(record.len(), 1);
        for (text, expected) in [
            ("", "empty"),
            ("   ", "empty"),
            ("{\"items\": []}", "nor an object"),
            ("17", "not an array"),
            ("[1,", "not JSON"),
            ("nonsense", "not JSON"),
        ] {
            let err = Record::read(text, Vec::new()).unwrap_err();
            assert!(err.to_string().contains(expected), "{text:?}: {err}");
        }
    }
}
