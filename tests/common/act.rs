//! Acting on the page as a reader would: clicking, scrolling the event list and choosing from
//! it, pressing keys, pointer events, moving the slider, typing a date, choosing from a select,
//! following a link with Back or Forward, and focusing.

use super::wait::next_paint;
use super::{find, rendered_items, scale, settle};
use atlas_model::Date;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// Scrolls the event list to `top` pixels, as a reader would, and lets it draw.
async fn scroll_list(list: &HtmlElement, top: i32) {
    list.set_scroll_top(top);
    list.dispatch_event(&web_sys::Event::new("scroll").unwrap())
        .unwrap();
    settle().await;
}

/// Scrolls the event list from top to bottom, calling `visit` with the rows in the page at
/// each stop until it returns true; true when it did.
async fn scan_list(host: &HtmlElement, mut visit: impl FnMut(Vec<String>) -> bool) -> bool {
    let list: HtmlElement = find(host, "nav.event-list").unchecked_into();
    // The list may still be about to bring the shown event into view.
    settle().await;
    let mut top = 0;
    loop {
        scroll_list(&list, top).await;
        if visit(rendered_items(host)) {
            return true;
        }
        if list.scroll_top() + list.client_height() >= list.scroll_height() {
            return false;
        }
        // A view on: the rows drawn beyond the view overlap the next stop's.
        top = list.scroll_top() + list.client_height().max(20);
    }
}

/// The ids of every event the list holds, in order, gathered by scrolling through it.
pub async fn listed(host: &HtmlElement) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    scan_list(host, |rows| {
        for id in rows {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        false
    })
    .await;
    ids
}

/// Scrolls the list to an event's row and clicks it, as a reader would.
pub async fn click_event(host: &HtmlElement, id: &str) {
    let found = scan_list(host, |rows| rows.iter().any(|r| r == id)).await;
    assert!(found, "no row for {id} in the list");
    click(host, &format!("button[data-event={id}]")).await;
}

/// Clicks the element, then lets the page and its layout follow.
pub async fn click(host: &HtmlElement, selector: &str) {
    find(host, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// Dispatches an event built by the browser's own constructor (e.g. `WheelEvent`), with the
/// given init fields; false when the page prevented the default action.
pub fn dispatch(target: &Element, class: &str, kind: &str, fields: &[(&str, JsValue)]) -> bool {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &JsValue::TRUE).unwrap();
    for (k, v) in fields {
        js_sys::Reflect::set(&init, &(*k).into(), v).unwrap();
    }
    let ctor: js_sys::Function = js_sys::Reflect::get(&web_sys::window().unwrap(), &class.into())
        .unwrap()
        .unchecked_into();
    let args = js_sys::Array::of2(&kind.into(), &init);
    let event: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .unchecked_into();
    target.dispatch_event(&event).unwrap()
}

/// Dispatches a key press on the element; true when the page prevented the default action.
pub fn press(element: &Element, key: &str) -> bool {
    !dispatch(element, "KeyboardEvent", "keydown", &[("key", key.into())])
}

/// Presses a key on the map.
pub async fn map_key(host: &HtmlElement, key: &str) {
    press(&find(host, "[data-ui=map]"), key);
    settle().await;
}

/// Presses a key on the date slider, which must take it over from the browser.
pub async fn slider_key(host: &HtmlElement, key: &str) {
    let slider = find(host, "input[data-ui=date]");
    assert!(
        press(&slider, key),
        "{key} should not also move the slider natively"
    );
    leptos::task::tick().await;
    next_paint().await;
}

/// Dispatches a primary mouse-like pointer event at a point of the page.
pub fn pointer(target: &Element, kind: &str, x: f64, y: f64) {
    dispatch(
        target,
        "PointerEvent",
        kind,
        &[
            ("pointerId", 7.into()),
            ("isPrimary", JsValue::TRUE),
            ("button", 0.into()),
            ("clientX", x.into()),
            ("clientY", y.into()),
        ],
    );
}

/// Moves the date slider to an ISO date, as dragging it would. The slider's value is a position
/// on the timeline's scale (`atlas_model::timeline::Scale`), not a day number.
pub async fn slide_to(host: &HtmlElement, iso: &str) {
    let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
    let day = Date::parse(iso).unwrap().first_day();
    slider.set_value(&scale().position(day).to_string());
    slider
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
    next_paint().await;
}

/// Types a date into the entry and submits it.
pub async fn type_date(host: &HtmlElement, text: &str) {
    let entry: HtmlInputElement = find(host, "input[data-ui=date-entry]").unchecked_into();
    entry.set_value(text);
    click(host, "button[data-ui=date-go]").await;
}

/// Chooses an option of the select `[data-ui=<select>]`.
pub async fn choose(host: &HtmlElement, select: &str, value: &str) {
    let select: HtmlSelectElement =
        find(host, &format!("select[data-ui={select}]")).unchecked_into();
    select.set_value(value);
    assert_eq!(select.value(), value, "{value} is an option");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
}

/// Opens a link's state as Back or Forward would (the page applies the URL on `popstate`).
pub async fn open_link(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{query}")))
        .unwrap();
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    settle().await;
}

/// Focuses an element of the map (an SVG element), as Tab would.
pub fn focus(el: &Element) {
    el.unchecked_ref::<web_sys::SvgElement>().focus().unwrap();
}
