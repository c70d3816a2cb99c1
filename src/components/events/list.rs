use super::filters::EventFilters;
use crate::platform::resize::on_resize;
use crate::state::Ui;
use atlas_model::filter::EventFilter;
use atlas_model::key;
use atlas_model::rows::RowWindow;
use atlas_model::Basis;
use leptos::prelude::*;

/// A row's height before one has been measured, in pixels: `.event-entry`'s 3rem at the
/// browsers' default font size.
const ROW_PX: f64 = 48.0;

/// Every event of the record, filterable; choosing one sets the date and frames its region. The
/// shown event is marked and kept in view within the list as the slider moves. Only the rows in
/// view (and a margin, see `atlas_model::rows`) are in the page, so a record of any length costs
/// the same to show and to step through.
#[component]
pub fn EventList() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let filter = RwSignal::new(EventFilter::default());
    let list = NodeRef::<leptos::html::Nav>::new();
    let metrics = Metrics::new();
    let rows = Rows::new(ui, filter, metrics);
    let passing = rows.passing;
    let some_pass = Signal::derive(move || passing.with(|p| !p.is_empty()));
    // The list box is as tall as all its rows; the rows drawn start where they belong.
    let rows_box = NodeRef::<leptos::html::Ol>::new();
    size_rows_box(rows_box, rows.window);
    ListScroll::new(metrics).follow_shown(ui, passing, list);
    // The list's box changes with the panel above it: measured after layout, when it does.
    on_resize(
        move || list.get_untracked().into_iter().map(Into::into).collect(),
        move || {
            if let Some(nav) = list.get_untracked() {
                metrics.measure(&nav);
            }
        },
    );

    view! {
        <section class="event-browser" aria-labelledby="event-browser-title">
            <ListHead filter passing total=ui.atlas().record.len()/>
            <EventFilters filter/>
            <nav
                class="event-list"
                node_ref=list
                aria-label=move || ui.t(key::LIST_LABEL)
                on:keydown=move_focus
                on:scroll=move |_| {
                    if let Some(nav) = list.get_untracked() {
                        metrics.scrolled(&nav);
                    }
                }
            >
                <ol node_ref=rows_box>
                    <For each=move || rows.drawn.get() key=|row| *row children=move |row| event_row(ui, rows, row)/>
                </ol>
                <p class="event-none" hidden=some_pass>
                    {move || ui.t(key::LIST_NONE)}
                </p>
            </nav>
        </section>
    }
    .into_any()
}

/// The list's title, the count of events shown and the button that clears the filter.
#[component]
fn ListHead(
    filter: RwSignal<EventFilter>,
    passing: Memo<Vec<usize>>,
    total: usize,
) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let count = Signal::derive(move || {
        let shown = passing.with(Vec::len).to_string();
        ui.i18n.count(key::LIST_COUNT, total, &[("shown", &shown)])
    });
    let unfiltered = Signal::derive(move || filter.with(EventFilter::is_empty));
    view! {
        <div class="event-browser-head">
            <h2 class="event-browser-title" id="event-browser-title">{move || ui.t(key::LIST_TITLE)}</h2>
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
                {move || ui.t(key::LIST_SHOW_ALL)}
            </button>
        </div>
    }
}

/// The list's rows: the events that pass the filter, those drawn, and the one the Tab key stops
/// at.
#[derive(Clone, Copy)]
struct Rows {
    /// The events that pass the filter, by index: computed once per filter change, never per
    /// slider step.
    passing: Memo<Vec<usize>>,
    /// The part of the list in view, and its margin.
    window: Memo<RowWindow>,
    /// The rows in the page: (position in the list, event index).
    drawn: Memo<Vec<(usize, usize)>>,
    /// The list is one stop of the Tab key, at the row of the event shown (or the first row
    /// drawn when that one is filtered out); ↑ and ↓ move between rows, Enter chooses. Tabbing
    /// through every row of a long list would take hundreds of presses, through rows not yet
    /// drawn.
    tab_stop: Memo<Option<usize>>,
}

