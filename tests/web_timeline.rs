//! The time slider and the events, mounted in headless Chromium with the committed data and
//! asserted on through the DOM as a reader would see it.
#![cfg(target_arch = "wasm32")]

mod common;

use atlas_model::timeline::Scale;
use atlas_model::{Date, Event};
use common::*;
use frontier_atlas::data;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

fn shown_date(host: &HtmlElement) -> String {
    text(host, ".slider-date")
}

fn value_text(host: &HtmlElement) -> String {
    find(host, "input[data-ui=date]")
        .get_attribute("aria-valuetext")
        .unwrap_or_default()
}

fn click(host: &HtmlElement, selector: &str) {
    find(host, selector).unchecked_into::<HtmlElement>().click();
}

/// Dispatches a key press on the element; true when the page prevented the default action.
fn press(element: &Element, key: &str) -> bool {
    let init = js_sys::Object::new();
    for (k, v) in [
        ("key", JsValue::from_str(key)),
        ("bubbles", JsValue::TRUE),
        ("cancelable", JsValue::TRUE),
    ] {
        js_sys::Reflect::set(&init, &JsValue::from_str(k), &v).unwrap();
    }
    let window = web_sys::window().unwrap();
    let constructor: js_sys::Function = js_sys::Reflect::get(&window, &"KeyboardEvent".into())
        .unwrap()
        .unchecked_into();
    let args = js_sys::Array::of2(&"keydown".into(), &init);
    let event: web_sys::Event = js_sys::Reflect::construct(&constructor, &args)
        .unwrap()
        .unchecked_into();
    !element.dispatch_event(&event).unwrap()
}

async fn key(host: &HtmlElement, name: &str) {
    let slider = find(host, "input[data-ui=date]");
    assert!(
        press(&slider, name),
        "{name} should not also move the slider natively"
    );
    leptos::task::tick().await;
}

/// Types a date into the entry and submits it.
async fn type_date(host: &HtmlElement, text: &str) {
    let entry: HtmlInputElement = find(host, "input[data-ui=date-entry]").unchecked_into();
    entry.set_value(text);
    click(host, "button[data-ui=date-go]");
    leptos::task::tick().await;
}

async fn choose(host: &HtmlElement, select: &str, value: &str) {
    let select: HtmlSelectElement =
        find(host, &format!("select[data-ui={select}]")).unchecked_into();
    select.set_value(value);
    assert_eq!(select.value(), value, "{value} is an option");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
}

async fn sleep(ms: u32) {
    let (tx, rx) = futures::channel::oneshot::channel::<()>();
    let _timeout = gloo::timers::callback::Timeout::new(ms, move || {
        let _ = tx.send(());
    });
    let _ = rx.await;
    leptos::task::tick().await;
}

/// The slider's scale for the committed data, as the page builds it.
fn scale() -> Scale {
    let (atlas, _) = data::assemble(texts(), TODAY);
    Scale::new(
        atlas.record.events().iter().map(Event::day),
        atlas.first_day,
        atlas.today,
    )
}

/// Drags the slider to the position of an ISO date.
async fn drag_to(host: &HtmlElement, scale: &Scale, iso: &str) {
    let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
    let day = Date::parse(iso).unwrap().first_day();
    slider.set_value(&scale.position(day).to_string());
    slider
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
}

fn visible_items(host: &HtmlElement) -> Vec<String> {
    let items = host.query_selector_all(".event-list li").unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .filter(|li| !li.hidden())
        .filter_map(|li| li.query_selector("button[data-event]").ok().flatten())
        .filter_map(|b| b.get_attribute("data-event"))
        .collect()
}

#[wasm_bindgen_test]
async fn arrow_keys_step_between_events_and_say_which() {
    let host = mount(texts()).await;
    click(&host, "button[data-event=treaty-of-shimoda-1855]");
    leptos::task::tick().await;
    assert_eq!(shown_date(&host), "7 February 1855");
    key(&host, "ArrowRight").await;
    // A year-precision event reads at its precision.
    assert_eq!(shown_date(&host), "1862");
    assert!(
        value_text(&host).starts_with("1862 — "),
        "{}",
        value_text(&host)
    );
    key(&host, "ArrowUp").await;
    key(&host, "ArrowRight").await;
    assert_eq!(
        value_text(&host),
        "7 May 1875 — Treaty of Saint Petersburg",
        "the brief's own example"
    );
    assert_eq!(
        find(&host, "article.event")
            .get_attribute("data-event")
            .as_deref(),
        Some("treaty-of-st-petersburg-1875")
    );
    // The date in the calendar of the time appears beside the slider's date.
    assert!(text(&host, ".timeline-now").contains("25 April 1875 (O.S.)"));
    key(&host, "ArrowLeft").await;
    assert!(
        value_text(&host).starts_with("1868 — "),
        "{}",
        value_text(&host)
    );
    key(&host, "ArrowDown").await;
    assert_eq!(shown_date(&host), "1862");
    // Other keys are left to the browser.
    let slider = find(&host, "input[data-ui=date]");
    assert!(!press(&slider, "a"));
}

