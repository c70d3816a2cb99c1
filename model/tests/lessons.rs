//! Lessons: a teacher's file read against the committed atlas, each question answered from the
//! record (never from a typed answer), every problem at its line and column, and the shipped
//! lessons whole in three languages.

mod kit;

use atlas_model::check::check;
use atlas_model::lesson::{read_index, read_lesson, Choice, Decider, Question};
use atlas_model::{Lang, Severity};
use kit::data::{read, repo, unit, whole_atlas};
use kit::edit::place_of;
use std::collections::HashMap;

/// A lesson of two steps with one question of each kind the record answers.
const LESSON: &str = r#"{
  "title": "Test",
  "summary": "A test lesson.",
  "steps": [
    {"date": "1855-02-07", "view": "kurils", "event": "treaty-of-shimoda-1855",
     "focus": ["iturup", "urup"], "words": "Shimoda.",
     "question": {"kind": "holder", "unit": "shikotan", "date": "1953-01-01"},
     "i18n": {"ja": {"words": "下田。"}}},
    {"date": "1953-01-01", "view": [140.5, 41.3, 150.0, 46.0], "side": "japan",
     "words": "Japan's map.",
     "question": {"kind": "side", "unit": "iturup", "side": "japan", "date": "1960-01-01"}},
    {"date": "1905-09-05", "view": "sakhalin", "words": "Portsmouth.",
     "question": {"kind": "source", "event": "treaty-of-st-petersburg-1875", "passage": 1}},
    {"date": "1905-09-05", "view": "overview", "words": "Order.",
     "question": {"kind": "order", "events": ["treaty-of-portsmouth-1905",
       "treaty-of-shimoda-1855", "treaty-of-st-petersburg-1875"]}},
    {"date": "1905-09-05", "view": "overview", "words": "Free.",
     "question": {"kind": "free", "prompt": "Why?", "answer": "Because.",
                  "i18n": {"ru": {"prompt": "Почему?", "answer": "Потому что."}}}}
  ]
}"#;

fn party(key: &str) -> Choice {
    Choice::Party(whole_atlas().config.parties.find(key).expect("a party"))
}

#[test]
fn a_lesson_reads_with_each_id_resolved() {
    let atlas = whole_atlas();
    let read = read_lesson("test", LESSON, atlas);
    let errors: Vec<_> = read.problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    let lesson = read.lesson.expect("the lesson");
    assert_eq!(lesson.steps.len(), 5);
    let first = &lesson.steps[0];
    assert_eq!(first.event, atlas.record.index_of("treaty-of-shimoda-1855"));
    assert_eq!(
        first.focus,
        vec![unit(atlas, "iturup"), unit(atlas, "urup")]
    );
    assert_eq!(first.words.get(Lang::Ja), "下田。");
    // A missing translation falls back to English, and is known to be missing.
    assert_eq!(first.words.get(Lang::Ru), "Shimoda.");
    assert!(first.words.translation(Lang::Ru).is_none());
    assert_eq!(lesson.steps[1].side, atlas.config.parties.find("japan"));
    assert!(lesson.steps[1].preset().is_none());
    // Missing translations are a warning, not an error.
    assert!(read
        .problems
        .iter()
        .any(|p| p.severity == Severity::Warning && p.to_string().contains("Russian")));
}

