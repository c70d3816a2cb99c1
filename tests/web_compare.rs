//! Two maps of one frontier, mounted in headless Chromium with the committed data: both maps
//! draw their own moment, the list says what changed, and the second map's controls, the swap
//! and the divider work as a reader uses them.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn control_in(host: &web_sys::HtmlElement, side: &str, unit: &str) -> Option<String> {
    attribute(
        host,
        &format!("[data-ui=map][data-side={side}] [data-unit={unit}]"),
        "data-control",
    )
}

#[wasm_bindgen_test]
async fn two_dates_draw_two_maps_and_the_list_says_what_changed() {
    let host = page().await;
    open_link("date=1905-09-04&compare=1905-09-06&view=sakhalin").await;
    wait_until("the second map", || {
        host.query_selector("[data-ui=map][data-side=b] [data-unit]")
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(
        control_in(&host, "a", "northern-sakhalin").as_deref(),
        Some("japan")
    );
    assert_eq!(
        control_in(&host, "b", "northern-sakhalin").as_deref(),
        Some("russia")
    );
    let north = text(&host, "[data-ui=changes] li[data-unit=northern-sakhalin]");
    assert!(north.contains("Japan → the Russian Empire"), "{north}");
    assert!(host
        .query_selector("[data-ui=changes] li[data-unit=hokkaido]")
        .unwrap()
        .is_none());
    // Swapped: the first map takes the second's date, and the list turns round.
    click(&host, "[data-ui=compare-swap]").await;
    wait_until("the swap", || {
        control_in(&host, "a", "northern-sakhalin").as_deref() == Some("russia")
    })
    .await;
    let north = text(&host, "[data-ui=changes] li[data-unit=northern-sakhalin]");
    assert!(north.contains("the Russian Empire → Japan"), "{north}");
    assert!(search().contains("date=1905-09-06") && search().contains("compare=1905-09-04"));
}

#[wasm_bindgen_test]
async fn two_sides_on_one_date_and_the_second_maps_own_side() {
    let host = page().await;
    open_link("date=1960-01-01&perspective=japan&compare-perspective=russia&view=kurils").await;
    wait_until("the second map", || {
        host.query_selector("[data-ui=map][data-side=b] [data-unit]")
            .unwrap()
            .is_some()
    })
    .await;
    let view = |side: &str| {
        attribute(
            &host,
            &format!("[data-ui=map][data-side={side}] [data-unit=iturup]"),
            "data-view-holder",
        )
    };
    assert_eq!(view("a").as_deref(), Some("japan"));
    assert_eq!(view("b").as_deref(), Some("russia"));
    let captions = text(&host, "[data-ui=compare]");
    assert!(
        captions.contains("As Japan saw it") && captions.contains("As the Soviet Union saw it"),
        "{captions}"
    );
    // The divider moves with the keyboard, in steps of 5 %.
    let divider = find(&host, "[data-ui=swipe]");
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("50")
    );
    press(&divider, "ArrowRight");
    settle().await;
    assert_eq!(
        divider.get_attribute("aria-valuenow").as_deref(),
        Some("55")
    );
    // Back to one map.
    click(&host, "[data-ui=compare-close]").await;
    wait_until("one map", || {
        host.query_selector("[data-ui=compare]").unwrap().is_none()
    })
    .await;
    assert!(!search().contains("compare"));
}
