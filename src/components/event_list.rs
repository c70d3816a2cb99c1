use crate::state::Ui;
use leptos::prelude::*;

/// Every event of the record; choosing one sets the date and frames its region.
#[component]
pub fn EventList() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let items = atlas
        .record
        .events()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            view! {
                <li>
                    <button
                        type="button"
                        class="event-item"
                        data-event=e.id.clone()
                        aria-current=move || (ui.shown.get() == Some(i)).then_some("true")
                        on:click=move |_| ui.select_event(i, true)
                    >
                        <span class="item-date">{e.human_date()}</span>
                        " "
                        <span class="item-title">{e.title.clone()}</span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="event-list" aria-label="All events">
            <ol>{items}</ol>
        </nav>
    }
}
