use super::panel::event_view;
use crate::state::Ui;
use atlas_model::key;
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
                <span class="embed-date">{ui.i18n.span(e.date, e.end)}</span>
                " "
                <span class="embed-title" data-event=e.id.clone()>{crate::components::in_lang(ui, ui.i18n.title(e))}</span>
            }
            .into_any(),
            None => {
                view! { <span class="embed-title">{ui.t(key::CAPTION_NONE)}</span> }
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
            <div class="embed-passage" role="region" aria-label=ui.t(key::CAPTION_PASSAGES) tabindex="0">
                {event_view(ui, &atlas, event)}
            </div>
        })
    };
    // The same state without `embed`: the whole atlas, in a tab of its own.
    let full = move || {
        ui.day_painted.track();
        ui.event.track();
        ui.view.track();
        ui.lang.track();
        ui.perspective.track();
        let mut link = ui.link();
        link.embed = false;
        link.lang = Some(ui.lang.get_untracked());
        format!("./?{}", link.to_query(&ui.atlas().config))
    };
    view! {
        <section class="embed-caption" data-ui="embed-caption" aria-label=move || ui.t(key::CAPTION_LABEL)>
            <details
                class="embed-event"
                on:toggle=crate::components::follow_details(open)
            >
                <summary data-ui="embed-event">{summary}</summary>
                {passage}
            </details>
            <a class="embed-full" data-ui="open-full" href=full target="_blank" rel="noopener">
                {move || ui.t(key::CAPTION_OPEN_FULL)}
            </a>
        </section>
    }
}
