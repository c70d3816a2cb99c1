//! Component tests: the atlas mounted in headless Chromium with the committed data, asserted on
//! through the DOM as a reader would see it.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn every_territory_carries_its_unit_and_controller() {
    let host = mount(texts()).await;
    let units = host.query_selector_all("[data-unit]").unwrap();
    assert!(units.length() >= 13, "{} units drawn", units.length());
    for id in [
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "southern-sakhalin",
    ] {
        assert_eq!(control_of(&host, id), "russia", "{id} today");
    }
}

#[wasm_bindgen_test]
async fn moving_the_slider_recolours_the_map() {
    let host = mount(texts()).await;
    slide_to(&host, "1900-01-01").await;
    assert_eq!(control_of(&host, "iturup"), "japan");
    assert_eq!(control_of(&host, "southern-sakhalin"), "russia");
    slide_to(&host, "1910-01-01").await;
    assert_eq!(control_of(&host, "southern-sakhalin"), "japan");
    slide_to(&host, "1860-06-01").await;
    assert_eq!(control_of(&host, "southern-sakhalin"), "joint");
    let slider = find(&host, "input[data-ui=date]");
    let text = slider.get_attribute("aria-valuetext").unwrap();
    assert!(text.starts_with("1 June 1860"), "aria-valuetext is {text}");
}

#[wasm_bindgen_test]
async fn choosing_an_event_shows_its_passages_and_citations() {
    let host = mount(texts()).await;
    click_event(&host, "treaty-of-portsmouth-1905").await;
    let panel = find(&host, "article.event");
    assert_eq!(
        panel.get_attribute("data-event").as_deref(),
        Some("treaty-of-portsmouth-1905")
    );
    let text = panel.text_content().unwrap();
    assert!(text.contains("Portsmouth"), "{text}");
    // Each document's passages with the document's citation.
    assert!(panel.query_selector(".voice blockquote").unwrap().is_some());
    assert!(panel.query_selector(".voice cite").unwrap().is_some());
    assert_eq!(control_of(&host, "southern-sakhalin"), "japan");
}

#[wasm_bindgen_test]
async fn a_broken_data_file_gives_a_message_not_a_panic() {
    let mut broken = texts();
    broken[file("claims.geojson")] = Ok("{ not json".into());
    broken[file("events.json")] = Err("HTTP 404".into());
    let host = mount(broken).await;
    let notices = text(&host, ".notices");
    assert!(notices.contains("claims.geojson"), "{notices}");
    assert!(notices.contains("events.json"), "{notices}");
    // The map still draws the territories.
    assert_eq!(control_of(&host, "iturup"), "russia");
}

#[wasm_bindgen_test]
async fn one_bad_record_is_left_out_alone_and_its_notice_stays_short() {
    let mut broken = texts();
    // An event with a hostile id (a right-to-left override, then 10,000 characters) and no
    // other field, first in the file; and one territory with a coordinate off the globe.
    let id = format!("\u{202e}{}", "x".repeat(10_000));
    let events = broken[file("events.json")].clone().unwrap();
    broken[file("events.json")] = Ok(events.replacen('[', &format!("[{{\"id\": \"{id}\"}},"), 1));
    let territories = broken[file("territories.geojson")].clone().unwrap();
    broken[file("territories.geojson")] =
        Ok(territories.replacen("\"coordinates\":[[[", "\"coordinates\":[[[1e308,0],[", 1));
    styles();
    let host = mount(broken).await;
    let notices = text(&host, ".notices");
    assert!(notices.contains("events.json, line 1"), "{notices}");
    assert!(
        notices.contains("U+202E"),
        "the override is shown, not obeyed: {notices}"
    );
    assert!(notices.contains("territories.geojson, line"), "{notices}");
    assert!(
        notices.chars().count() < 1_000,
        "{} characters",
        notices.chars().count()
    );
    // Everything else is kept: all the events, and 12 of the 13 territories.
    let n = event_count();
    assert_eq!(
        text(&host, "[data-ui=event-count]"),
        format!("{n} of {n} events")
    );
    let drawn = host.query_selector_all("[data-unit]").unwrap().length();
    assert_eq!(drawn, 12);
    // The notices wrap within their box (the end-to-end tier checks the page's width).
    let bar = find(&host, ".notices");
    assert!(
        bar.scroll_width() <= bar.client_width(),
        "{} px of text",
        bar.scroll_width()
    );
}

#[wasm_bindgen_test]
async fn a_broken_atlas_json_gives_a_message_and_the_built_in_one_is_used() {
    let mut broken = texts();
    broken[file("atlas.json")] = Ok(r#"{ "views": [] "#.into());
    let host = mount(broken).await;
    let notices = text(&host, ".notices");
    assert!(notices.contains("atlas.json"), "{notices}");
    assert!(notices.contains("built with"), "{notices}");
    // The atlas draws with the views, parties and eras it was built with.
    assert_eq!(control_of(&host, "iturup"), "russia");
    for view in ["overview", "kurils", "sakhalin", "khalkhin-gol"] {
        find(&host, &format!("[data-ui=view-{view}]"));
    }
    slide_to(&host, "1910-01-01").await;
    assert_eq!(control_of(&host, "southern-sakhalin"), "japan");
    assert!(text(&host, ".eras").contains("Meiji–Taishō"));
}
