//! What a screen reader hears when the date comes to rest: the date and the title of the event
//! shown (never its passages), once, in a polite live region. While the slider is dragged or
//! the atlas plays, the date does not rest, and nothing is said.

use crate::state::Ui;
use leptos::prelude::*;

/// How long the date must stay put before it is announced, in milliseconds.
pub const REST_MS: u32 = 800;

#[component]
pub fn RestAnnouncer() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let said = RwSignal::new(String::new());
    let waiting = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    Effect::new(move |started: Option<()>| {
        let day = ui.day.get();
        let shown = ui.shown.get();
        // The page as it opens is on screen for all to read: only a change is announced.
        if started.is_none() {
            return;
        }
        let atlas = ui.atlas();
        let date = untrack(|| ui.i18n.date(day.date()));
        let message = match shown.and_then(|i| atlas.event(i)) {
            Some(e) => format!("{date}: {}", untrack(|| ui.i18n.title(e).0)),
            None => date,
        };
        // A new date cancels the announcement of the one before.
        waiting.set_value(Some(gloo::timers::callback::Timeout::new(
            REST_MS,
            move || {
                let _ = said.try_set(message);
            },
        )));
    });
    view! {
        <p class="visually-hidden" role="status" aria-live="polite" data-ui="announce">
            {move || said.get()}
        </p>
    }
}
