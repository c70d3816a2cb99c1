//! The lesson bar: the lesson's title, the step count, the teacher's words and question,
//! previous and next, and — when the reader has moved away from the step — one button back.

use super::question::LessonQuestion;
use super::words;
use crate::components::in_lang;
use crate::state::{LessonRun, Ui};
use atlas_model::key;
use leptos::prelude::*;

/// The bar of the lesson followed; nothing without one.
#[component]
pub fn LessonBar() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let run = ui.lessons.run;
    super::fly::follow(ui);
    // The bar is drawn again only when the lesson or the step changes.
    let at = Memo::new(move |_| run.with(|r| r.as_ref().map(|r| (r.lesson.id.clone(), r.step))));
    move || {
        // Read, not only tracked: a memo never read is never worked out, and never changes.
        at.with(|_| ());
        let Some(r) = run.get_untracked() else {
            return ().into_any();
        };
        bar(ui, r).into_any()
    }
}

fn bar(ui: Ui, r: LessonRun) -> impl IntoView {
    let count = r.lesson.steps.len();
    let n = r.step;
    let Some(step) = r.current().cloned() else {
        return ().into_any();
    };
    let lesson = r.lesson.clone();
    let title = move || in_lang(ui, words::text(&lesson.title, ui.lang.get()));
    let step_words = step.words.clone();
    let said = move || in_lang(ui, words::text(&step_words, ui.lang.get()));
    let question = step
        .question
        .clone()
        .map(|question| view! { <LessonQuestion question/> });
    let left = ui.lessons.left;
    view! {
        <section
            class="lesson-bar"
            data-ui="lesson"
            data-lesson=r.lesson.id.clone()
            data-step=n + 1
            data-steps=count
            data-left=move || left.get().then_some("true")
            aria-labelledby="lesson-title"
        >
            <header class="lesson-head">
                <p class="lesson-kicker">{move || ui.t(key::LESSON_LABEL)}</p>
                <h2 id="lesson-title" class="lesson-title">{title}</h2>
                <p class="lesson-count" data-ui="lesson-count">
                    {move || ui.i18n.fill(key::LESSON_STEP, &[("n", &(n + 1).to_string()), ("count", &count.to_string())])}
                </p>
            </header>
            <nav class="lesson-nav" aria-label=move || ui.t(key::LESSON_LABEL)>
                <button
                    type="button"
                    data-ui="lesson-prev"
                    disabled=n == 0
                    on:click=move |_| ui.step_lesson(-1)
                >
                    {move || ui.t(key::LESSON_PREV)}
                </button>
                <button
                    type="button"
                    data-ui="lesson-next"
                    disabled={n + 1 >= count}
                    on:click=move |_| ui.step_lesson(1)
                >
                    {move || ui.t(key::LESSON_NEXT)}
                </button>
                <button type="button" data-ui="lesson-print" on:click=move |_| super::worksheet::print(ui)>
                    {move || ui.t(key::LESSON_PRINT)}
                </button>
                <button type="button" data-ui="lesson-close" on:click=move |_| ui.close_lesson()>
                    {move || ui.t(key::LESSON_CLOSE)}
                </button>
            </nav>
            <p class="lesson-words" data-ui="lesson-words">{said}</p>
            {question}
            <Show when=move || left.get()>
                <p class="lesson-left" data-ui="lesson-left">
                    {move || ui.t(key::LESSON_LEFT)} " "
                    <button type="button" data-ui="lesson-return" on:click=move |_| ui.return_to_step()>
                        {move || ui.t(key::LESSON_RETURN)}
                    </button>
                </p>
            </Show>
        </section>
    }
    .into_any()
}
