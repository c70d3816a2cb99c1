//! The data checker on the words a teacher edits: each language's catalog, the events' texts a
//! build keeps apart from the record, and the glossary's avoided words, each problem placed in
//! its file; and the files a teacher drops, found their places by their names.

mod kit;

use atlas_model::check::{build_files, check, path_of, Finding};
use atlas_model::Severity;
use kit::data::read;
use kit::edit::place_of;
use std::collections::HashMap;

/// Every file a build holds that the checker reads (the lessons listed too), as committed, with
/// some replaced or added.
fn build_with(changed: &[(&str, String)]) -> HashMap<String, String> {
    let mut files: HashMap<String, String> = build_files()
        .into_iter()
        .filter(|f| kit::data::geodata(f).is_file())
        .map(|f| {
            let text = read(&f);
            (f, text)
        })
        .collect();
    for lesson in std::fs::read_dir(kit::data::geodata("lessons")).unwrap() {
        let path = format!("lessons/{}", lesson.unwrap().file_name().to_string_lossy());
        files.insert(path.clone(), read(&path));
    }
    for (name, text) in changed {
        files.insert(name.to_string(), text.clone());
    }
    files
}

fn run(files: &HashMap<String, String>) -> (Vec<Finding>, String) {
    let findings = check(&|name: &str| files.get(name).cloned(), None);
    let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
    (findings, shown.join("\n"))
}

/// The place of the finding in `file` whose message has `words`.
fn place(findings: &[Finding], file: &str, words: &str) -> Option<(usize, usize, Severity)> {
    findings
        .iter()
        .find(|f| f.file == file && f.message.contains(words))
        .map(|f| {
            let at = f.at.expect("placed");
            (at.line, at.column, f.severity)
        })
}

#[test]
fn the_committed_build_files_have_no_problem() {
    let (findings, shown) = run(&build_with(&[]));
    assert!(findings.is_empty(), "{shown}");
}

#[test]
fn each_language_s_words_are_held_to_the_english() {
    let ja = read("lang/ja.json")
        .replacen(
            "\"holders.title\": \"{date}時点の支配状況\"",
            "\"holders.title\": \"{day}時点の支配状況\"",
            1,
        )
        .replacen("  \"lesson.list\": \"レッスン一覧\",\n", "", 1)
        .replacen(
            "\"header.title\"",
            "\"header.titel\": \"x\",\n  \"header.title\"",
            1,
        );
    let ru = read("lang/ru.json").replacen("\"header.title\": \"", "\"header.title\": ", 1);
    let (findings, shown) = run(&build_with(&[
        ("lang/ja.json", ja.clone()),
        ("lang/ru.json", ru.clone()),
    ]));
    let (line, column) = place_of(&ja, "\"holders.title\"");
    assert_eq!(
        place(&findings, "lang/ja.json", "“holders.title” names {day}"),
        Some((line, column, Severity::Warning)),
        "{shown}"
    );
    assert!(
        place(
            &findings,
            "lang/ja.json",
            "“holders.title” leaves out {date}"
        )
        .is_some(),
        "{shown}"
    );
    let (line, column) = place_of(&ja, "\"header.titel\"");
    assert_eq!(
        place(
            &findings,
            "lang/ja.json",
            "“header.titel” is not a word the atlas asks for"
        ),
        Some((line, column, Severity::Warning)),
        "{shown}"
    );
    assert!(
        findings.iter().any(|f| f.file == "lang/ja.json"
            && f.message == "“lesson.list” is missing: the English words are shown"),
        "{shown}"
    );
    let (line, _) = place_of(&ru, "\"header.title\"");
    let (at_line, _, severity) = place(&findings, "lang/ru.json", "cannot be read").expect(&shown);
    assert_eq!((at_line, severity), (line, Severity::Error), "{shown}");
}

