//! Checking the data files as a teacher who extends them needs it: every problem in every file,
//! with file, line and column (a gap in who held a territory is one: the unit is left out), and
//! warnings for what loads but looks wrong (a self-intersecting ring, a claim or holder whose
//! event is not in the record or lacks the unit's region, a quote not found in its document).
//! Each language's words and the events' texts a build keeps apart are checked too ([`words`]).
//! The `atlas-check` program prints these, and the atlas's own checker page (`?check=1`) shows
//! them for the files a teacher drops, with a build's own files for the rest ([`files`]).
//!
//! The page reads the files the same way, so an error here is an entry the page leaves out.

mod files;
mod words;

pub use files::{build_files, path_of, unlisted_lessons};

pub use crate::error::{Finding, Texts};
use crate::error::{Location, Problem, Read, Severity, Unreadable};
use crate::geojson_read::feature_locations;
use crate::glossary::Glossary;
use crate::lesson::check::LeftOut;
use crate::record::{entry_locations, Region};
use crate::territory::ControlInterval;
use crate::{Atlas, AtlasConfig, Base, Claims, Record, Territories};
use geo::Validation;
use std::collections::{HashMap, HashSet};

/// The data files, in the order they are checked.
pub const FILES: [&str; 6] = [
    "atlas.json",
    "sources.json",
    "events.json",
    "territories.geojson",
    "claims.geojson",
    "base.geojson",
];

/// The findings of one file, as they are gathered.
struct Report<'a> {
    findings: &'a mut Vec<Finding>,
    file: &'static str,
}

impl<'a> Report<'a> {
    fn new(findings: &'a mut Vec<Finding>, file: &'static str) -> Report<'a> {
        Report { findings, file }
    }

    fn add(&mut self, at: Option<Location>, severity: Severity, message: impl Into<String>) {
        self.findings.push(Finding {
            file: self.file.to_string(),
            at,
            severity,
            message: message.into(),
        });
    }

    fn problems(&mut self, problems: &[Problem]) {
        for p in problems {
            self.add(Some(p.at), p.severity, p.error.to_string());
        }
    }

    fn unreadable(&mut self, u: &Unreadable) {
        self.add(Some(u.at), Severity::Error, u.error.to_string());
    }

    /// The good part of a file, noting its problems; `None` (noted) when it cannot be read.
    fn read<T>(&mut self, read: Result<Read<T>, Unreadable>) -> Option<T> {
        match read {
            Ok(read) => {
                self.problems(&read.problems);
                Some(read.value)
            }
            Err(u) => {
                self.unreadable(&u);
                None
            }
        }
    }
}

/// `serde_json` ends its messages with " at line L column C": that place, and the message
/// without it.
fn place_in_message(message: &str) -> (Option<Location>, String) {
    let Some((text, place)) = message.rsplit_once(" at line ") else {
        return (None, message.to_string());
    };
    let mut numbers = place.split(" column ").map(|n| n.trim().parse::<usize>());
    match (numbers.next(), numbers.next(), numbers.next()) {
        (Some(Ok(line)), Some(Ok(column)), None) => {
            (Some(Location { line, column }), text.to_string())
        }
        _ => (None, message.to_string()),
    }
}

