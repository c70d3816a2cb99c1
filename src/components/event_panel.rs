use crate::state::Ui;
use leptos::prelude::*;

/// The event shown: title, date, summary and each source's passage with its citation.
#[component]
pub fn EventPanel() -> impl IntoView {
    let ui = expect_context::<Ui>();
    move || {
        let atlas = ui.atlas();
        let Some(event) = ui.shown.get().and_then(|i| atlas.event(i)).cloned() else {
            return view! { <article class="event"><p>"No event yet at this date."</p></article> }
                .into_any();
        };
        let quotes = event
            .sources
            .iter()
            .map(|c| {
                let cite = atlas
                    .record
                    .source(&c.doc)
                    .map(|s| s.citation())
                    .unwrap_or_default();
                view! {
                    <blockquote class="quote">
                        <p>{c.quote.clone()}</p>
                        <footer><cite>{cite}</cite></footer>
                    </blockquote>
                }
            })
            .collect_view();
        view! {
            <article class="event" data-event=event.id.clone()>
                <p class="event-date">{event.human_date()}</p>
                <h2 class="event-title">{event.title.clone()}</h2>
                <p class="event-summary">{event.summary.clone()}</p>
                {quotes}
            </article>
        }
        .into_any()
    }
}