/// The committed record's Japanese texts as a build writes them apart: `{"<id>": {…}}`.
fn japanese_texts() -> serde_json::Map<String, serde_json::Value> {
    let record: serde_json::Value = serde_json::from_str(&read("events.json")).unwrap();
    record["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|e| Some((e["id"].as_str()?.to_string(), e["i18n"].get("ja")?.clone())))
        .collect()
}

#[test]
fn the_events_texts_a_build_keeps_apart_are_checked_and_placed() {
    let mut texts = japanese_texts();
    texts.insert("no-such-event".into(), serde_json::json!({"title": "題"}));
    texts["treaty-of-portsmouth-1905"]["titel"] = "題".into();
    // The atlas's own voice, in a word the glossary avoids in Japanese.
    texts["treaty-of-shimoda-1855"]["title"] = "南千島の条約".into();
    let text = serde_json::to_string_pretty(&texts).unwrap();
    let (findings, shown) = run(&build_with(&[("lang/events.ja.json", text.clone())]));
    let file = "lang/events.ja.json";
    let (line, _) = place_of(&text, "\"no-such-event\"");
    let (at, _, severity) =
        place(&findings, file, "event no-such-event is not in events.json").expect(&shown);
    assert_eq!((at, severity), (line, Severity::Warning), "{shown}");
    assert!(
        place(&findings, file, "“titel” is not a text the atlas shows").is_some(),
        "{shown}"
    );
    let (line, column) = place_of(&text, "南千島の条約");
    assert_eq!(
        place(&findings, file, "treaty-of-shimoda-1855 title: “南千島”"),
        Some((line, column, Severity::Warning)),
        "{shown}"
    );
    // A file that cannot be read: one error, where reading stopped.
    let broken = text.replacen("\"title\": \"", "\"title\": ", 1);
    let (findings, shown) = run(&build_with(&[("lang/events.ja.json", broken)]));
    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 1, "{shown}");
    assert!(errors[0].message.contains("shown in English"), "{shown}");
}

#[test]
fn a_word_the_glossary_avoids_is_placed_where_it_is_written() {
    let territories =
        read("territories.geojson").replacen("\"ja\":\"択捉島\"", "\"ja\":\"南千島の択捉島\"", 1);
    let (line, column) = place_of(&territories, "南千島の択捉島");
    let (findings, shown) = run(&build_with(&[("territories.geojson", territories)]));
    assert_eq!(
        place(&findings, "territories.geojson", "“南千島”"),
        Some((line, column, Severity::Warning)),
        "{shown}"
    );
}

#[test]
fn every_file_of_the_repository_finds_its_place_by_its_name_alone() {
    for path in build_files() {
        let name = path.rsplit('/').next().unwrap();
        assert_eq!(path_of(name), Some(path.clone()), "{name}");
    }
    for lesson in std::fs::read_dir(kit::data::geodata("lessons")).unwrap() {
        let name = lesson.unwrap().file_name().into_string().unwrap();
        assert_eq!(path_of(&name), Some(format!("lessons/{name}")));
    }
}

/// An entry left out for its own error is still in its file: the lessons and the events' texts
/// that name it are not told again that it is missing.
#[test]
fn what_is_left_out_is_not_echoed_by_the_lessons_or_the_translations() {
    let events = read("events.json").replacen("\"1905-09-05\"", "\"1905-13-45\"", 1);
    let territories = read("territories.geojson").replacen(
        "\"until\":\"1945-08-28\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
        "\"until\":\"1940-01-01\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
        1,
    );
    let texts = serde_json::to_string_pretty(&japanese_texts()).unwrap();
    let (findings, shown) = run(&build_with(&[
        ("events.json", events),
        ("territories.geojson", territories),
        ("lang/events.ja.json", texts),
    ]));
    let files: Vec<&str> = findings.iter().map(|f| f.file.as_str()).collect();
    assert_eq!(files, ["events.json", "territories.geojson"], "{shown}");
}
