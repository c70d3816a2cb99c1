use super::context::TimelineContext;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::timeline;
use leptos::prelude::*;

/// A typed date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) to go to, with a message when it can't be read.
#[component]
pub fn DateEntry() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let playback = TimelineContext::expect().playback;
    let input = NodeRef::<leptos::html::Input>::new();
    let problem = RwSignal::new(None::<atlas_model::words::Message>);
    let go = move || {
        let Some(field) = input.get_untracked() else {
            return;
        };
        let atlas = ui.atlas();
        match timeline::parse_entry(&field.value(), atlas.first_day, atlas.today) {
            Ok(date) => {
                problem.set(None);
                playback.stop();
                ui.set_day(date.first_day());
            }
            Err(message) => problem.set(Some(message)),
        }
    };
    let invalid = Signal::derive(move || problem.with(|p| p.is_some()).then(|| "true".to_string()));
    let message = move || problem.with(|p| p.as_ref().map(|m| ui.i18n.message(m)));
    view! {
        <form
            class="date-entry"
            aria-label=move || ui.t(key::ENTRY_LABEL)
            novalidate
            on:submit=move |ev| {
                ev.prevent_default();
                go();
            }
        >
            <label class="entry-label" for="date-entry">{move || ui.t(key::ENTRY_GO_TO)}</label>
            <input
                id="date-entry"
                node_ref=input
                type="text"
                data-ui="date-entry"
                placeholder=move || ui.t(key::ENTRY_PLACEHOLDER)
                autocomplete="off"
                spellcheck="false"
                maxlength="40"
                size="11"
                aria-describedby="date-entry-help"
                aria-invalid=invalid
                on:input=move |_| {
                    if problem.with_untracked(|p| p.is_some()) {
                        problem.set(None);
                    }
                }
            />
            <button type="submit" class="tl-button" data-ui="date-go">{move || ui.t(key::ENTRY_GO)}</button>
            <p id="date-entry-help" class="entry-message" role="status">
                {message}
            </p>
        </form>
    }
    .into_any()
}
