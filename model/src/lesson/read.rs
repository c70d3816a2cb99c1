//! Reading a lesson file and checking it against the atlas: every problem is found, each at its
//! line and column, and a lesson with any error is left out (a class must not meet a step that
//! shows something other than the teacher wrote).

use super::Lesson;
use crate::date::Date;
use crate::error::{message_of, DataError, Location, Problem, Severity};
use crate::text::{Lang, Text, Translations};
use crate::Atlas;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::BTreeMap;

/// The list of lessons, beside them: `lessons/index.json`.
pub const INDEX_FILE: &str = "index.json";

/// What reading a lesson gave: the lesson when it has no error, and every problem found.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonRead {
    pub lesson: Option<Lesson>,
    pub problems: Vec<Problem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IndexFile {
    #[serde(rename = "$schema", default)]
    _schema: Option<serde::de::IgnoredAny>,
    lessons: Vec<String>,
}

/// How a lesson says that a unit it names is not in the atlas.
pub(crate) fn no_unit(id: &str) -> String {
    format!("“{id}” is no unit of territories.geojson")
}

/// How a lesson says that an event it names is not in the record.
pub(crate) fn no_event(id: &str) -> String {
    format!("“{id}” is no event of events.json")
}

/// Reads `lessons/index.json`: the lessons' ids, in the order the atlas offers them. An id that
/// is not a file name the atlas can ask for is left out with a problem.
pub fn read_index(text: &str) -> (Vec<String>, Vec<Problem>) {
    match serde_json::from_str::<IndexFile>(text) {
        Ok(index) => {
            let mut problems = Vec::new();
            let mut ids: Vec<String> = Vec::new();
            for id in index.lessons {
                let at = text
                    .find(&format!("\"{id}\""))
                    .map_or(Location { line: 1, column: 1 }, |o| {
                        Location::of_offset(text, o)
                    });
                if !is_id(&id) {
                    problems.push(problem(
                        at,
                        "lesson",
                        &id,
                        "a lesson's id is its file name: lowercase letters, digits and “-”",
                    ));
                } else if ids.contains(&id) {
                    problems.push(problem(at, "lesson", &id, "it is listed twice"));
                } else {
                    ids.push(id);
                }
            }
            (ids, problems)
        }
        Err(e) => (
            Vec::new(),
            vec![Problem::error(
                Location::of_error(&e),
                DataError::WrongShape(format!(
                    "not a list of lessons ({{\"lessons\": [\"<id>\", …]}}): {}",
                    message_of(&e)
                )),
            )],
        ),
    }
}