/// Runs of white space become one space, as quotes are compared with their documents.
fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Checks the data files. `file` gives the text of a file of [`FILES`] (`None` when it is
/// missing); `document`, when given, the text of a document of `sources.json` by its file name,
/// so that every quote is looked for in it.
pub fn check(file: Texts, document: Option<Texts>) -> Vec<Finding> {
    check_with(file, document, &[])
}

/// As [`check`], reading as well the lessons `also` names (by id) that `lessons/index.json`
/// does not list: a teacher's new lesson is checked before it is listed.
pub fn check_with(file: Texts, document: Option<Texts>, also: &[String]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let texts: HashMap<&str, String> = FILES
        .iter()
        .filter_map(|&name| file(name).map(|text| (name, text)))
        .collect();
    for name in FILES {
        if !texts.contains_key(name) {
            findings.push(Finding {
                file: name.to_string(),
                at: None,
                severity: Severity::Error,
                message: "the file is missing or cannot be read".into(),
            });
        }
    }
    let text = |name: &str| texts.get(name).map(String::as_str);

    let config = text("atlas.json").and_then(|t| read_config(t, &mut findings));
    let sources = text("sources.json")
        .and_then(|t| Report::new(&mut findings, "sources.json").read(Record::read_sources(t)))
        .unwrap_or_default();
    let record = text("events.json")
        .and_then(|t| Report::new(&mut findings, "events.json").read(Record::read(t, sources)));
    let events = Events {
        record: record.as_ref(),
        places: text("events.json")
            .map(|t| entry_locations(t, "events"))
            .unwrap_or_default(),
    };
    findings.extend(words::check_catalogs(file));
    let glossary = file("glossary.json").and_then(|t| Glossary::from_json(&t).ok());
    findings.extend(words::check_event_texts(
        file,
        &|id| events.knows(id),
        glossary.as_ref(),
    ));

    let Some(config) = config else {
        for name in ["territories.geojson", "claims.geojson"] {
            if texts.contains_key(name) {
                Report::new(&mut findings, name).add(
                    None,
                    Severity::Warning,
                    "not checked: its parties are those of atlas.json, which could not be read",
                );
            }
        }
        if let Some(t) = text("base.geojson") {
            Report::new(&mut findings, "base.geojson").read(Base::read(t));
        }
        return findings;
    };
    let territories = text("territories.geojson")
        .and_then(|t| check_territories(t, &config, &events, &mut findings));
    let claims = text("claims.geojson").and_then(|t| {
        let units = Units::new(text("territories.geojson"), territories.as_ref());
        check_claims(t, &config, &units, &events, &mut findings)
    });
    let base = text("base.geojson")
        .and_then(|t| Report::new(&mut findings, "base.geojson").read(Base::read(t)));
    if let (Some(record), Some(territories), Some(claims)) = (&record, &territories, claims) {
        // The lessons are read against the atlas the other files make (a day far ahead stands
        // for today: the checker does not know the reader's clock).
        let atlas = Atlas::new(
            config.clone(),
            record.clone(),
            territories.clone(),
            claims,
            base.unwrap_or_default(),
            crate::Date::year(9999).first_day(),
        );
        let units = text("territories.geojson").map(feature_locations);
        let left_out = LeftOut::of(&atlas, units.unwrap_or_default(), &events.places);
        findings.extend(crate::lesson::check::check(file, &atlas, also, &left_out));
    }
    findings.extend(crate::glossary::check(
        file,
        &config,
        territories.as_ref(),
        record.as_ref(),
    ));
    if let (Some(document), Some(record)) = (document, &record) {
        check_quotes(record, document, &events.places, &mut findings);
    }
    findings
}

/// Reads `atlas.json`, noting why when it cannot be used.
fn read_config(text: &str, findings: &mut Vec<Finding>) -> Option<AtlasConfig> {
    match AtlasConfig::from_json(text) {
        Ok(config) => {
            let mut r = Report::new(findings, "atlas.json");
            for warning in config.parties.warnings() {
                r.add(None, Severity::Warning, warning.clone());
            }
            Some(config)
        }
        Err(e) => {
            let (at, message) = place_in_message(&e.to_string());
            Report::new(findings, "atlas.json").add(
                at.or(Some(Location { line: 1, column: 1 })),
                Severity::Error,
                message,
            );
            None
        }
    }
}

/// The events the other files name: the record as read, and where each event of
/// `events.json` begins (read or left out: that one has its own error already).
struct Events<'a> {
    record: Option<&'a Record>,
    places: HashMap<String, Location>,
}

impl Events<'_> {
    /// Whether `events.json` has the event (taken as yes when the record could not be read).
    fn knows(&self, id: &str) -> bool {
        self.record.is_none() || self.places.contains_key(id)
    }

    /// An event that changes a unit's holder, or makes a claim on it, must be found under the
    /// unit's region, or the event list's region filter hides it. False when the event is not
    /// in the record (warned about on its own) or carries the region.
    fn lacks_region(&self, id: &str, region: Region) -> bool {
        self.record
            .and_then(|r| r.get(id))
            .is_some_and(|e| !e.regions.contains(&region))
    }
}

/// Reads `territories.geojson` and warns of invalid outlines and of holders whose event is
/// missing or lacks the unit's region.
fn check_territories(
    text: &str,
    config: &AtlasConfig,
    events: &Events,
    findings: &mut Vec<Finding>,
) -> Option<Territories> {
    let mut r = Report::new(findings, "territories.geojson");
    let territories = r.read(Territories::read(text, &config.parties))?;
    let places = feature_locations(text);
    for unit in &territories.units {
        let at = places.get(&unit.id).copied();
        for problem in unit.geometry.validation_errors() {
            r.add(
                at,
                Severity::Warning,
                format!("feature {}: its outline is not valid: {problem}", unit.id),
            );
        }
        let named = |c: &ControlInterval| c.event.clone();
        for (c, event) in unit.control.iter().filter_map(|c| Some((c, named(c)?))) {
            if events.knows(&event) {
                continue;
            }
            r.add(
                at,
                Severity::Warning,
                format!(
                    "feature {}: its holder from {} names the event “{}”, which is not in events.json",
                    unit.id, c.from, event
                ),
            );
        }
        for (c, event) in unit
            .control
            .iter()
            .filter_map(|c| Some((c, named(c)?)))
            .filter(|(_, e)| events.lacks_region(e, unit.region))
        {
            r.add(
                at,
                Severity::Warning,
                format!(
                    "feature {}: its holder from {} names the event “{}”, which lacks the unit's region “{}”",
                    unit.id,
                    c.from,
                    event,
                    unit.region.key()
                ),
            );
        }
    }
    Some(territories)
}