impl Rows {
    fn new(ui: Ui, filter: RwSignal<EventFilter>, metrics: Metrics) -> Rows {
        let atlas = ui.atlas();
        let passing = Memo::new(move |_| {
            filter.with(|f| {
                atlas
                    .record
                    .events()
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| f.matches(e))
                    .map(|(i, _)| i)
                    .collect::<Vec<usize>>()
            })
        });
        let window = Memo::new(move |_| metrics.window(passing.with(Vec::len)));
        let drawn = Memo::new(move |_| {
            let range = window.with(RowWindow::rows);
            passing.with(|p| {
                p.get(range.clone())
                    .unwrap_or_default()
                    .iter()
                    .enumerate()
                    .map(|(k, &i)| (range.start + k, i))
                    .collect::<Vec<_>>()
            })
        });
        let tab_stop = Memo::new(move |_| {
            let shown = ui.shown_painted.get();
            let rows = drawn.get();
            let in_list = shown.is_some_and(|s| passing.with(|p| p.binary_search(&s).is_ok()));
            if in_list {
                shown
            } else {
                rows.first().map(|(_, i)| *i)
            }
        });
        Rows {
            passing,
            window,
            drawn,
            tab_stop,
        }
    }
}

/// Keeps the box of the rows as tall as all of them, and its rows drawn where they belong.
fn size_rows_box(rows_box: NodeRef<leptos::html::Ol>, window: Memo<RowWindow>) {
    Effect::new(move |_| {
        let w = window.get();
        if let Some(ol) = rows_box.get() {
            let style = web_sys::HtmlElement::style(&ol);
            let _ = style.set_property("height", &format!("{}px", w.height()));
            let top = w.rows().start as f64 * w.row_height;
            let _ = style.set_property("padding-top", &format!("{top}px"));
        }
    });
}

/// ↑ and ↓ move the focus to the row above or below.
fn move_focus(ev: web_sys::KeyboardEvent) {
    use wasm_bindgen::JsCast;
    let step = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        _ => return,
    };
    let Some(row) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest("li").ok().flatten())
    else {
        return;
    };
    let next = if step > 0 {
        row.next_element_sibling()
    } else {
        row.previous_element_sibling()
    };
    if let Some(button) = next
        .and_then(|li| li.query_selector("button").ok().flatten())
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        ev.prevent_default();
        let _ = button.focus();
    }
}

/// One row: the event `i` at `position` in the list. A row stays in the page while it is in the
/// list's window (keyed by both), so a row that has the keyboard's focus keeps it as the list
/// scrolls; its words follow the language.
fn event_row(ui: Ui, rows: Rows, (position, i): (usize, usize)) -> Option<impl IntoView> {
    let atlas = ui.atlas();
    let e = atlas.event(i)?;
    let background = (e.basis == Basis::Background)
        .then(|| view! { <span class="item-tag">{move || ui.t(key::LIST_BACKGROUND)}</span> });
    let title = move || {
        ui.atlas()
            .event(i)
            .map(|e| ui.i18n.title(e))
            .unwrap_or_default()
    };
    let title_lang = move || title().1.key();
    let (date, end) = (e.date, e.end);
    let (passing, tab_stop) = (rows.passing, rows.tab_stop);
    Some(view! {
        <li
            class="event-entry"
            aria-posinset=position + 1
            aria-setsize=move || passing.with(Vec::len)
        >
            <button
                type="button"
                class="event-item"
                data-event=e.id.clone()
                aria-current=move || (ui.shown_painted.get() == Some(i)).then_some("true")
                tabindex=move || if tab_stop.get() == Some(i) { "0" } else { "-1" }
                on:click=move |ev: web_sys::MouseEvent| {
                    ui.select_event(i, true);
                    // Chosen with a pointer (a key's click has no count), the page follows; the
                    // keyboard's focus stays in the list.
                    if ev.detail() > 0 {
                        super::reveal::reveal_chosen(ui, i);
                    }
                }
            >
                <span class="item-date">{move || ui.i18n.with(|w| w.span(date, end))}</span>
                <span class="item-title" lang=title_lang>{move || title().0} {background}</span>
            </button>
        </li>
    })
}

/// What the list knows of its box: the height of a row and of the view, and how far it is
/// scrolled, as last measured.
#[derive(Clone, Copy)]
struct Metrics {
    row_height: RwSignal<f64>,
    view_height: RwSignal<f64>,
    scroll_top: RwSignal<f64>,
    /// The list has just scrolled itself to `scroll_top`.
    scripted: StoredValue<bool>,
}