#[wasm_bindgen_test]
async fn page_keys_move_ten_years_and_home_end_go_to_the_ends() {
    let host = mount(texts()).await;
    type_date(&host, "1905-09-05").await;
    assert_eq!(shown_date(&host), "5 September 1905");
    key(&host, "PageUp").await;
    assert_eq!(shown_date(&host), "5 September 1915");
    key(&host, "PageDown").await;
    key(&host, "PageDown").await;
    assert_eq!(shown_date(&host), "5 September 1895");
    key(&host, "Home").await;
    // The first day is the first event's, which is dated to the year.
    assert_eq!(shown_date(&host), "1786");
    key(&host, "PageDown").await;
    assert_eq!(shown_date(&host), "1786", "clamped at the start");
    key(&host, "End").await;
    assert_eq!(shown_date(&host), "21 November 2025");
    key(&host, "PageUp").await;
    assert_eq!(shown_date(&host), "21 November 2025", "clamped at today");
    // The slider's value is a position on the track, at its end.
    let slider: HtmlInputElement = find(&host, "input[data-ui=date]").unchecked_into();
    assert_eq!(slider.value(), slider.max());
}

#[wasm_bindgen_test]
async fn typed_dates_go_there_and_bad_ones_get_a_message() {
    let host = mount(texts()).await;
    type_date(&host, " 1939-05 ").await;
    assert_eq!(shown_date(&host), "1 May 1939");
    assert_eq!(text(&host, ".entry-message"), "");
    type_date(&host, "1875").await;
    assert_eq!(shown_date(&host), "1 January 1875");
    for (bad, says) in [
        ("1939-5", "two digits"),
        ("next year", "“next year” is not a date"),
        ("1700", "outside the timeline"),
        ("1905-02-30", "no such day"),
        ("", "YYYY"),
    ] {
        type_date(&host, bad).await;
        let message = text(&host, ".entry-message");
        assert!(message.contains(says), "{bad:?}: {message}");
        assert_eq!(
            find(&host, "input[data-ui=date-entry]")
                .get_attribute("aria-invalid")
                .as_deref(),
            Some("true")
        );
        assert_eq!(
            shown_date(&host),
            "1 January 1875",
            "{bad:?} leaves the date"
        );
    }
    type_date(&host, "1945-08-09").await;
    assert_eq!(text(&host, ".entry-message"), "");
    assert_eq!(shown_date(&host), "9 August 1945");
}

#[wasm_bindgen_test]
async fn start_today_and_step_buttons() {
    let host = mount(texts()).await;
    click(&host, "button[data-ui=start]");
    leptos::task::tick().await;
    assert_eq!(shown_date(&host), "1786");
    click(&host, "button[data-ui=next-event]");
    leptos::task::tick().await;
    assert_eq!(
        find(&host, "article.event")
            .get_attribute("data-event")
            .as_deref(),
        Some("khvostov-raids-1806")
    );
    click(&host, "button[data-ui=prev-event]");
    leptos::task::tick().await;
    assert_eq!(
        find(&host, "article.event")
            .get_attribute("data-event")
            .as_deref(),
        Some("catherine-ii-claims-kurils-1786")
    );
    click(&host, "button[data-ui=today]");
    leptos::task::tick().await;
    assert_eq!(shown_date(&host), "21 November 2025");
}

