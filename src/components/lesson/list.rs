//! The list of lessons, from the header: each lesson's title, summary and number of steps, as
//! a link that opens it at its first step (a link a teacher can also copy).

use super::words;
use crate::components::in_lang;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::link::LinkState;
use leptos::prelude::*;

/// The Lessons button and its dialog.
#[component]
pub fn LessonsOpen() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = RwSignal::new(false);
    let show = move |_| {
        ui.load_lesson_list();
        open.set(true);
        crate::components::show_modal(dialog);
    };
    view! {
        <button
            type="button"
            class="lessons-button"
            data-ui="lessons-open"
            aria-haspopup="dialog"
            title=move || ui.t(key::LESSON_LIST_HINT)
            on:click=show
        >
            {move || ui.t(key::LESSON_LIST)}
        </button>
        <dialog
            class="lesson-list-panel"
            data-ui="lesson-list"
            node_ref=dialog
            aria-labelledby="lesson-list-title"
            on:close=move |_| open.set(false)
        >
            <h2 id="lesson-list-title">{move || ui.t(key::LESSON_LIST)}</h2>
            {move || open.get().then(|| view! { <Entries dialog/> })}
            <p class="lesson-list-check">
                <a href=move || crate::components::check_link(ui) data-ui="check-open">{move || ui.t(key::CHECK_TITLE)}</a>
            </p>
            <form method="dialog">
                <button type="submit" data-ui="lesson-list-close">{move || ui.t(key::SHARE_CLOSE)}</button>
            </form>
        </dialog>
    }
}

/// The lessons, once loaded.
#[component]
fn Entries(dialog: NodeRef<leptos::html::Dialog>) -> impl IntoView {
    let ui = expect_context::<Ui>();
    move || {
        let list = ui.lessons.list.get();
        match list {
            Some(list) if !list.is_empty() => {
                let items = list
                    .into_iter()
                    .map(|(id, lesson)| match lesson {
                        Ok(lesson) => {
                            let href = format!(
                                "?{}",
                                LinkState {
                                    lesson: Some(id.clone()),
                                    lang: Some(ui.lang.get()),
                                    ..LinkState::default()
                                }
                                .to_query(&ui.atlas().config)
                            );
                            let open = lesson.clone();
                            let (title, summary) = (lesson.title.clone(), lesson.summary.clone());
                            let steps = lesson.steps.len();
                            view! {
                                <li data-lesson=id>
                                    <a
                                        href=href
                                        on:click=move |ev| {
                                            ev.prevent_default();
                                            if let Some(d) = dialog.get_untracked() {
                                                d.close();
                                            }
                                            ui.open_lesson(open.clone(), 0);
                                        }
                                    >
                                        {in_lang(ui, words::text(&title, ui.lang.get()))}
                                    </a>
                                    " "
                                    <span class="lesson-list-steps">
                                        {ui.i18n.count(key::LESSON_LIST_STEPS, steps, &[])}
                                    </span>
                                    {summary.map(|s| view! { <p>{in_lang(ui, words::text(&s, ui.lang.get()))}</p> })}
                                </li>
                            }
                            .into_any()
                        }
                        Err(why) => view! {
                            <li data-lesson=id data-broken="true">{ui.i18n.message(&why)}</li>
                        }
                        .into_any(),
                    })
                    .collect_view();
                view! { <ul class="lesson-list">{items}</ul> }.into_any()
            }
            Some(_) if ui.lessons.list_loading() => {
                view! { <p role="status">{ui.t(key::LESSON_LIST_LOADING)}</p> }.into_any()
            }
            _ => view! { <p role="status">{ui.t(key::LESSON_LIST_EMPTY)}</p> }.into_any(),
        }
    }
}