impl Metrics {
    fn new() -> Metrics {
        Metrics {
            row_height: RwSignal::new(ROW_PX),
            // Until measured, as tall as a screen: enough rows to fill any list.
            view_height: RwSignal::new(1200.0),
            scroll_top: RwSignal::new(0.0),
            scripted: StoredValue::new(false),
        }
    }

    fn window(self, count: usize) -> RowWindow {
        RowWindow {
            row_height: self.row_height.get(),
            view_height: self.view_height.get(),
            scroll_top: self.scroll_top.get(),
            count,
        }
    }

    /// Reads how far the list is scrolled (after a scroll the list made itself, it knows).
    fn scrolled(self, nav: &web_sys::HtmlElement) {
        if self.scripted.try_update_value(std::mem::take) == Some(true) {
            return;
        }
        set_if_changed(self.scroll_top, f64::from(nav.scroll_top()));
    }

    /// Reads the list's box (called once it is laid out); signals change only when a value does.
    fn measure(self, nav: &web_sys::HtmlElement) {
        set_if_changed(self.scroll_top, f64::from(nav.scroll_top()));
        let view = f64::from(nav.client_height());
        if view > 0.0 {
            set_if_changed(self.view_height, view);
        }
        let row = nav
            .query_selector("li")
            .ok()
            .flatten()
            .map(|li| li.get_bounding_client_rect().height())
            .unwrap_or(0.0);
        if row > 0.0 {
            set_if_changed(self.row_height, row);
        }
    }
}

fn set_if_changed(signal: RwSignal<f64>, value: f64) {
    if value.is_finite() && signal.get_untracked() != value {
        signal.set(value);
    }
}

/// Scrolling the list to the shown row, from what was measured (a `ResizeObserver` and the
/// scroll events keep that up to date), so that a scroll never forces a layout of its own.
#[derive(Clone, Copy)]
struct ListScroll {
    frame: StoredValue<Option<gloo::render::AnimationFrame>, LocalStorage>,
    metrics: Metrics,
}

impl ListScroll {
    fn new(metrics: Metrics) -> ListScroll {
        ListScroll {
            frame: StoredValue::new_local(None),
            metrics,
        }
    }

    /// Scrolls the shown event's row (marked by the row itself) into the list's view, the page
    /// staying put: at the first frame, then once the frame after each change is painted (once
    /// however fast the slider moves), so a step's own frame never waits for the list; so too
    /// when a filter brings it back.
    fn follow_shown(self, ui: Ui, passing: Memo<Vec<usize>>, list: NodeRef<leptos::html::Nav>) {
        // The row to show: its position in the list, and the list's length.
        let target = move || {
            let shown = ui.shown_painted.get_untracked()?;
            passing.with_untracked(|p| Some((p.binary_search(&shown).ok()?, p.len())))
        };
        Effect::new(move |first: Option<()>| {
            ui.shown_painted.track();
            passing.track();
            if let Some(nav) = list.get() {
                if first.is_none() {
                    self.at_first_frame(nav, target);
                } else {
                    // What it reads to scroll is not what the effect follows.
                    untrack(|| self.now(&nav, target()));
                }
            }
        });
    }

    /// Measures the list and scrolls it to `target()` before the first frame that shows it;
    /// measuring then lays out the page as that frame would anyway.
    fn at_first_frame(
        self,
        list: web_sys::HtmlElement,
        target: impl Fn() -> Option<(usize, usize)> + 'static,
    ) {
        let frame = gloo::render::request_animation_frame(move |_| {
            if self.frame.try_set_value(None).is_some() {
                return;
            }
            self.metrics.measure(&list);
            self.now(&list, target());
        });
        self.frame.set_value(Some(frame));
    }

    /// Scrolls now so that the target row (its position in the list, and the list's length) is
    /// in view, centred when it was not; from what was last measured, without reading the page.
    fn now(self, list: &web_sys::HtmlElement, target: Option<(usize, usize)>) {
        let Some((position, count)) = target else {
            return;
        };
        let window = self.metrics.window(count);
        let top = window.scroll_to_show(position);
        if top != window.scroll_top {
            let top = top.round();
            list.set_scroll_top(top as i32);
            // The rows for the new place are drawn now, in the same frame as the scroll, and the
            // scroll event this causes need not read the page.
            set_if_changed(self.metrics.scroll_top, top);
            self.metrics.scripted.set_value(true);
        }
    }
}