/// The units the claims may name.
struct Units<'a> {
    /// Every unit `territories.geojson` names, read or left out (that one has its own error
    /// already).
    ids: HashSet<String>,
    /// The region of each unit that could be read.
    regions: HashMap<&'a str, Region>,
    /// Whether `territories.geojson` could be read at all.
    read: bool,
}

impl<'a> Units<'a> {
    fn new(text: Option<&str>, territories: Option<&'a Territories>) -> Units<'a> {
        Units {
            ids: text
                .map(|t| feature_locations(t).into_keys().collect())
                .unwrap_or_default(),
            regions: territories
                .iter()
                .flat_map(|t| t.units.iter().map(|u| (u.id.as_str(), u.region)))
                .collect(),
            read: territories.is_some(),
        }
    }
}

/// Reads `claims.geojson` and warns of claims whose event is missing or lacks the region of a
/// claimed unit, and of claimed units that are not in `territories.geojson`.
fn check_claims(
    text: &str,
    config: &AtlasConfig,
    units: &Units,
    events: &Events,
    findings: &mut Vec<Finding>,
) -> Option<Claims> {
    let mut r = Report::new(findings, "claims.geojson");
    let claims = r.read(Claims::read(text, &config.parties))?;
    let places = feature_locations(text);
    for claim in &claims.claims {
        let at = places.get(&claim.id).copied();
        if !events.knows(&claim.event) {
            r.add(
                at,
                Severity::Warning,
                format!(
                    "feature {}: the claim's event “{}” is not in events.json",
                    claim.id, claim.event
                ),
            );
        }
        // Each region of the claimed units once, in the order the units come.
        let mut regions: Vec<(Region, &str)> = Vec::new();
        for unit in &claim.units {
            if let Some(&region) = units.regions.get(unit.as_str()) {
                if !regions.iter().any(|(r, _)| *r == region) {
                    regions.push((region, unit));
                }
            }
        }
        for (region, unit) in regions {
            if events.lacks_region(&claim.event, region) {
                r.add(
                    at,
                    Severity::Warning,
                    format!(
                        "feature {}: the claim's event “{}” lacks the region “{}” of its unit {unit}",
                        claim.id,
                        claim.event,
                        region.key()
                    ),
                );
            }
        }
        if units.read {
            for unit in claim
                .units
                .iter()
                .filter(|u| !units.ids.contains(u.as_str()))
            {
                r.add(
                    at,
                    Severity::Warning,
                    format!(
                        "feature {}: the claimed unit “{unit}” is not in territories.geojson",
                        claim.id
                    ),
                );
            }
        }
    }
    Some(claims)
}

/// Looks for every quote of the record, word for word, in its document; warns of a document
/// not at hand and of a quote not found.
fn check_quotes(
    record: &Record,
    document: Texts,
    places: &HashMap<String, Location>,
    findings: &mut Vec<Finding>,
) {
    let mut documents: HashMap<&str, Option<String>> = HashMap::new();
    for source in record.sources() {
        let text = document(&source.file).map(|t| collapse(&t));
        if text.is_none() {
            Report::new(findings, "sources.json").add(
                None,
                Severity::Warning,
                format!(
                    "source {}: its document {} is not at hand",
                    source.id, source.file
                ),
            );
        }
        documents.insert(source.id.as_str(), text);
    }
    let mut r = Report::new(findings, "events.json");
    for e in record.events() {
        for c in &e.sources {
            let Some(Some(text)) = documents.get(c.doc.as_str()) else {
                continue;
            };
            if !text.contains(&collapse(&c.quote)) {
                r.add(
                    places.get(&e.id).copied(),
                    Severity::Warning,
                    format!(
                        "event {}: its quote from {} is not found word for word in the document",
                        e.id, c.doc
                    ),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_read_from_serde_messages() {
        assert_eq!(
            place_in_message("missing field `eras` at line 3 column 5"),
            (
                Some(Location { line: 3, column: 5 }),
                "missing field `eras`".into()
            )
        );
        assert_eq!(place_in_message("no place"), (None, "no place".into()));
    }
}
