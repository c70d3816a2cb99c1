//! What the component tests share: the committed data, mounting the atlas page, and one set of
//! DOM helpers to read the page and to act on it as a reader would.
#![cfg(target_arch = "wasm32")]
#![allow(dead_code)]

use atlas_model::scene::MapBox;
use atlas_model::timeline::Scale;
use atlas_model::{Date, Day};
use frontier_atlas::boot::load::{self as data, Fetched};
use frontier_atlas::boot::AtlasPage;
use frontier_atlas::state::Atlas;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

pub const TODAY: Day = Day(20_413);

/// The committed data files, by their path in [`data::PATHS.into_array()`].
const COMMITTED: [(&str, &str); 6] = [
    (
        "geodata/atlas.json",
        include_str!("../../geodata/atlas.json"),
    ),
    (
        "geodata/events.json",
        include_str!("../../geodata/events.json"),
    ),
    (
        "geodata/sources.json",
        include_str!("../../geodata/sources.json"),
    ),
    (
        "geodata/territories.geojson",
        include_str!("../../geodata/territories.geojson"),
    ),
    (
        "geodata/claims.geojson",
        include_str!("../../geodata/claims.geojson"),
    ),
    (
        "geodata/base.geojson",
        include_str!("../../geodata/base.geojson"),
    ),
];

/// The committed data's texts, in the order [`data::assemble`] takes them.
/// How many events the committed record holds.
pub fn event_count() -> usize {
    let all = texts();
    let text = |name: &str| {
        let i = data::PATHS
            .into_array()
            .iter()
            .position(|f| f.ends_with(name))
            .unwrap();
        all[i].clone().unwrap()
    };
    atlas_model::Record::from_json(&text("events.json"), &text("sources.json"))
        .unwrap()
        .len()
}

pub fn texts() -> [Fetched; 6] {
    data::PATHS.into_array().map(|path| {
        COMMITTED
            .iter()
            .find(|(p, _)| *p == path)
            .map(|(_, text)| Ok(text.to_string()))
            .unwrap_or_else(|| panic!("{path} is not among the committed files"))
    })
}

/// The position in [`data::PATHS.into_array()`] (and in [`texts`]) of the file with this name.
pub fn file(name: &str) -> usize {
    data::PATHS
        .into_array()
        .iter()
        .position(|path| path.rsplit('/').next() == Some(name))
        .unwrap_or_else(|| panic!("{name} is not a data file"))
}

/// The atlas the page builds from the committed data.
pub fn atlas() -> Arc<Atlas> {
    thread_local! {
        static ATLAS: Arc<Atlas> = Arc::new(data::assemble(texts().into(), TODAY).0);
    }
    ATLAS.with(Arc::clone)
}

/// The slider's scale for the committed data, as the page builds it.
pub fn scale() -> Scale {
    atlas().scale()
}

/// The projected box of the view preset with this id, as x, y, width, height.
pub fn preset(id: &str) -> [f64; 4] {
    let atlas = atlas();
    let view = atlas
        .config
        .find_view(id)
        .unwrap_or_else(|| panic!("no view {id}"));
    let [x0, y0, x1, y1]: MapBox = atlas.view_box(view);
    [x0, y0, x1 - x0, y1 - y0]
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The page's query string, with its `?`.
pub fn search() -> String {
    web_sys::window().unwrap().location().search().unwrap()
}

/// Mounts the atlas page for the given data into a fresh element.
pub async fn mount(texts: [Fetched; 6]) -> HtmlElement {
    let (atlas, notices): (Atlas, Vec<atlas_model::words::Message>) =
        data::assemble(texts.into(), TODAY);
    let atlas = Arc::new(atlas);
    // Each test starts from a link without parameters (an earlier test may have pushed some).
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&path))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), move || {
        view! { <AtlasPage atlas notices/> }
    }));
    leptos::task::tick().await;
    host
}

/// Loads the page's styles once, and gives the map a fixed size, so layout-dependent behaviour
/// (label placement, legend) is what a reader on a desktop sees.
pub fn styles() {
    if document().get_element_by_id("map-test-styles").is_some() {
        return;
    }
    let style = document().create_element("style").unwrap();
    style.set_id("map-test-styles");
    style.set_text_content(Some(&format!(
        "{}\n{}\n{}\n.atlas-map {{ width: 900px; height: 600px; }} .atlas {{ height: auto; }}",
        include_str!("../../public/atlas.css"),
        include_str!("../../public/map.css"),
        include_str!("../../public/events.css")
    )));
    document().head().unwrap().append_child(&style).unwrap();
}

