//! What the component tests share: the committed data, mounting the atlas page, DOM helpers.
#![cfg(target_arch = "wasm32")]
#![allow(dead_code)]

use frontier_atlas::app::AtlasPage;
use frontier_atlas::data;
use frontier_atlas::state::Atlas;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

pub const TODAY: atlas_model::Day = atlas_model::Day(20_413);

pub fn texts() -> [Result<String, String>; 5] {
    [
        Ok(include_str!("../../geodata/events.json").into()),
        Ok(include_str!("../../geodata/sources.json").into()),
        Ok(include_str!("../../geodata/territories.geojson").into()),
        Ok(include_str!("../../geodata/claims.geojson").into()),
        Ok(include_str!("../../geodata/base.geojson").into()),
    ]
}

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the atlas page for the given data into a fresh element.
pub async fn mount(texts: [Result<String, String>; 5]) -> HtmlElement {
    let (atlas, notices): (Atlas, Vec<String>) = data::assemble(texts, TODAY);
    let atlas = Arc::new(atlas);
    // Each test starts from a link without parameters (an earlier test may have pushed some).
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path))
        .unwrap();
    let host: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    std::mem::forget(leptos::mount::mount_to(host.clone(), move || {
        view! { <AtlasPage atlas notices/> }
    }));
    leptos::task::tick().await;
    host
}

pub fn find(host: &HtmlElement, selector: &str) -> Element {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} not found"))
}

pub fn control_of(host: &HtmlElement, unit: &str) -> String {
    find(host, &format!("[data-unit={unit}]"))
        .get_attribute("data-control")
        .unwrap_or_default()
}

/// Moves the date slider to an ISO date, as dragging it would. The slider's value is a position
/// on the timeline's scale (`atlas_model::timeline::Scale`), not a day number.
pub async fn slide_to(host: &HtmlElement, iso: &str) {
    let (atlas, _) = data::assemble(texts(), TODAY);
    let scale = atlas_model::timeline::Scale::new(
        atlas.record.events().iter().map(atlas_model::Event::day),
        atlas.first_day,
        atlas.today,
    );
    let slider: HtmlInputElement = find(host, "input[data-ui=date]").unchecked_into();
    let day = atlas_model::Date::parse(iso).unwrap().first_day();
    slider.set_value(&scale.position(day).to_string());
    slider
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;
}
