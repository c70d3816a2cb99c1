//! What the component tests share: the committed data, mounting the atlas page, and one set of
//! DOM helpers to read the page (`read`), to act on it as a reader would (`act`) and to wait for
//! it (`wait`).
#![cfg(target_arch = "wasm32")]
#![allow(dead_code)]

mod act;
mod read;
mod wait;

pub use act::*;
pub use read::*;
pub use wait::*;

use atlas_model::scene::MapBox;
use atlas_model::timeline::Scale;
use atlas_model::Day;
use frontier_atlas::boot::load::{self as data, Fetched};
use frontier_atlas::boot::AtlasPage;
use frontier_atlas::state::Atlas;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlElement;

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

/// The committed data's texts, in the order [`data::assemble`] takes them.
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

/// The page's document.
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
    // The page is built a part at a time and shown once whole.
    let page = host.clone();
    wait_until("the whole page", move || {
        page.query_selector(".atlas:not(.atlas-assembling)")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
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
