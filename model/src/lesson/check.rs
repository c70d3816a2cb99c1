//! The lessons as the data checker sees them: the list, each listed file read against the
//! atlas the other files make, and the atlas's voice in each lesson held to the glossary.

use super::read::{no_event, no_unit};
use super::{read_index, read_lesson, Lesson, INDEX_FILE};
use crate::error::{Finding, Location, Problem, Texts};
use crate::glossary::{Glossary, Voiced};
use crate::text::Lang;
use crate::{Atlas, Severity};
use std::collections::HashMap;

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

/// The units and events a file has that were left out for their own errors: a lesson that
/// names one is not told again that it is missing.
#[derive(Default)]
pub(crate) struct LeftOut {
    pub units: Vec<String>,
    pub events: Vec<String>,
}

impl LeftOut {
    /// What `atlas` lacks of the units and events its files have (each by its place).
    pub fn of<P>(atlas: &Atlas, units: HashMap<String, P>, events: &HashMap<String, P>) -> LeftOut {
        LeftOut {
            units: units
                .into_keys()
                .filter(|id| !atlas.territories.units.iter().any(|u| u.id == *id))
                .collect(),
            events: (events.keys())
                .filter(|id| atlas.record.index_of(id).is_none())
                .cloned()
                .collect(),
        }
    }

    fn echoes(&self, message: &str) -> bool {
        self.units.iter().any(|u| message.ends_with(&no_unit(u)))
            || self.events.iter().any(|e| message.ends_with(&no_event(e)))
    }
}

/// Every problem of the lessons listed in `lessons/index.json`, and of those `also` names (by
/// id) that it does not list, but for the echoes of what was `left_out`.
pub(crate) fn check(
    file: Texts,
    atlas: &Atlas,
    also: &[String],
    left_out: &LeftOut,
) -> Vec<Finding> {
    let index_file = format!("{FOLDER}/{INDEX_FILE}");
    let index_text = file(&index_file);
    let (mut ids, problems) = index_text.as_deref().map(read_index).unwrap_or_default();
    for id in also {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let mut out: Vec<Finding> = problems.iter().map(|p| finding(&index_file, p)).collect();
    let glossary = file("glossary.json").and_then(|t| Glossary::from_json(&t).ok());
    for id in ids {
        let name = format!("{FOLDER}/{id}.json");
        let Some(text) = file(&name) else {
            let at = index_text.as_deref().and_then(|t| {
                t.find(&format!("\"{id}\""))
                    .map(|o| Location::of_offset(t, o))
            });
            out.push(Finding {
                file: index_file.clone(),
                at,
                severity: Severity::Error,
                message: format!("lesson {id}: its file {name} is missing or cannot be read"),
            });
            continue;
        };
        let read = read_lesson(&id, &text, atlas);
        out.extend(
            read.problems
                .iter()
                .filter(|p| !left_out.echoes(&p.error.to_string()))
                .map(|p| finding(&name, p)),
        );
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
