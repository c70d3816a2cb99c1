//! Map tests: the atlas mounted in headless Chromium with the committed data and the page's own
//! styles; the view box as the zoom buttons and view presets set it.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_view_box_starts_at_the_overview_and_zoom_buttons_change_it() {
    let host = page().await;
    let start = view_box(&host);
    assert!(close(start, preset("overview")), "{start:?}");
    click(&host, "[data-ui=zoom-in]").await;
    let zoomed = view_box(&host);
    assert!(zoomed[2] < start[2] * 0.8, "{zoomed:?} from {start:?}");
    // Zooming keeps the middle of the screen.
    let mid = |b: [f64; 4]| (b[0] + b[2] / 2.0, b[1] + b[3] / 2.0);
    assert!((mid(zoomed).0 - mid(start).0).abs() < 1.0);
    assert!((mid(zoomed).1 - mid(start).1).abs() < 1.0);
    click(&host, "[data-ui=zoom-out]").await;
    click(&host, "[data-ui=zoom-out]").await;
    assert!(view_box(&host)[2] > zoomed[2] * 2.0);
    click(&host, "[data-ui=zoom-reset]").await;
    assert!(close(view_box(&host), start));
}

#[wasm_bindgen_test]
async fn zoom_stops_near_ten_kilometres() {
    let host = page().await;
    click(&host, "[data-ui=view-kurils]").await;
    for _ in 0..30 {
        find(&host, "[data-ui=zoom-in]")
            .unchecked_into::<HtmlElement>()
            .click();
    }
    settle().await;
    let [_, _, w, h] = view_box(&host);
    assert!((w.min(h) - 10.0).abs() < 0.01, "{w} × {h}");
}

#[wasm_bindgen_test]
async fn a_preset_button_frames_its_theatre_and_is_pressed() {
    let host = page().await;
    let pressed = |view: &str| attribute(&host, &format!("[data-ui=view-{view}]"), "aria-pressed");
    assert_eq!(pressed("overview").as_deref(), Some("true"));
    click(&host, "[data-ui=view-sakhalin]").await;
    assert!(close(view_box(&host), preset("sakhalin")));
    assert_eq!(pressed("sakhalin").as_deref(), Some("true"));
    assert_eq!(pressed("overview").as_deref(), Some("false"));
    assert!(search().contains("view=sakhalin"), "{}", search());
    // Reset goes back to the preset, not to the overview.
    click(&host, "[data-ui=zoom-in]").await;
    click(&host, "[data-ui=zoom-reset]").await;
    assert!(close(view_box(&host), preset("sakhalin")));
    click(&host, "[data-ui=view-khalkhin-gol]").await;
    assert!(close(view_box(&host), preset("khalkhin-gol")));
}

#[wasm_bindgen_test]
async fn a_link_keeps_the_precision_of_its_date() {
    let host = page().await;
    open_link("date=1905&utm_source=class").await;
    click(&host, "[data-ui=view-sakhalin]").await;
    // The year stays a year, and a parameter the atlas does not own stays too.
    let query = search();
    assert!(
        query.contains("date=1905&") || query.ends_with("date=1905"),
        "{query}"
    );
    assert!(query.contains("utm_source=class"), "{query}");
    // A date the reader moves to is written whole.
    open_link("date=1905-09").await;
    let slider = find(&host, "input[data-ui=date]");
    dispatch(
        &slider,
        "KeyboardEvent",
        "keydown",
        &[("key", "PageUp".into())],
    );
    settle().await;
    assert!(search().contains("date=1915-09-01"), "{}", search());
}

#[wasm_bindgen_test]
async fn a_date_out_of_reach_is_moved_to_the_nearest_end_with_a_notice() {
    let host = page().await;
    open_link("date=1000").await;
    let notices = text(&host, ".notices");
    assert!(
        notices.contains("The link’s date 1000 is outside"),
        "{notices}"
    );
    assert_eq!(slider_day(&host), atlas().first_day);
    open_link("date=9999").await;
    let notices = text(&host, ".notices");
    assert!(
        notices.contains("The link’s date 9999 is outside"),
        "{notices}"
    );
    assert_eq!(slider_day(&host), atlas().today);
}

#[wasm_bindgen_test]
async fn the_sources_are_credited_on_the_map() {
    let host = page().await;
    assert_eq!(
        text(&host, "[data-ui=map] .map-attribution"),
        "Natural Earth · DCW-GMT · GSHHG"
    );
}