#[wasm_bindgen_test]
async fn dragging_reads_the_scale_and_crowded_years_get_room() {
    let host = mount(texts()).await;
    let scale = scale();
    drag_to(&host, &scale, "1905-09-05").await;
    assert_eq!(shown_date(&host), "5 September 1905");
    drag_to(&host, &scale, "1860-06-01").await;
    assert!(value_text(&host).starts_with("1 June 1860 — Treaty of Shimoda (7 February 1855)"));
    // 1945 has two dozen events: it gets far more of the track than one year in 240 would.
    let year_1945 = scale.fraction(Date::parse("1946").unwrap().first_day())
        - scale.fraction(Date::parse("1945").unwrap().first_day());
    assert!(year_1945 > 0.05, "1945 takes {year_1945} of the track");
    // One tick per event day, placed by the same scale.
    let path = find(&host, ".ticks path")
        .get_attribute("d")
        .unwrap_or_default();
    let ticks = path.matches(" 0V10").count();
    assert_eq!(
        ticks,
        path.matches('M').count(),
        "each tick is a move and a line: {path}"
    );
    let length = js_sys::Reflect::get(&find(&host, ".ticks path"), &"getTotalLength".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call0(&find(&host, ".ticks path"))
        .unwrap()
        .as_f64()
        .unwrap_or_default();
    assert!(length > 0.0, "the ticks are drawn");
    assert!((140..=166).contains(&ticks), "{ticks} ticks");
    let bands = text(&host, ".eras");
    for era in ["Tokugawa", "Meiji–Taishō", "Cold War", "After 1991"] {
        assert!(bands.contains(era), "{bands}");
    }
}

#[wasm_bindgen_test]
async fn filters_narrow_the_list_and_say_how_many() {
    let host = mount(texts()).await;
    let all = visible_items(&host).len();
    assert_eq!(all, 166);
    assert_eq!(text(&host, "[data-ui=event-count]"), "166 of 166 events");
    choose(&host, "filter-region", "kurils").await;
    let kurils = visible_items(&host);
    assert!(kurils.len() > 20 && kurils.len() < all, "{}", kurils.len());
    assert!(kurils.contains(&"soviet-japanese-joint-declaration-1956".to_string()));
    assert!(!kurils.contains(&"battle-of-khalkhin-gol-1939".to_string()));
    assert_eq!(
        text(&host, "[data-ui=event-count]"),
        format!("{} of 166 events", kurils.len())
    );
    choose(&host, "filter-kind", "treaty").await;
    let treaties = visible_items(&host);
    assert!(!treaties.is_empty() && treaties.len() < kurils.len());
    assert!(treaties.contains(&"treaty-of-shimoda-1855".to_string()));
    choose(&host, "filter-region", "all").await;
    choose(&host, "filter-kind", "all").await;
    choose(&host, "filter-doc", "background").await;
    assert_eq!(visible_items(&host).len(), 5);
    choose(&host, "filter-doc", "miller-2004").await;
    let miller = visible_items(&host);
    assert!(miller.contains(&"treaty-of-portsmouth-1905".to_string()));
    assert!(!miller.contains(&"mukden-incident-1931".to_string()));
    // Moving the slider leaves the filtered list alone.
    type_date(&host, "1950").await;
    assert_eq!(visible_items(&host), miller);
    click(&host, "button[data-ui=filter-reset]");
    leptos::task::tick().await;
    assert_eq!(visible_items(&host).len(), 166);
    let doc: HtmlSelectElement = find(&host, "select[data-ui=filter-doc]").unchecked_into();
    sleep(50).await;
    assert_eq!(doc.value(), "all");
}

#[wasm_bindgen_test]
async fn choosing_an_event_shows_its_quotes_note_and_sources() {
    let host = mount(texts()).await;
    click(&host, "button[data-event=treaty-of-portsmouth-1905]");
    leptos::task::tick().await;
    let panel = find(&host, "article.event");
    assert_eq!(
        panel.get_attribute("data-event").as_deref(),
        Some("treaty-of-portsmouth-1905")
    );
    let quotes = panel.query_selector_all("blockquote").unwrap();
    assert_eq!(quotes.length(), 5);
    let cite = text(&host, "article.event blockquote footer");
    assert!(
        cite.contains("Shulatov")
            && cite.contains("Russia in Global Affairs")
            && cite.contains("2019"),
        "{cite}"
    );
    let flagged = find(&host, "article.event blockquote.quote-error");
    assert!(flagged
        .text_content()
        .unwrap()
        .contains("contains a mistake"));
    assert!(flagged.text_content().unwrap().contains("Stalin"));
    let note = text(&host, "article.event .event-note");
    assert!(
        note.starts_with("Note on the sources") && note.contains("Ahn"),
        "{note}"
    );
    let head = text(&host, "article.event .event-date");
    assert!(
        head.contains("5 September 1905") && head.contains("23 August 1905 (O.S.)"),
        "{head}"
    );
    assert!(text(&host, "article.event .badges").contains("Treaty"));
    assert!(text(&host, "article.event .badges").contains("Sakhalin"));
    assert!(text(&host, "article.event .date-reference").contains("Treaty of Portsmouth"));
    assert_eq!(
        find(&host, "button[data-event=treaty-of-portsmouth-1905]")
            .get_attribute("aria-current")
            .as_deref(),
        Some("true")
    );
    assert_eq!(shown_date(&host), "5 September 1905");

    // A background event says so and gives its reference; a span shows both ends.
    click(
        &host,
        "button[data-event=soviet-occupation-of-southern-sakhalin-1945]",
    );
    leptos::task::tick().await;
    let panel = find(&host, "article.event");
    let body = panel.text_content().unwrap();
    assert!(
        body.contains("Background — not in the five documents"),
        "{body}"
    );
    assert!(body.contains("August Storm"), "{body}");
    assert!(body.contains("11 August 1945 – 25 August 1945"), "{body}");
    assert!(panel.query_selector("blockquote").unwrap().is_none());
    assert!(find(&host, "button[data-event=treaty-of-portsmouth-1905]")
        .get_attribute("aria-current")
        .is_none());
}

#[wasm_bindgen_test]
async fn the_list_follows_the_slider_without_scrolling_the_page() {
    let host = mount(texts()).await;
    let list: HtmlElement = find(&host, "nav.event-list").unchecked_into();
    // No style sheet in the test page: give the list the height it has on screen.
    list.style().set_property("height", "120px").unwrap();
    list.style().set_property("overflow-y", "auto").unwrap();
    list.style().set_property("position", "relative").unwrap();
    let page = document().scrolling_element().unwrap();
    page.set_scroll_top(0);
    let scale = scale();
    drag_to(&host, &scale, "1956-10-20").await;
    // The list scrolls at the next frame.
    sleep(50).await;
    let current = find(&host, ".event-list [aria-current=true]");
    assert_eq!(
        current.get_attribute("data-event").as_deref(),
        Some("soviet-japanese-joint-declaration-1956")
    );
    let (list_box, item_box) = (
        list.get_bounding_client_rect(),
        current.get_bounding_client_rect(),
    );
    assert!(list.scroll_top() > 0);
    assert!(
        item_box.top() >= list_box.top() && item_box.bottom() <= list_box.bottom(),
        "the item is in the list's view"
    );
    assert_eq!(page.scroll_top(), 0, "the page did not scroll");
    drag_to(&host, &scale, "1790-01-01").await;
    sleep(50).await;
    assert!(
        list.scroll_top() < 60,
        "back at the top: {}",
        list.scroll_top()
    );
}

#[wasm_bindgen_test]
async fn play_advances_the_date_and_stops_at_today() {
    let host = mount(texts()).await;
    type_date(&host, "1900").await;
    let play = find(&host, "button[data-ui=play]");
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("false"));
    click(&host, "button[data-ui=play]");
    leptos::task::tick().await;
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("true"));
    sleep(400).await;
    let day = |host: &HtmlElement| {
        let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
        scale().day_at(slider.value().parse().unwrap())
    };
    let moved = day(&host);
    assert!(
        moved > Date::parse("1900-06-01").unwrap().first_day(),
        "five years a second for 0.4 s: {}",
        shown_date(&host)
    );
    click(&host, "button[data-ui=play]");
    leptos::task::tick().await;
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("false"));
    let paused = day(&host);
    sleep(150).await;
    assert_eq!(day(&host), paused, "paused");
    // The URL caught up with the date when playback stopped.
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(
        search.contains(&format!("date={}", paused.date())),
        "{search}"
    );

    choose(&host, "speed", "20").await;
    type_date(&host, "2025-10").await;
    click(&host, "button[data-ui=play]");
    sleep(400).await;
    assert_eq!(shown_date(&host), "21 November 2025");
    assert_eq!(play.get_attribute("aria-pressed").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn a_slider_step_is_fast() {
    let host = mount(texts()).await;
    let scale = scale();
    let performance = web_sys::window().unwrap().performance().unwrap();
    let slider: HtmlInputElement = find(&host, "input[data-ui=date]").unchecked_into();
    let steps = 300;
    let (mut handler, mut total) = (0.0, 0.0);
    for i in 0..steps {
        let position = f64::from(i) * scale.position(TODAY) / f64::from(steps);
        let start = performance.now();
        slider.set_value(&position.to_string());
        slider
            .dispatch_event(&web_sys::Event::new("input").unwrap())
            .unwrap();
        handler += performance.now() - start;
        leptos::task::tick().await;
        total += performance.now() - start;
    }
    // The same wait with nothing to do, to take out of the total.
    let start = performance.now();
    for _ in 0..steps {
        leptos::task::tick().await;
    }
    let idle = performance.now() - start;
    let n = f64::from(steps);
    let per_step = (total - idle) / n;
    // Keyboard steps from event to event: each changes the event shown, the list's mark and the
    // history entry.
    key(&host, "Home").await;
    let slider = find(&host, "input[data-ui=date]");
    let start = performance.now();
    for _ in 0..100 {
        press(&slider, "ArrowRight");
        leptos::task::tick().await;
    }
    let per_event = (performance.now() - start - idle / n * 100.0) / 100.0;
    // A history write, which the slider defers while it moves.
    let start = performance.now();
    for i in 0..20 {
        let state = atlas_model::link::LinkState {
            date: Some(atlas_model::Day(i).date()),
            ..Default::default()
        };
        frontier_atlas::url::replace(&state);
    }
    let per_write = (performance.now() - start) / 20.0;
    console_log!(
        "slider step: handler {:.3} ms, with DOM update {per_step:.3} ms; step to the next event {per_event:.3} ms; URL replaceState {per_write:.3} ms",
        handler / n
    );
    assert!(per_step < 20.0, "{per_step} ms per step");
}
