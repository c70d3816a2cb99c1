//! Reading the page: an element, its text and attributes, who holds a territory, the event and
//! date shown, computed styles, the rows the event list draws, the map's box and its labels.

use super::{atlas, scale};
use atlas_model::Day;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

/// The element `selector` finds under `host`; panics when there is none.
pub fn find(host: &HtmlElement, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

/// The text of the element `selector` finds.
pub fn text(host: &HtmlElement, selector: &str) -> String {
    find(host, selector).text_content().unwrap_or_default()
}

/// An attribute of the element `selector` finds.
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

/// The day the slider's position stands for.
pub fn slider_day(host: &HtmlElement) -> Day {
    let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
    scale().day_at(slider.value().parse().unwrap())
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

/// Whether the element is laid out (its `display` is not `none`).
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

/// The map's viewBox: x, y, width, height.
pub fn view_box(host: &HtmlElement) -> [f64; 4] {
    let text = attribute(host, "[data-ui=map] svg", "viewBox").unwrap();
    let v: Vec<f64> = text
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    [v[0], v[1], v[2], v[3]]
}

/// Whether two boxes are the same, to rounding.
pub fn close(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
}

/// Whether the legend shows the party `key`.
pub fn legend_shows(host: &HtmlElement, key: &str) -> bool {
    let item = find(host, &format!(".map-legend [data-legend={key}]"));
    !item.has_attribute("hidden") && is_shown(&item)
}

/// The map label of a territory.
pub fn label(host: &HtmlElement, unit: &str) -> Element {
    find(host, &format!("[data-label={unit}]"))
}