#[test]
fn each_question_is_answered_from_the_record() {
    let atlas = whole_atlas();
    let lesson = read_lesson("test", LESSON, atlas)
        .lesson
        .expect("the lesson");
    let asked: Vec<_> = lesson
        .steps
        .iter()
        .map(|s| s.question.as_ref().unwrap().ask(atlas).unwrap())
        .collect();
    // Shikotan on 1 January 1953: held by the USSR (the party russia), since the occupation.
    assert_eq!(asked[0].answer, vec![party("russia")]);
    assert!(asked[0].choices.contains(&party("japan")));
    // Who held a unit is always a party: no-one's title is a choice only in a side's view.
    assert!(!asked[0].choices.contains(&Choice::Undetermined));
    assert!(asked[0].choices.len() >= 3);
    let Decider::Event { event, .. } = &asked[0].decider else {
        panic!("an event decides it: {:?}", asked[0].decider)
    };
    assert!(atlas.event(*event).unwrap().day() <= atlas.event(*event).unwrap().day());
    assert!(asked[0].is_right(&[party("russia")]));
    assert!(!asked[0].is_right(&[party("japan")]));
    // Iturup in Japan's view in 1960: its own, held by another (the claim of 1956 decides
    // it); in 1953, after the peace treaty and before that claim, no one's title.
    assert_eq!(asked[1].answer, vec![party("japan")]);
    assert!(matches!(asked[1].decider, Decider::Event { .. }));
    let japan = whole_atlas().config.parties.find("japan").unwrap();
    let in_1953 = Question::Side {
        unit: unit(atlas, "iturup"),
        side: japan,
        date: atlas_model::Date::parse("1953-01-01").unwrap(),
    };
    assert_eq!(
        in_1953.ask(atlas).unwrap().answer,
        vec![Choice::Undetermined]
    );
    // The second passage of the 1875 treaty is Shulatov's.
    let shulatov = atlas
        .record
        .sources()
        .iter()
        .position(|s| s.id == "shulatov-2019")
        .unwrap();
    assert_eq!(asked[2].answer, vec![Choice::Document(shulatov)]);
    assert_eq!(asked[2].choices.len(), atlas.record.sources().len());
    // Order: by date, whatever order the teacher listed them in; shown not in that order.
    let id = |c: &Choice| match c {
        Choice::Event(i) => atlas.event(*i).unwrap().id.clone(),
        _ => panic!("an event"),
    };
    let answer: Vec<String> = asked[3].answer.iter().map(id).collect();
    assert_eq!(
        answer,
        [
            "treaty-of-shimoda-1855",
            "treaty-of-st-petersburg-1875",
            "treaty-of-portsmouth-1905"
        ]
    );
    assert_ne!(asked[3].choices, asked[3].answer);
    assert_eq!(asked[3].decider, Decider::Dates);
    assert!(asked[4].answer.is_empty() && asked[4].decider == Decider::Typed);
    let Some(Question::Free { prompt, .. }) = &lesson.steps[4].question else {
        panic!("a free question")
    };
    assert_eq!(prompt.get(Lang::Ru), "Почему?");
}

/// `LESSON` with `from` replaced by `to`, read; the lesson's problems.
fn broken(from: &str, to: &str) -> (String, Vec<atlas_model::Problem>) {
    assert!(LESSON.contains(from), "{from}");
    let text = LESSON.replacen(from, to, 1);
    let read = read_lesson("test", &text, whole_atlas());
    assert!(read.lesson.is_none(), "{to}: the lesson is left out");
    (text, read.problems)
}

#[test]
fn each_mistake_is_placed_at_its_line_and_column() {
    let cases = [
        (
            "\"treaty-of-shimoda-1855\",",
            "\"no-such-event\",",
            "\"no-such-event\"",
            "no event",
        ),
        (
            "\"date\": \"1953-01-01\", \"view\"",
            "\"date\": \"1953-13-45\", \"view\"",
            "\"1953-13-45\"",
            "not a date",
        ),
        (
            "\"view\": \"sakhalin\"",
            "\"view\": \"moon\"",
            "\"moon\"",
            "not one of overview",
        ),
        ("\"urup\"]", "\"atlantis\"]", "[\"iturup\"", "no unit"),
        (
            "\"kind\": \"holder\"",
            "\"kind\": \"riddle\"",
            "\"riddle\"",
            "not one of holder",
        ),
        (
            "\"side\": \"japan\",\n",
            "\"side\": \"manchukuo\",\n",
            "\"manchukuo\"",
            "did not exist",
        ),
        (
            "\"words\": \"Free.\"",
            "\"wrods\": \"Free.\"",
            "\"wrods\"",
            "unknown field",
        ),
        (
            "\"passage\": 1",
            "\"passage\": 9",
            "{\"kind\": \"source\"",
            "cannot be answered",
        ),
        (
            "\"treaty-of-shimoda-1855\", \"treaty",
            "\"treaty-of-portsmouth-1905\", \"treaty",
            "[\"treaty-of-portsmouth",
            "same day",
        ),
    ];
    for (from, to, at, why) in cases {
        let (text, problems) = broken(from, to);
        let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
        assert!(
            errors.iter().any(|p| p.to_string().contains(why)),
            "{to}: {errors:?}"
        );
        let (line, column) = place_of(&text, at);
        let p = errors.iter().find(|p| p.to_string().contains(why)).unwrap();
        assert_eq!(line, p.at.line, "{to}: {p}");
        if !why.contains("unknown field") {
            assert_eq!(column, p.at.column, "{to}: {p}");
        }
    }
}

