//! Reading one step of a lesson and its question, every id and date checked against the atlas.

use super::read::{text, text_of, Place, QuestionFile, StepFile};
use super::{Question, Step, StepView};
use crate::error::{message_of, Location};
use crate::Atlas;
use serde_json::value::RawValue;

/// The most events a question of order may list, and the fewest.
const ORDER_EVENTS: std::ops::RangeInclusive<usize> = 2..=6;

impl Place<'_, '_> {
    /// The step, or `None` (with its problems noted) when it cannot be used.
    pub(super) fn step(&mut self, atlas: &Atlas) -> Option<Step> {
        let raw = self.raw;
        let file: StepFile = match serde_json::from_str(raw.get()) {
            Ok(file) => file,
            Err(e) => {
                let at = Location::of_error_in(self.text, raw.get(), &e);
                self.add(at, message_of(&e));
                return None;
            }
        };
        let date = self.date(raw, "date", &file.date, atlas);
        let view = self.view(file.view, atlas);
        let side = file.side.as_deref().map(|id| self.side(raw, id, atlas));
        if let (Some(Some(side)), Some(date)) = (side, date) {
            if atlas
                .config
                .parties
                .side_on(Some(side), date.first_day())
                .is_none()
            {
                let at = self.at(raw, "side");
                self.add(
                    at,
                    "its side did not exist on its date, so its map cannot be drawn",
                );
            }
        }
        let event = file
            .event
            .as_deref()
            .map(|id| self.event(raw, "event", id, atlas));
        let mut focus = Vec::new();
        for id in &file.focus {
            focus.push(self.unit(raw, "focus", id, atlas));
        }
        if file.words.trim().is_empty() {
            let at = self.at(raw, "words");
            self.add(at, "its words are empty");
        }
        let words = text_of(file.words, &file.i18n, |t| t.words.clone());
        let question = match file.question {
            Some(q) => Some(self.question(q, date, atlas)?),
            None => None,
        };
        Some(Step {
            date: date?,
            view: view?,
            side: side.flatten(),
            event: event.flatten(),
            focus: focus.into_iter().collect::<Option<_>>()?,
            words,
            question,
        })
    }

    /// A preset's id, or bounds `[west, south, east, north]` in degrees.
    fn view(&mut self, raw: &RawValue, atlas: &Atlas) -> Option<StepView> {
        let at = Location::of_part(self.text, raw.get());
        if let Ok(id) = serde_json::from_str::<String>(raw.get()) {
            return match atlas.config.find_view(&id) {
                Some(view) => Some(StepView::Preset(view)),
                None => {
                    let known: Vec<&str> =
                        atlas.config.views.iter().map(|v| v.id.as_str()).collect();
                    self.add(
                        at,
                        format!("its view “{id}” is not one of {}", known.join(", ")),
                    );
                    None
                }
            };
        }
        match serde_json::from_str::<[f64; 4]>(raw.get()) {
            Ok([w, s, e, n])
                if w < e
                    && s < n
                    && (-180.0..=180.0).contains(&w)
                    && (-180.0..=180.0).contains(&e)
                    && (-90.0..=90.0).contains(&s)
                    && (-90.0..=90.0).contains(&n) =>
            {
                Some(StepView::Bounds([w, s, e, n]))
            }
            _ => {
                self.add(
                    at,
                    "its view is neither a preset's id nor bounds [west, south, east, north] \
                     in degrees",
                );
                None
            }
        }
    }

    /// The step's question; `None` (noted) when it cannot be asked or answered.
    fn question(
        &mut self,
        raw: &RawValue,
        step_date: Option<crate::Date>,
        atlas: &Atlas,
    ) -> Option<Question> {
        let q: QuestionFile = match serde_json::from_str(raw.get()) {
            Ok(q) => q,
            Err(e) => {
                let at = Location::of_error_in(self.text, raw.get(), &e);
                self.add(at, format!("its question: {}", message_of(&e)));
                return None;
            }
        };
        let missing = |place: &mut Self, name: &str| {
            let at = place.at(raw, "kind");
            place.add(
                at,
                format!("its question of kind “{}” needs “{name}”", q.kind),
            );
        };
        let date = |place: &mut Self| match q.date.as_deref() {
            Some(d) => place.date(raw, "date", d, atlas),
            None => step_date,
        };
        let question = match q.kind.as_str() {
            "holder" | "side" => {
                let Some(unit_id) = q.unit.as_deref() else {
                    missing(self, "unit");
                    return None;
                };
                let unit = self.unit(raw, "unit", unit_id, atlas);
                let date = date(self);
                if q.kind == "holder" {
                    Question::Holder {
                        unit: unit?,
                        date: date?,
                    }
                } else {
                    let Some(side_id) = q.side.as_deref() else {
                        missing(self, "side");
                        return None;
                    };
                    let side = self.side(raw, side_id, atlas);
                    Question::Side {
                        unit: unit?,
                        side: side?,
                        date: date?,
                    }
                }
            }
            "source" => {
                let Some(id) = q.event.as_deref() else {
                    missing(self, "event");
                    return None;
                };
                Question::Source {
                    event: self.event(raw, "event", id, atlas)?,
                    passage: q.passage.unwrap_or(0),
                }
            }
            "order" => {
                let Some(ids) = q.events.as_ref() else {
                    missing(self, "events");
                    return None;
                };
                self.order(raw, ids, atlas)?
            }
            "free" => {
                let (Some(prompt), Some(answer)) = (q.prompt.clone(), q.answer.clone()) else {
                    missing(self, "prompt” and “answer");
                    return None;
                };
                let ja = q.i18n.ja.as_ref();
                let ru = q.i18n.ru.as_ref();
                Question::Free {
                    prompt: text(
                        prompt,
                        ja.and_then(|t| t.prompt.clone()),
                        ru.and_then(|t| t.prompt.clone()),
                    ),
                    answer: text(
                        answer,
                        ja.and_then(|t| t.answer.clone()),
                        ru.and_then(|t| t.answer.clone()),
                    ),
                }
            }
            other => {
                let at = self.at(raw, "kind");
                self.add(
                    at,
                    format!(
                        "its question's kind “{other}” is not one of holder, side, source, \
                         order, free"
                    ),
                );
                return None;
            }
        };
        if question.ask(atlas).is_none() {
            let at = Location::of_part(self.text, raw.get());
            self.add(
                at,
                "its question cannot be answered from the record (a unit not yet recorded on \
                 the date, a side that did not exist then, or a passage the event lacks)",
            );
            return None;
        }
        Some(question)
    }

    /// A question of order: 2 to 6 events, no two on the same first day.
    fn order(&mut self, raw: &RawValue, ids: &[String], atlas: &Atlas) -> Option<Question> {
        let at = self.at(raw, "events");
        if !ORDER_EVENTS.contains(&ids.len()) {
            self.add(
                at,
                "its question of order lists fewer than 2 or more than 6 events",
            );
            return None;
        }
        let mut events = Vec::new();
        for id in ids {
            events.push(self.event(raw, "events", id, atlas));
        }
        let events: Vec<usize> = events.into_iter().collect::<Option<_>>()?;
        let mut days: Vec<_> = events
            .iter()
            .filter_map(|&i| atlas.event(i).map(|e| e.day()))
            .collect();
        days.sort_unstable();
        if days.windows(2).any(|w| w[0] == w[1]) {
            self.add(
                at,
                "two events of its question of order begin on the same day, so their order \
                 cannot be asked",
            );
            return None;
        }
        Some(Question::Order { events })
    }
}