/// Mounts the atlas with the committed data and the page's styles, once laid out.
pub async fn page() -> HtmlElement {
    styles();
    let host = mount(texts()).await;
    // The map measures itself once laid out.
    settle().await;
    host
}

/// Waits `ms` milliseconds, then lets effects run.
pub async fn sleep(ms: u32) {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    let _timeout = gloo::timers::callback::Timeout::new(ms, move || {
        let _ = done.send(());
    });
    let _ = wait.await;
    leptos::task::tick().await;
}

/// Lets effects run, then the browser paint a frame and run what follows it (the event panel
/// follows the slider after the frame; see `frontier_atlas::schedule`).
pub async fn settle() {
    leptos::task::tick().await;
    next_paint().await;
    sleep(20).await;
}

/// Waits for the next frame to be painted and a task after it to run.
pub async fn next_paint() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = done.send(());
        })
        .forget();
    });
    let _ = wait.await;
    drop(frame);
    leptos::task::tick().await;
}

pub fn find(host: &HtmlElement, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

pub fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

pub fn attribute(host: &HtmlElement, selector: &str, name: &str) -> Option<String> {
    find(host, selector).get_attribute(name)
}

/// Who holds a territory, as its `data-control` says.
pub fn control_of(host: &HtmlElement, unit: &str) -> String {
    attribute(host, &format!("[data-unit={unit}]"), "data-control").unwrap_or_default()
}

/// The event the panel shows.
pub fn shown_event(host: &HtmlElement) -> Option<String> {
    attribute(host, "article.event", "data-event")
}

/// The date under the slider's thumb.
pub fn shown_date(host: &HtmlElement) -> String {
    text(host, ".slider-date")
}

/// What the slider says to screen readers.
pub fn value_text(host: &HtmlElement) -> String {
    attribute(host, "input[data-ui=date]", "aria-valuetext").unwrap_or_default()
}

/// A CSS property of the element as the browser computed it.
pub fn computed(el: &Element, property: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(el)
        .unwrap()
        .unwrap()
        .get_property_value(property)
        .unwrap()
}

pub fn is_shown(el: &Element) -> bool {
    computed(el, "display") != "none"
}

/// A party's colour in `atlas.json`, as the browser computes it (`rgb(r, g, b)`).
pub fn party_colour(key: &str) -> String {
    let atlas = atlas();
    let parties = &atlas.config.parties;
    let hex = parties
        .find(key)
        .and_then(|p| parties.info(p))
        .map(|info| info.colour.trim_start_matches('#').to_string())
        .unwrap_or_else(|| panic!("no party {key}"));
    let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).unwrap();
    format!("rgb({}, {}, {})", channel(0), channel(2), channel(4))
}

/// The ids of the events whose rows are in the page (the list draws those near its view).
pub fn rendered_items(host: &HtmlElement) -> Vec<String> {
    let items = host
        .query_selector_all(".event-list li button[data-event]")
        .unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i))
        .filter_map(|b| b.unchecked_into::<Element>().get_attribute("data-event"))
        .collect()
}

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

/// The day the slider's position stands for.
pub fn slider_day(host: &HtmlElement) -> Day {
    let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
    scale().day_at(slider.value().parse().unwrap())
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

/// The map's viewBox: x, y, width, height.
pub fn view_box(host: &HtmlElement) -> [f64; 4] {
    let text = attribute(host, "[data-ui=map] svg", "viewBox").unwrap();
    let v: Vec<f64> = text
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    [v[0], v[1], v[2], v[3]]
}

pub fn close(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
}

pub fn legend_shows(host: &HtmlElement, key: &str) -> bool {
    let item = find(host, &format!(".map-legend [data-legend={key}]"));
    !item.has_attribute("hidden") && is_shown(&item)
}

pub fn label(host: &HtmlElement, unit: &str) -> Element {
    find(host, &format!("[data-label={unit}]"))
}

pub fn focus(el: &Element) {
    el.unchecked_ref::<web_sys::SvgElement>().focus().unwrap();
}
