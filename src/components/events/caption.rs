use super::panel::event_view;
use crate::state::Ui;
use leptos::prelude::*;

/// The embedded atlas's line under the map: the date and title of the event shown, whose
/// passages open in one tap, and a link to the full atlas at the same state.
#[component]
pub fn EmbedCaption() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let shown = ui.shown_painted;
    let open = RwSignal::new(false);
    let summary = move || {
        let atlas = ui.atlas();
        match shown.get().and_then(|i| atlas.event(i)) {
            Some(e) => view! {
                <span class="embed-date">{e.human_date()}</span>
                " "
                <span class="embed-title" data-event=e.id.clone()>{e.title.clone()}</span>
            }
            .into_any(),
            None => {
                view! { <span class="embed-title">"No event in the record at this date yet"</span> }
                    .into_any()
            }
        }
    };
    // The passages are drawn only while they are open.
    let passage = move || {
        if !open.get() {
            return None;
        }
        let atlas = ui.atlas();
        let event = shown.get().and_then(|i| atlas.event(i))?;
        Some(view! {
            <div class="embed-passage" role="region" aria-label="The event and its passages" tabindex="0">
                {event_view(&atlas, event)}
            </div>
        })
    };
    // The same state without `embed`: the whole atlas, in a tab of its own.
    let full = move || {
        ui.day.track();
        ui.event.track();
        ui.view.track();
        ui.lang.track();
        let mut link = ui.link();
        link.embed = false;
        format!("./?{}", link.to_query(&ui.atlas().config))
    };
    view! {
        <section class="embed-caption" data-ui="embed-caption" aria-label="The event shown">
            <details
                class="embed-event"
                on:toggle=move |ev| {
                    use wasm_bindgen::JsCast;
                    let open_now = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                        .is_some_and(|d| d.open());
                    open.set(open_now);
                }
            >
                <summary data-ui="embed-event">{summary}</summary>
                {passage}
            </details>
            <a class="embed-full" data-ui="open-full" href=full target="_blank" rel="noopener">
                "Open the full atlas"
            </a>
        </section>
    }
}
