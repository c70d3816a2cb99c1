//! A lesson on paper: each step's map (the model's picture of the step, small), its words and
//! question with room to answer, and an answer key on a last page of its own — each answer
//! with the event and passage that decide it. Drawn once printing is first asked for (the
//! Print button, or the browser's own print while a lesson is open), then kept for the lesson
//! followed, hidden on screen, so that any later print is the worksheet too.

use super::words;
use crate::components::share::export::captions;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::lesson::{Lesson, Question, Step};
use atlas_model::picture::Picture;
use atlas_model::viewport::Viewport;
use atlas_model::{Moment, PartyNames};
use leptos::prelude::*;

/// The size each step's map is drawn at, in pixels (the print stylesheet scales it to the
/// column).
const MAP_PX: (f64, f64) = (640.0, 400.0);

/// Draws the worksheet, then asks the browser to print it.
pub fn print(ui: Ui) {
    if ui.lessons.run.with_untracked(Option::is_some) {
        ui.lessons.printing.set(true);
        crate::platform::print::print_after_paint();
    }
}

/// The worksheet of the lesson followed, while printing; nothing otherwise.
#[component]
pub fn Worksheet() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let printing = ui.lessons.printing;
    crate::platform::print::before_print(move || {
        if ui.lessons.run.with_untracked(Option::is_some) {
            printing.set(true);
        }
    });
    // Drawn again for another lesson or language, not for another step.
    let lesson = Memo::new(move |_| {
        ui.lessons
            .run
            .with(|r| r.as_ref().map(|r| r.lesson.clone()))
    });
    move || {
        if !printing.get() {
            return ().into_any();
        }
        let _ = ui.lang.get();
        match lesson.get() {
            Some(lesson) => sheet(ui, &lesson).into_any(),
            None => ().into_any(),
        }
    }
}

fn sheet(ui: Ui, lesson: &Lesson) -> impl IntoView {
    let lang = ui.lang.get_untracked();
    let (title, title_lang) = words::text(&lesson.title, lang);
    let steps = lesson
        .steps
        .iter()
        .enumerate()
        .map(|(n, step)| step_view(ui, n, step))
        .collect_view();
    let key_rows = lesson
        .steps
        .iter()
        .enumerate()
        .filter_map(|(n, step)| Some((n, step.question.clone()?)))
        .map(|(n, q)| answer_row(ui, n, &q))
        .collect_view();
    view! {
        <div class="worksheet" data-ui="worksheet">
            <header class="worksheet-head">
                <p>{ui.t(key::LESSON_WORKSHEET)} " · " {ui.t(key::HEADER_TITLE)}</p>
                <h1 lang=title_lang.key()>{title}</h1>
                <p class="worksheet-name">
                    {ui.t(key::LESSON_WORKSHEET_NAME)} {words::colon(lang)} "______________________"
                </p>
            </header>
            {steps}
            <section class="worksheet-key" data-ui="answer-key">
                <h2>{ui.t(key::LESSON_ANSWER_KEY)}</h2>
                <ol>{key_rows}</ol>
            </section>
        </div>
    }
}

/// The map of a step as the class saw it, as an inline SVG.
fn step_map(ui: Ui, step: &Step) -> String {
    let atlas = ui.atlas();
    let lang = ui.lang.get_untracked();
    let day = atlas.clamp(step.day());
    let moment = Moment::at(&atlas, day, step.side);
    let names = PartyNames::at(&atlas.config.parties, day, lang);
    let viewport = Viewport::new(step.view_box(&atlas), MAP_PX.0, MAP_PX.1);
    let words = captions(ui, &moment, &names, step.event);
    Picture::new(&atlas, &moment, &names, lang, &viewport, words).to_svg()
}

fn step_view(ui: Ui, n: usize, step: &Step) -> impl IntoView {
    let lang = ui.lang.get_untracked();
    let (said, said_lang) = words::text(&step.words, lang);
    let question = step.question.as_ref().map(|q| question_view(ui, q));
    view! {
        <section class="worksheet-step" data-step=n + 1>
            <h2>{ui.i18n.fill(key::LESSON_STEP_TITLE, &[("n", &(n + 1).to_string())])}</h2>
            <div class="worksheet-map" inner_html=step_map(ui, step)></div>
            <p lang=said_lang.key()>{said}</p>
            {question}
        </section>
    }
}

fn question_view(ui: Ui, q: &Question) -> impl IntoView {
    let asked = q.ask(&ui.atlas());
    let choices = asked.as_ref().map(|a| {
        a.choices
            .iter()
            .map(|&c| view! { <li>"☐ " {words::choice(&ui, q, c)}</li> })
            .collect_view()
    });
    let order = matches!(q, Question::Order { .. });
    view! {
        <div class="worksheet-question">
            <p>
                <strong>{ui.t(key::LESSON_QUESTION)} {words::colon(ui.lang.get_untracked())}</strong>
                {words::prompt(&ui, q)}
            </p>
            {words::quoted(&ui, q).map(|quote| view! { <blockquote lang="en">{quote}</blockquote> })}
            <ul class=if order { "worksheet-choices order" } else { "worksheet-choices" }>{choices}</ul>
            <p class="worksheet-answer">
                {ui.t(key::LESSON_WORKSHEET_ANSWER)} {words::colon(ui.lang.get_untracked())}
            </p>
            <div class="worksheet-lines" aria-hidden="true"><span></span><span></span><span></span></div>
        </div>
    }
}

fn answer_row(ui: Ui, n: usize, q: &Question) -> impl IntoView {
    let atlas = ui.atlas();
    let body = match (q, q.ask(&atlas)) {
        (Question::Free { answer, .. }, _) => {
            let (text, lang) = words::text(answer, ui.lang.get_untracked());
            view! { <p lang=lang.key()>{text}</p> }.into_any()
        }
        (_, Some(asked)) => {
            let decided = words::decided(&ui, &asked).map(|(w, passage)| {
                view! {
                    <p>{w}</p>
                    {passage.map(words::Passage::view)}
                }
            });
            view! { <p>{words::answer(&ui, q, &asked)}</p> {decided} }.into_any()
        }
        (_, None) => ().into_any(),
    };
    view! { <li value=n + 1>{body}</li> }
}
