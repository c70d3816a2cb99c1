//! A step's question: the choices drawn from the record, the reader's answer checked against
//! the model's, and a wrong answer explained by the event (and passage) that decides it. The
//! answer lives in the page only: nothing is sent or stored.

use super::words;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::lesson::{Asked, Choice, Question};
use leptos::prelude::*;

/// The question of the step shown; drawn anew for each step, so each starts unanswered.
#[component]
pub fn LessonQuestion(question: Question) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let Some(asked) = question.ask(&ui.atlas()) else {
        return ().into_any();
    };
    let given = RwSignal::new(Vec::<Choice>::new());
    let checked = RwSignal::new(false);
    let kind = question.key();
    let q = question.clone();
    let prompt = move || words::prompt(&ui, &q);
    let quote = words::quoted(&ui, &question).map(|quote| {
        view! { <blockquote class="lesson-quote" data-ui="lesson-quote" lang="en">{quote}</blockquote> }
    });
    let body = match &question {
        Question::Free { answer, .. } => {
            let answer = answer.clone();
            view! {
                <button type="button" data-ui="lesson-show-answer" on:click=move |_| checked.set(true)
                    hidden=move || checked.get()>
                    {move || ui.t(key::LESSON_SHOW_ANSWER)}
                </button>
                <Show when=move || checked.get()>
                    {
                        let answer = answer.clone();
                        move || {
                            let (text, lang) = words::text(&answer, ui.lang.get());
                            view! {
                                <div class="lesson-result" data-ui="lesson-result" role="status">
                                    <p><strong>{ui.t(key::LESSON_MODEL_ANSWER)}</strong></p>
                                    <p lang=lang.key()>{text}</p>
                                </div>
                            }
                        }
                    }
                </Show>
            }
            .into_any()
        }
        Question::Order { .. } => {
            order(ui, question.clone(), asked.clone(), given, checked).into_any()
        }
        _ => single(ui, question.clone(), asked.clone(), given, checked).into_any(),
    };
    view! {
        <fieldset class="lesson-question" data-ui="lesson-question" data-question=kind>
            <legend>
                <span class="lesson-question-label">
                    {move || ui.t(key::LESSON_QUESTION)}
                    {move || words::colon(ui.lang.get())}
                </span>
                {prompt}
            </legend>
            {quote}
            {body}
        </fieldset>
    }
    .into_any()
}

/// One choice among several: radio buttons and a Check button.
fn single(
    ui: Ui,
    question: Question,
    asked: Asked,
    given: RwSignal<Vec<Choice>>,
    checked: RwSignal<bool>,
) -> impl IntoView {
    let name = format!("lesson-q-{}", question.key());
    let choices = asked
        .choices
        .iter()
        .enumerate()
        .map(|(n, &c)| {
            let q = question.clone();
            view! {
                <label class="lesson-choice">
                    <input
                        type="radio"
                        name=name.clone()
                        data-ui="lesson-choice"
                        data-choice=n
                        prop:checked=move || given.with(|g| g.first() == Some(&c))
                        on:change=move |_| {
                            given.set(vec![c]);
                            checked.set(false);
                        }
                    />
                    <span>{move || words::choice(&ui, &q, c)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="lesson-choices">{choices}</div>
        <button
            type="button"
            data-ui="lesson-check"
            disabled=move || given.with(Vec::is_empty)
            on:click=move |_| checked.set(true)
        >
            {move || ui.t(key::LESSON_CHECK)}
        </button>
        <Result question asked given checked/>
    }
}

/// Events to put in order: each pressed in turn joins the reader's order.
fn order(
    ui: Ui,
    question: Question,
    asked: Asked,
    given: RwSignal<Vec<Choice>>,
    checked: RwSignal<bool>,
) -> impl IntoView {
    let total = asked.choices.len();
    let buttons = asked
        .choices
        .iter()
        .enumerate()
        .map(|(n, &c)| {
            let q = question.clone();
            let place = move || given.with(|g| g.iter().position(|x| *x == c));
            view! {
                <button
                    type="button"
                    class="lesson-choice"
                    data-ui="lesson-choice"
                    data-choice=n
                    aria-pressed=move || place().is_some().to_string()
                    disabled=move || place().is_some()
                    on:click=move |_| given.update(|g| g.push(c))
                >
                    <span class="lesson-place">{move || place().map(|p| format!("{}. ", p + 1))}</span>
                    {move || words::choice(&ui, &q, c)}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="lesson-choices lesson-order">{buttons}</div>
        <div class="lesson-row">
            <button
                type="button"
                data-ui="lesson-check"
                disabled={move || given.with(|g| g.len() < total)}
                on:click=move |_| checked.set(true)
            >
                {move || ui.t(key::LESSON_CHECK)}
            </button>
            <button
                type="button"
                data-ui="lesson-reset"
                on:click=move |_| {
                    given.set(Vec::new());
                    checked.set(false);
                }
            >
                {move || ui.t(key::LESSON_ORDER_RESET)}
            </button>
        </div>
        <Result question asked given checked/>
    }
}

/// Right or not, once checked; when not, the answer and what decides it.
#[component]
fn Result(
    question: Question,
    asked: Asked,
    given: RwSignal<Vec<Choice>>,
    checked: RwSignal<bool>,
) -> impl IntoView {
    let ui = expect_context::<Ui>();
    move || {
        if !checked.get() {
            return ().into_any();
        }
        let right = given.with(|g| asked.is_right(g));
        let verdict = ui.t(if right {
            key::LESSON_RIGHT
        } else {
            key::LESSON_WRONG
        });
        let explained = (!right).then(|| {
            let decided = words::decided(&ui, &asked).map(|(words, passage)| {
                view! {
                    <p data-ui="lesson-decided">{words}</p>
                    {passage.map(words::Passage::view)}
                }
            });
            view! {
                <p data-ui="lesson-answer">{words::answer(&ui, &question, &asked)}</p>
                {decided}
            }
        });
        view! {
            <div
                class="lesson-result"
                data-ui="lesson-result"
                data-correct=right.to_string()
                role="status"
            >
                <p><strong>{verdict}</strong></p>
                {explained}
            </div>
        }
        .into_any()
    }
}
