use super::filters::EventFilters;
use crate::state::Ui;
use atlas_model::filter::EventFilter;
use atlas_model::Basis;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Every event of the record, filterable; choosing one sets the date and frames its region. The
/// shown event is marked and kept in view within the list as the slider moves.
#[component]
pub fn EventList() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let filter = RwSignal::new(EventFilter::default());
    // Which events pass the filter: computed once per filter change, never per slider step.
    let passes = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            filter.with(|f| {
                atlas
                    .record
                    .events()
                    .iter()
                    .map(|e| f.matches(e))
                    .collect::<Vec<bool>>()
            })
        })
    };
    let passing = Memo::new(move |_| passes.with(|p| p.iter().filter(|x| **x).count()));
    let total = atlas.record.len();
    let count = Signal::derive(move || format!("{} of {total} events", passing.get()));
    let unfiltered = Signal::derive(move || filter.with(EventFilter::is_empty));
    let some_pass = Signal::derive(move || passing.get() > 0);

    let items = atlas
        .record
        .events()
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let hidden =
                Signal::derive(move || !passes.with(|p| p.get(i).copied().unwrap_or(true)));
            let background = (e.basis == Basis::Background)
                .then(|| view! { <span class="item-tag">"background"</span> });
            view! {
                <li class="event-entry" hidden=hidden>
                    <button
                        type="button"
                        class="event-item"
                        data-event=e.id.clone()
                        on:click=move |_| ui.select_event(i, true)
                    >
                        <span class="item-date">{e.human_date()}</span>
                        <span class="item-title">{e.title.clone()} {background}</span>
                    </button>
                </li>
            }
        })
        .collect_view();

    let list = NodeRef::<leptos::html::Nav>::new();
    let scroll = ScrollLater::new();
    // The shown event's item: marked at once, and scrolled into the list's view (the page stays
    // put) at the next frame, once per frame however fast the slider moves. Both follow `shown`
    // alone, which changes only when the slider crosses an event.
    Effect::new(move |previous: Option<Option<String>>| {
        let atlas = ui.atlas();
        let current = ui
            .shown
            .get()
            .and_then(|i| atlas.event(i))
            .map(|e| e.id.clone());
        let Some(nav) = list.get() else {
            return current;
        };
        let item = |id: &str| {
            nav.query_selector(&format!("button[data-event=\"{id}\"]"))
                .ok()
                .flatten()
        };
        if let Some(old) = previous.flatten().and_then(|id| item(&id)) {
            let _ = old.remove_attribute("aria-current");
        }
        if let Some(new) = current.as_deref().and_then(item) {
            let _ = new.set_attribute("aria-current", "true");
        }
        scroll.request(nav);
        current
    });
    // A filter change may bring the shown item back: show it again.
    Effect::new(move |_| {
        passes.track();
        if let Some(nav) = list.get_untracked() {
            scroll.request(nav);
        }
    });

    view! {
        <section class="event-browser" aria-labelledby="event-browser-title">
            <div class="event-browser-head">
                <h2 class="event-browser-title" id="event-browser-title">"All events"</h2>
                <p class="event-count" role="status">
                    <span data-ui="event-count">{count}</span>
                </p>
                <button
                    type="button"
                    class="filter-reset"
                    data-ui="filter-reset"
                    hidden=unfiltered
                    on:click=move |_| filter.set(EventFilter::default())
                >
                    "Show all"
                </button>
            </div>
            <EventFilters filter/>
            <nav class="event-list" node_ref=list aria-label="Events in order of date">
                <ol>{items}</ol>
                <p class="event-none" hidden=some_pass>
                    "No event matches these filters."
                </p>
            </nav>
        </section>
    }
    .into_any()
}

/// A pending scroll of the list to its marked item, run at the next animation frame.
#[derive(Clone, Copy)]
struct ScrollLater {
    frame: StoredValue<Option<gloo::render::AnimationFrame>, LocalStorage>,
}

impl ScrollLater {
    fn new() -> ScrollLater {
        ScrollLater {
            frame: StoredValue::new_local(None),
        }
    }

    fn request(self, list: web_sys::HtmlElement) {
        if self.frame.with_value(Option::is_some) {
            return;
        }
        let frame = gloo::render::request_animation_frame(move |_| {
            self.frame.set_value(None);
            if let Some(item) = list
                .query_selector("button[aria-current=\"true\"]")
                .ok()
                .flatten()
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                keep_in_view(&list, &item);
            }
        });
        self.frame.set_value(Some(frame));
    }
}

/// Scrolls the list (not the page) so that the item is visible, centring it when it was not.
fn keep_in_view(list: &web_sys::HtmlElement, item: &web_sys::HtmlElement) {
    let view_height = list.client_height();
    if view_height <= 0 || list.scroll_height() <= view_height {
        return;
    }
    let list_top = list.get_bounding_client_rect().top() + f64::from(list.client_top());
    let item_rect = item.get_bounding_client_rect();
    if item_rect.height() <= 0.0 {
        // Hidden by the filter.
        return;
    }
    let scroll = f64::from(list.scroll_top());
    let top = item_rect.top() - list_top + scroll;
    let bottom = top + item_rect.height();
    if top < scroll || bottom > scroll + f64::from(view_height) {
        let centred = top - (f64::from(view_height) - item_rect.height()) / 2.0;
        list.set_scroll_top(centred.max(0.0).round() as i32);
    }
}