/// Whether `id` can name a lesson file.
pub(crate) fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn problem(at: Location, kind: &'static str, entry: &str, why: impl Into<String>) -> Problem {
    Problem::error(at, DataError::entry(kind, entry, why))
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct LessonTexts {
    title: Option<String>,
    summary: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonFile<'a> {
    #[serde(rename = "$schema", default)]
    _schema: Option<serde::de::IgnoredAny>,
    title: String,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    i18n: Translations<LessonTexts>,
    #[serde(borrow)]
    steps: Vec<&'a RawValue>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct StepTexts {
    pub(super) words: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct StepFile<'a> {
    pub(super) date: String,
    #[serde(borrow)]
    pub(super) view: &'a RawValue,
    #[serde(default)]
    pub(super) side: Option<String>,
    #[serde(default)]
    pub(super) event: Option<String>,
    #[serde(default)]
    pub(super) focus: Vec<String>,
    pub(super) words: String,
    #[serde(default, borrow)]
    pub(super) question: Option<&'a RawValue>,
    #[serde(default)]
    pub(super) i18n: Translations<StepTexts>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct FreeTexts {
    pub(super) prompt: Option<String>,
    pub(super) answer: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct QuestionFile {
    pub(super) kind: String,
    #[serde(default)]
    pub(super) unit: Option<String>,
    #[serde(default)]
    pub(super) date: Option<String>,
    #[serde(default)]
    pub(super) side: Option<String>,
    #[serde(default)]
    pub(super) event: Option<String>,
    #[serde(default)]
    pub(super) passage: Option<usize>,
    #[serde(default)]
    pub(super) events: Option<Vec<String>>,
    #[serde(default)]
    pub(super) prompt: Option<String>,
    #[serde(default)]
    pub(super) answer: Option<String>,
    #[serde(default)]
    pub(super) i18n: Translations<FreeTexts>,
}

/// A text in three languages from its English and its translations.
pub(super) fn text(en: String, ja: Option<String>, ru: Option<String>) -> Text {
    Text { en, ja, ru }
}

/// Reads lesson `id` from `text`, checking every id, date and question against `atlas`.
pub fn read_lesson(id: &str, text: &str, atlas: &Atlas) -> LessonRead {
    let mut problems = Vec::new();
    let file: LessonFile = match serde_json::from_str(text) {
        Ok(file) => file,
        Err(e) => {
            problems.push(Problem::error(
                Location::of_error(&e),
                DataError::WrongShape(format!("lesson {id}: {}", message_of(&e))),
            ));
            return LessonRead {
                lesson: None,
                problems,
            };
        }
    };
    let start = Location { line: 1, column: 1 };
    if !is_id(id) {
        problems.push(problem(
            start,
            "lesson",
            id,
            "a lesson's file name must be lowercase letters, digits and “-”, then .json",
        ));
    }
    let title = text_of(file.title, &file.i18n, |t| t.title.clone());
    if title.en.trim().is_empty() {
        problems.push(problem(start, "lesson", id, "its title is empty"));
    }
    let summary = file
        .summary
        .map(|s| text_of(s, &file.i18n, |t| t.summary.clone()));
    if file.steps.is_empty() {
        problems.push(problem(start, "lesson", id, "it has no steps"));
    }
    let mut steps = Vec::with_capacity(file.steps.len());
    for (n, raw) in file.steps.iter().enumerate() {
        let mut place = Place {
            text,
            raw,
            label: format!("{id}, step {}", n + 1),
            problems: &mut problems,
        };
        if let Some(step) = place.step(atlas) {
            steps.push(step);
        }
    }
    for lang in [Lang::Ja, Lang::Ru] {
        let missing = steps
            .iter()
            .filter(|s| s.words.translation(lang).is_none())
            .count()
            + usize::from(title.translation(lang).is_none());
        if missing > 0 {
            problems.push(Problem {
                at: start,
                severity: Severity::Warning,
                error: DataError::entry(
                    "lesson",
                    id,
                    format!(
                        "{missing} of its texts have no {} translation: the page shows them \
                         in English, marked",
                        if lang == Lang::Ja {
                            "Japanese"
                        } else {
                            "Russian"
                        }
                    ),
                ),
            });
        }
    }
    let lesson = (!problems.iter().any(Problem::is_error)).then(|| Lesson {
        id: id.to_string(),
        title,
        summary,
        steps,
    });
    LessonRead { lesson, problems }
}

/// A text and its translations from an entry's `i18n`.
pub(super) fn text_of<T>(
    en: String,
    i18n: &Translations<T>,
    get: impl Fn(&T) -> Option<String>,
) -> Text {
    text(
        en,
        i18n.ja.as_ref().and_then(&get),
        i18n.ru.as_ref().and_then(&get),
    )
}

/// One step being read: where it is, to place its problems.
pub(super) struct Place<'a, 'p> {
    pub text: &'a str,
    pub raw: &'a RawValue,
    pub label: String,
    pub problems: &'p mut Vec<Problem>,
}

impl Place<'_, '_> {
    /// Where field `name` of `within` (the step, or its question) is; the start of `within`
    /// when it has no such field.
    pub(super) fn at(&self, within: &RawValue, name: &str) -> Location {
        let fields: BTreeMap<&str, &RawValue> =
            serde_json::from_str(within.get()).unwrap_or_default();
        let part = fields.get(name).map_or(within.get(), |v| v.get());
        Location::of_part(self.text, part)
    }

    pub(super) fn add(&mut self, at: Location, why: impl Into<String>) {
        self.problems
            .push(problem(at, "lesson", &self.label.clone(), why));
    }

    /// A date field, checked to lie within the slider's span.
    pub(super) fn date(
        &mut self,
        within: &RawValue,
        name: &str,
        value: &str,
        atlas: &Atlas,
    ) -> Option<Date> {
        let at = self.at(within, name);
        match Date::parse(value) {
            Ok(date) if date.first_day() < atlas.first_day || date.first_day() > atlas.today => {
                self.add(
                    at,
                    format!("its {name} {value} is outside the atlas's time span"),
                );
                None
            }
            Ok(date) => Some(date),
            Err(e) => {
                self.add(at, format!("its {name} “{value}” is not a date: {e}"));
                None
            }
        }
    }

    pub(super) fn unit(
        &mut self,
        within: &RawValue,
        name: &str,
        id: &str,
        atlas: &Atlas,
    ) -> Option<usize> {
        let found = atlas.territories.units.iter().position(|u| u.id == id);
        if found.is_none() {
            let at = self.at(within, name);
            self.add(at, format!("its {name} {}", no_unit(id)));
        }
        found
    }

    pub(super) fn event(
        &mut self,
        within: &RawValue,
        name: &str,
        id: &str,
        atlas: &Atlas,
    ) -> Option<usize> {
        let found = atlas.record.index_of(id);
        if found.is_none() {
            let at = self.at(within, name);
            self.add(at, format!("its {name} {}", no_event(id)));
        }
        found
    }

    pub(super) fn side(
        &mut self,
        within: &RawValue,
        id: &str,
        atlas: &Atlas,
    ) -> Option<crate::Party> {
        let parties = &atlas.config.parties;
        let found = parties.find(id).filter(|p| parties.is_side(*p));
        if found.is_none() {
            let at = self.at(within, "side");
            let sides: Vec<&str> = parties.sides().map(|p| parties.key(p)).collect();
            self.add(
                at,
                format!("its side “{id}” is not one of {}", sides.join(", ")),
            );
        }
        found
    }
}
