//! What an event and a source are, and what makes an event sound on its own.

use crate::date::OldStyle;
use crate::date::{Date, Day};
use crate::text::Translations;
use serde::{Deserialize, Serialize};

use super::texts::{EventText, SourceText};

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
    /// The perspective in Japanese and Russian.
    #[serde(default, skip_serializing_if = "Translations::is_empty")]
    pub i18n: Translations<SourceText>,
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
    /// Who wrote the passage, where the document's parts have authors of their own (the
    /// Valdai report's preface and chapters), as the document names them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
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

impl Event {
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

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What is wrong with one event on its own (its sources are checked against `sources.json`
/// elsewhere); empty if nothing.
pub(super) fn event_problems(e: &Event) -> Vec<String> {
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
