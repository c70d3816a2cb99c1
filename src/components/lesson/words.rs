//! The lesson's words in the reader's language: each question as asked, its choices and what
//! decides its answer, from the model's [`Asked`]. Read by the lesson bar and the worksheet.

use crate::state::Ui;
use atlas_model::key;
use atlas_model::lesson::{Asked, Choice, Decider, Question};
use atlas_model::{Lang, PartyNames, Text};
use leptos::prelude::*;

/// A text of a lesson in the reader's language, and the language it is really in (English,
/// marked, where the lesson has no translation).
pub fn text(text: &Text, lang: Lang) -> (String, Lang) {
    match text.translation(lang) {
        Some(t) => (t.to_string(), lang),
        None => (text.en.clone(), Lang::En),
    }
}

/// The parties' names on the day a question asks about, in the reader's language.
fn names(ui: &Ui, q: &Question) -> PartyNames {
    let atlas = ui.atlas();
    let day = match q {
        Question::Holder { date, .. } | Question::Side { date, .. } => date.first_day(),
        _ => atlas.today,
    };
    PartyNames::at(&atlas.config.parties, day, ui.lang.get())
}

/// The question as the class reads it.
pub fn prompt(ui: &Ui, q: &Question) -> String {
    let atlas = ui.atlas();
    let lang = ui.lang.get();
    let unit = |u: &usize| {
        atlas
            .territories
            .units
            .get(*u)
            .map(|t| t.names.get(lang).to_string())
            .unwrap_or_default()
    };
    match q {
        Question::Holder { unit: u, date } => ui.i18n.fill(
            key::LESSON_Q_HOLDER,
            &[("unit", &unit(u)), ("date", &ui.i18n.date(*date))],
        ),
        Question::Side {
            unit: u,
            side,
            date,
        } => ui.i18n.fill(
            key::LESSON_Q_SIDE,
            &[
                ("unit", &unit(u)),
                ("side", names(ui, q).name(*side)),
                ("date", &ui.i18n.date(*date)),
            ],
        ),
        Question::Source { .. } => ui.t(key::LESSON_Q_SOURCE),
        Question::Order { .. } => ui.t(key::LESSON_Q_ORDER),
        Question::Free { prompt, .. } => text(prompt, lang).0,
    }
}

/// The passage a question of source quotes, verbatim (without its citation: that is the
/// answer).
pub fn quoted(ui: &Ui, q: &Question) -> Option<String> {
    let Question::Source { event, passage } = q else {
        return None;
    };
    let atlas = ui.atlas();
    Some(atlas.event(*event)?.sources.get(*passage)?.quote.clone())
}

/// A choice's words.
pub fn choice(ui: &Ui, q: &Question, c: Choice) -> String {
    let atlas = ui.atlas();
    match c {
        Choice::Party(p) => names(ui, q).name(p).to_string(),
        Choice::Undetermined => ui.t(key::LESSON_CHOICE_UNDETERMINED),
        Choice::Document(i) => atlas
            .record
            .sources()
            .get(i)
            .map(|s| format!("{} ({})", s.title, s.year))
            .unwrap_or_default(),
        Choice::Event(i) => atlas
            .event(i)
            .map(|e| ui.i18n.title(e).0)
            .unwrap_or_default(),
    }
}

/// "The answer: …" — for a question of order, the events with their dates.
pub fn answer(ui: &Ui, q: &Question, asked: &Asked) -> String {
    let atlas = ui.atlas();
    let words: Vec<String> = asked
        .answer
        .iter()
        .map(|c| match c {
            Choice::Event(i) => {
                let date = atlas
                    .event(*i)
                    .map(|e| ui.i18n.date(e.date))
                    .unwrap_or_default();
                format!("{}{}", choice(ui, q, *c), bracketed(ui.lang.get(), &date))
            }
            _ => choice(ui, q, *c),
        })
        .collect();
    let joined = words.join(if ui.lang.get() == Lang::Ja {
        "、"
    } else {
        "; "
    });
    ui.i18n.fill(key::LESSON_ANSWER, &[("answer", &joined)])
}

/// A document's passage, verbatim, with whose words they are.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    pub quote: String,
    /// The author (the section's, where the document's parts have their own), the document's
    /// title and year.
    pub cite: String,
}

impl Passage {
    /// Passage `n` of `event`.
    fn of(atlas: &atlas_model::Atlas, event: &atlas_model::Event, n: usize) -> Option<Passage> {
        let c = event.sources.get(n)?;
        let source = atlas.record.source(&c.doc)?;
        let who = c
            .author
            .clone()
            .unwrap_or_else(|| source.authors.join(", "));
        Some(Passage {
            quote: c.quote.clone(),
            cite: format!("{who}, {} ({})", source.title, source.year),
        })
    }

    /// The passage as a quotation (in its document's language, English) with its citation.
    pub fn view(self) -> impl IntoView {
        view! {
            <blockquote class="lesson-quote" lang="en">
                <p>{self.quote}</p>
                <footer class="lesson-cite">"— " {self.cite}</footer>
            </blockquote>
        }
    }
}

/// A date in brackets after a name, as the language writes it.
pub fn bracketed(lang: Lang, text: &str) -> String {
    if lang == Lang::Ja {
        format!("（{text}）")
    } else {
        format!(" ({text})")
    }
}

/// A label's colon, as the language writes it.
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Ja {
        "："
    } else {
        ": "
    }
}

/// What decides the answer, in words, and the passage that says so where there is one.
pub fn decided(ui: &Ui, asked: &Asked) -> Option<(String, Option<Passage>)> {
    let atlas = ui.atlas();
    match &asked.decider {
        Decider::Event { event, passage } => {
            let e = atlas.event(*event)?;
            let words = ui.i18n.fill(
                key::LESSON_DECIDED_BY,
                &[
                    ("event", &ui.i18n.title(e).0),
                    ("date", &ui.i18n.date(e.date)),
                ],
            );
            let quote = Passage::of(&atlas, e, passage.unwrap_or(0));
            Some((words, quote))
        }
        Decider::Background { reference } => Some((
            ui.i18n
                .fill(key::LESSON_DECIDED_BACKGROUND, &[("reference", reference)]),
            None,
        )),
        Decider::Dates | Decider::Typed => None,
    }
}
