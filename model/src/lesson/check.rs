//! The lessons as the data checker sees them: the list, each listed file read against the
//! atlas the other files make, and the atlas's voice in each lesson held to the glossary.

use super::{read_index, read_lesson, Lesson, INDEX_FILE};
use crate::error::{Finding, Location, Problem, Texts};
use crate::glossary::{Glossary, Voiced};
use crate::text::Lang;
use crate::{Atlas, Severity};

/// The folder of the lessons, in `geodata/`.
pub const FOLDER: &str = "lessons";

fn finding(file: &str, p: &Problem) -> Finding {
    Finding {
        file: file.to_string(),
        at: Some(p.at),
        severity: p.severity,
        message: p.error.to_string(),
    }
}

/// Every problem of the lessons listed in `lessons/index.json` (none when there is no list).
pub(crate) fn check(file: Texts, atlas: &Atlas) -> Vec<Finding> {
    let index_file = format!("{FOLDER}/{INDEX_FILE}");
    let Some(index_text) = file(&index_file) else {
        return Vec::new();
    };
    let (ids, problems) = read_index(&index_text);
    let mut out: Vec<Finding> = problems.iter().map(|p| finding(&index_file, p)).collect();
    let glossary = file("glossary.json").and_then(|t| Glossary::from_json(&t).ok());
    for id in ids {
        let name = format!("{FOLDER}/{id}.json");
        let Some(text) = file(&name) else {
            let at = index_text
                .find(&format!("\"{id}\""))
                .map(|o| Location::of_offset(&index_text, o));
            out.push(Finding {
                file: index_file.clone(),
                at,
                severity: Severity::Error,
                message: format!("lesson {id}: its file {name} is missing or cannot be read"),
            });
            continue;
        };
        let read = read_lesson(&id, &text, atlas);
        out.extend(read.problems.iter().map(|p| finding(&name, p)));
        if let (Some(lesson), Some(glossary)) = (&read.lesson, &glossary) {
            for lang in Lang::ALL {
                let hits = glossary.hits(lang, &voice(lesson, &name, lang));
                out.extend(hits.iter().map(|h| h.finding(file)));
            }
        }
    }
    out
}

/// A lesson's texts in `lang`, in the atlas's voice (a teacher's lesson speaks for the atlas
/// when the atlas ships it).
pub fn voice(lesson: &Lesson, file: &str, lang: Lang) -> Vec<Voiced> {
    let mut out = Vec::new();
    let mut add = |key: String, text: Option<&str>| {
        if let Some(text) = text {
            out.push(Voiced {
                file: file.to_string(),
                key,
                text: text.to_string(),
            });
        }
    };
    add("title".into(), lesson.title.translation(lang));
    if let Some(summary) = &lesson.summary {
        add("summary".into(), summary.translation(lang));
    }
    for (n, step) in lesson.steps.iter().enumerate() {
        add(
            format!("step {} words", n + 1),
            step.words.translation(lang),
        );
        if let Some(super::Question::Free { prompt, answer }) = &step.question {
            add(format!("step {} prompt", n + 1), prompt.translation(lang));
            add(format!("step {} answer", n + 1), answer.translation(lang));
        }
    }
    out
}
