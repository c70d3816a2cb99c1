//! The lessons' schemas: the committed lessons and their list pass them, and they refuse what a
//! teacher could mistype in a lesson, as the lesson reader does.

use crate::kit::data::{geodata, read, whole_atlas};
use crate::{errors, validator};
use atlas_model::lesson::read_lesson;
use serde_json::{json, Value};

/// The committed lessons: each file name under `lessons/` and its JSON.
fn lessons() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(geodata("lessons"))
        .expect("geodata/lessons")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        let text = read(&format!("lessons/{name}"));
        let value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        out.push((name, value));
    }
    out
}

#[test]
fn the_committed_lessons_and_their_list_pass_their_schemas() {
    let one = validator("lesson.schema.json");
    let list = validator("lessons.schema.json");
    for (name, value) in lessons() {
        let (v, named) = if name == "index.json" {
            (&list, "../schema/lessons.schema.json")
        } else {
            (&one, "../schema/lesson.schema.json")
        };
        assert_eq!(value["$schema"], named, "lessons/{name}");
        let problems = errors(v, &value);
        assert!(problems.is_empty(), "lessons/{name}: {problems:?}");
    }
}

#[test]
fn the_lesson_schema_refuses_what_the_reader_refuses() {
    let one = validator("lesson.schema.json");
    let (name, good) = lessons()
        .into_iter()
        .find(|(n, _)| n != "index.json")
        .expect("a lesson");
    let id = name.trim_end_matches(".json").to_string();
    /// A mistake: what it is, and how it is made to a good lesson.
    type Mistake = (&'static str, fn(&mut Value));
    let mistakes: [Mistake; 6] = [
        ("a date with month 13", |v| {
            v["steps"][0]["date"] = json!("1905-13-45")
        }),
        ("a misspelt field", |v| {
            let words = v["steps"][0]["words"].take();
            v["steps"][0].as_object_mut().unwrap().remove("words");
            v["steps"][0]["wrods"] = words;
        }),
        ("a question of an unknown kind", |v| {
            v["steps"][0]["question"] = json!({"kind": "riddle"})
        }),
        ("a holder question without its unit", |v| {
            v["steps"][0]["question"] = json!({"kind": "holder"})
        }),
        ("bounds of three numbers", |v| {
            v["steps"][0]["view"] = json!([140, 41, 150])
        }),
        ("no steps", |v| v["steps"] = json!([])),
    ];
    for (what, change) in mistakes {
        let mut bad = good.clone();
        change(&mut bad);
        assert!(!errors(&one, &bad).is_empty(), "the schema takes {what}");
        let text = serde_json::to_string_pretty(&bad).unwrap();
        let read = read_lesson(&id, &text, whole_atlas());
        assert!(read.lesson.is_none(), "the reader takes {what}");
    }
}
