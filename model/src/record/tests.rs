//! The record's unit tests: sorting, the timeline queries, and reading with its problems.

use super::*;
use crate::error::Severity;
use crate::fixtures::{day, source};
use crate::text::Lang;

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

#[test]
fn notes_references_and_perspectives_are_read_in_each_language() {
    let sources = r#"[{"id": "doc", "file": "d.txt", "title": "T", "authors": ["A"],
      "publisher": null, "year": 2000, "perspective": "Russian",
      "i18n": {"ja": {"perspective": "ロシア側"}, "ru": {"perspektive": "x"}}}]"#;
    let events = r#"[{"id": "e", "date": "1905", "title": "T", "summary": "S",
      "regions": ["kurils"], "kind": "treaty", "basis": "background", "sources": [],
      "reference": "Ref.", "date_reference": "Dated by X.", "note": "A note.",
      "i18n": {"ja": {"note": "注記。", "reference": "参考文献。"}, "ru": {"notes": "x"}}}]"#;
    let read = Record::read(events, Record::read_sources(sources).unwrap().value).unwrap();
    let e = &read.value.events()[0];
    let note = e.note_in_with(Lang::Ja, None).unwrap();
    assert_eq!((note.text, note.lang), ("注記。", Lang::Ja));
    let reference = e.reference_in_with(Lang::Ja, None).unwrap();
    assert_eq!(reference.text, "参考文献。");
    // Where a language lacks one, the English, said to be English.
    let dated = e.date_reference_in_with(Lang::Ja, None).unwrap();
    assert_eq!((dated.text, dated.lang), ("Dated by X.", Lang::En));
    let ru = e.note_in_with(Lang::Ru, None).unwrap();
    assert_eq!((ru.text, ru.lang), ("A note.", Lang::En));
    // The event's own translation comes first; a language's own file fills what it lacks.
    let file = EventText {
        note: Some("別の注記。".into()),
        date_reference: Some("日付の典拠。".into()),
        ..EventText::default()
    };
    assert_eq!(
        e.note_in_with(Lang::Ja, Some(&file)).unwrap().text,
        "注記。"
    );
    assert_eq!(
        e.date_reference_in_with(Lang::Ja, Some(&file))
            .unwrap()
            .text,
        "日付の典拠。"
    );
    let doc = read.value.source("doc").unwrap();
    assert_eq!(doc.perspective_in(Lang::Ja).unwrap().text, "ロシア側");
    assert_eq!(doc.perspective_in(Lang::Ru).unwrap().lang, Lang::En);
    // A misspelt field inside a translation is named, not silently dropped.
    let sources_read = Record::read_sources(sources).unwrap();
    assert!(sources_read.problems[0]
        .error
        .to_string()
        .contains("perspektive"));
    assert!(read
        .problems
        .iter()
        .any(|p| p.error.to_string().contains("“notes”")));
}
