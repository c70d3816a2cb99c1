//! Notices quote what was given exactly, in the reader's language: a link's value with every
//! character shown (a space that made it unreadable, markup as text, escaped by no one but the
//! page), a field the reader drops named at its place, and a date's fault in words of the
//! reader's language, so a Japanese or Russian notice has no English in it.

mod kit;

use atlas_model::link::LinkState;
use atlas_model::words::Message;
use atlas_model::{key, timeline, Catalog, DateFault, Lang, Record, Severity, Words};

fn catalog(lang: Lang) -> Catalog {
    Catalog::from_json(&kit::data::read(&format!("lang/{}.json", lang.key()))).unwrap()
}

/// A message in each language: English, Japanese, Russian.
fn in_each(message: &Message) -> [String; 3] {
    Lang::ALL.map(|lang| {
        let local = catalog(lang);
        Words::new(lang, Some(&local), Catalog::english()).message(message)
    })
}

fn link_notices(query: &[(&str, &str)]) -> Vec<Message> {
    let (record, config) = (kit::data::record(), kit::data::config());
    LinkState::parse(query.iter().copied(), &record, &config).1
}

/// Runs of three or more Latin letters in `text` outside its quotation marks: English words.
fn english_words(text: &str) -> Vec<String> {
    let mut outside = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '“' | '「' | '«' => depth += 1,
            '”' | '」' | '»' => depth -= 1,
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    outside
        .split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3 && !["YYYY", "MM", "DD"].contains(w))
        .map(str::to_string)
        .collect()
}

#[test]
fn a_link_value_is_quoted_with_the_spaces_that_made_it_unreadable() {
    let notices = link_notices(&[
        ("date", " 1905"),
        ("view", " kurils "),
        ("lang", "ja\u{200b}"),
    ]);
    assert_eq!(notices.len(), 3, "{notices:?}");
    for (notice, quoted) in notices.iter().zip(["␠1905", "␠kurils␠", "jaU+200B"]) {
        assert_eq!(notice.arg("value"), Some(quoted));
        for text in in_each(notice) {
            assert!(text.contains(quoted), "{text}");
        }
    }
    // The view's notice lists the views it knows: the value is seen to differ from one.
    let [en, ja, ru] = in_each(&notices[1]);
    assert!(
        en.contains("“␠kurils␠” is not one of") && en.contains("kurils"),
        "{en}"
    );
    assert!(ja.contains("「␠kurils␠」"), "{ja}");
    assert!(ru.contains("«␠kurils␠»"), "{ru}");
}

#[test]
fn markup_in_a_link_is_quoted_as_text_and_escaped_by_no_one_before_the_page() {
    let notices = link_notices(&[("event", "<script>&amp;"), ("perspective", "<b>")]);
    assert_eq!(notices.len(), 2, "{notices:?}");
    for (notice, quoted) in notices.iter().zip(["<script>&amp;", "<b>"]) {
        for text in in_each(notice) {
            assert!(text.contains(quoted), "{text}");
            assert!(
                !text.contains("&lt;") && !text.contains("&amp;amp;"),
                "{text}"
            );
        }
    }
}

#[test]
fn a_date_fault_is_told_in_the_readers_language() {
    let (first, last) = (kit::days::day("1786-01-01"), kit::days::TODAY);
    for (given, fault) in [
        ("", DateFault::Empty),
        ("19", DateFault::YearDigits),
        ("1905-9", DateFault::MonthDigits),
        ("1905-09-5", DateFault::DayDigits),
        ("1905-09-05-01", DateFault::TooManyParts),
        ("0999", DateFault::Before1000),
        ("1905-13", DateFault::NoSuchMonth),
        ("1905-02-30", DateFault::NoSuchDay),
    ] {
        let mut messages = link_notices(&[("date", given)]);
        if !given.is_empty() {
            messages.push(timeline::parse_entry(given, first, last).unwrap_err());
        }
        assert!(!messages.is_empty(), "{given:?}");
        for message in &messages {
            let [en, ja, ru] = in_each(message);
            let reason = key::of_date_fault(fault);
            assert!(en.contains(Words::english().get(reason)), "{en}");
            for (lang, text) in [(Lang::Ja, ja), (Lang::Ru, ru)] {
                let local = catalog(lang);
                let words = Words::new(lang, Some(&local), Catalog::english());
                assert!(text.contains(words.get(reason)), "{text}");
                let english = english_words(&text);
                assert!(english.is_empty(), "{given:?}: {english:?} in {text}");
            }
        }
    }
}

#[test]
fn a_dropped_field_is_named_at_its_place() {
    let sources = Record::read_sources(&kit::data::read("sources.json"))
        .unwrap()
        .value;
    let text = kit::data::read("events.json");
    // The first Old Style date of the file made unreadable, and a field no reader knows.
    let original = text
        .find("\"original_date\": \"26 January 1855 (O.S.)\"")
        .unwrap();
    let bad = text.replacen(
        "\"original_date\": \"26 January 1855 (O.S.)\"",
        "\"original_date\": \" 26 Janvier 1855\", \"notes\": \"x\"",
        1,
    );
    let line = text[..original].matches('\n').count() + 1;
    let read = Record::read(&bad, sources).unwrap();
    let kept = read.value.len();
    assert_eq!(kept, kit::data::record().len(), "the event is kept");
    let found: Vec<String> = read
        .problems
        .iter()
        .map(|p| {
            assert_eq!(p.severity, Severity::Warning, "{p}");
            assert_eq!(p.at.line, line, "{p}");
            p.to_string()
        })
        .collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].contains("original_date “␠26 Janvier 1855”"),
        "{}",
        found[0]
    );
    assert!(found[1].contains("field “notes”"), "{}", found[1]);
    // As the page tells it: file, line and column, in each language.
    let p = &read.problems[0];
    let notice = Message::new(key::NOTICE_DATA_ENTRY_WARNING)
        .with("file", "geodata/events.json")
        .with("line", p.at.line.to_string())
        .with("column", p.at.column.to_string())
        .with("what", p.error.to_string());
    for text in in_each(&notice) {
        assert!(
            text.contains("geodata/events.json") && text.contains(&line.to_string()),
            "{text}"
        );
        assert!(
            text.contains(&p.at.column.to_string()) && text.contains("Janvier"),
            "{text}"
        );
    }
}

#[test]
fn a_misspelt_field_of_the_geography_is_named_at_its_place() {
    let parties = kit::data::config().parties;
    // A control interval's "kind" misspelt, and a claim's "until".
    let territories = kit::data::read("territories.geojson").replacen("\"kind\":", "\"knd\":", 1);
    let claims = kit::data::read("claims.geojson").replacen("\"until\":", "\"untill\":", 1);
    let read = atlas_model::Territories::read(&territories, &parties).unwrap();
    assert_eq!(read.value.units.len(), kit::data::territories().units.len());
    let line = |text: &str, part: &str| text[..text.find(part).unwrap()].matches('\n').count() + 1;
    let named = |problems: &[atlas_model::Problem], field: &str, at: usize| {
        problems.iter().any(|p| {
            p.severity == Severity::Warning && p.at.line == at && p.to_string().contains(field)
        })
    };
    assert!(
        named(&read.problems, "“knd”", line(&territories, "\"knd\":")),
        "{:?}",
        read.problems
    );
    let read = atlas_model::Claims::read(&claims, &parties).unwrap();
    assert!(
        named(&read.problems, "“untill”", line(&claims, "\"untill\":")),
        "{:?}",
        read.problems
    );
}