#[test]
fn a_file_that_is_no_lesson_is_one_problem_and_no_panic() {
    for text in [
        "",
        "[]",
        "{\"title\": 3}",
        "{\"title\": \"T\", \"steps\": []}",
        "nul",
    ] {
        let read = read_lesson("x", text, whole_atlas());
        assert!(read.lesson.is_none(), "{text}");
        assert!(!read.problems.is_empty(), "{text}");
    }
    let read = read_lesson("Bad Id", LESSON, whole_atlas());
    assert!(read.lesson.is_none());
}

#[test]
fn the_index_lists_ids_that_can_be_file_names() {
    let (ids, problems) = read_index(r#"{"lessons": ["a-1", "B", "a-1", "../x"]}"#);
    assert_eq!(ids, vec!["a-1".to_string()]);
    assert_eq!(problems.len(), 3);
    let (ids, problems) = read_index("{");
    assert!(ids.is_empty() && problems.len() == 1);
}

/// The committed data files and lessons, by their name under `geodata/`.
fn committed() -> HashMap<String, String> {
    let mut files: HashMap<String, String> = HashMap::new();
    for name in atlas_model::check::FILES.iter().chain(&["glossary.json"]) {
        files.insert(name.to_string(), read(name));
    }
    for lang in Lang::ALL {
        let name = format!("lang/{}.json", lang.key());
        files.insert(name.clone(), read(&name));
    }
    let folder = repo().join("geodata/lessons");
    for entry in std::fs::read_dir(&folder)
        .expect("geodata/lessons")
        .flatten()
    {
        let name = entry.file_name().into_string().unwrap();
        let text = std::fs::read_to_string(entry.path()).unwrap();
        files.insert(format!("lessons/{name}"), text);
    }
    files
}

#[test]
fn the_checker_places_a_broken_lesson_in_its_file() {
    let mut files = committed();
    let (ids, _) = read_index(&files["lessons/index.json"]);
    let first = format!("lessons/{}.json", ids[0]);
    let text = files[&first].replacen("\"date\": \"", "\"date\": \"17", 1);
    files.insert(first.clone(), text);
    let mut index: serde_json::Value = serde_json::from_str(&files["lessons/index.json"]).unwrap();
    index["lessons"]
        .as_array_mut()
        .unwrap()
        .push("missing-lesson".into());
    files.insert("lessons/index.json".into(), index.to_string());
    let findings = check(&|name: &str| files.get(name).cloned(), None);
    let errors: Vec<_> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert!(
        errors.iter().any(|f| f.file == first && f.at.is_some()),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|f| f.file == "lessons/index.json" && f.message.contains("missing-lesson")),
        "{errors:?}"
    );
}

#[test]
fn the_shipped_lessons_are_whole_in_three_languages() {
    let files = committed();
    let atlas = whole_atlas();
    let (ids, problems) = read_index(&files["lessons/index.json"]);
    assert!(problems.is_empty(), "{problems:?}");
    assert!(ids.len() >= 3, "{ids:?}");
    for id in ids {
        let read = read_lesson(&id, &files[&format!("lessons/{id}.json")], atlas);
        assert!(read.problems.is_empty(), "{id}: {:?}", read.problems);
        let lesson = read.lesson.unwrap();
        assert!(
            (8..=15).contains(&lesson.steps.len()),
            "{id}: {} steps",
            lesson.steps.len()
        );
        let questions: Vec<&Question> = lesson
            .steps
            .iter()
            .filter_map(|s| s.question.as_ref())
            .collect();
        assert!(questions.len() >= 3, "{id}: {} questions", questions.len());
        for q in questions {
            assert!(q.ask(atlas).is_some(), "{id}: {q:?}");
        }
        for lang in [Lang::Ja, Lang::Ru] {
            assert!(lesson.title.translation(lang).is_some(), "{id} {lang:?}");
            for (n, step) in lesson.steps.iter().enumerate() {
                assert!(
                    step.words.translation(lang).is_some(),
                    "{id} step {n} {lang:?}"
                );
            }
        }
    }
    // The checker finds nothing in them either: no glossary word avoided in the atlas's voice.
    let findings = check(&|name: &str| files.get(name).cloned(), None);
    let lessons: Vec<_> = findings
        .iter()
        .filter(|f| f.file.starts_with("lessons/"))
        .collect();
    assert!(lessons.is_empty(), "{lessons:#?}");
}
