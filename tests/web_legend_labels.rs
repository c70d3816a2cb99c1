//! What the map writes: the legend of what is on screen and the territories' labels, in the
//! atlas mounted with the committed data and the page's own styles.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_legend_lists_only_what_is_on_screen() {
    let host = page().await;
    assert!(legend_shows(&host, "russia"));
    assert!(legend_shows(&host, "japan"));
    assert!(legend_shows(&host, "disputed"));
    assert!(!legend_shows(&host, "manchukuo"));
    assert!(!legend_shows(&host, "occupation"));
    open_link("date=1939-07-01").await;
    assert!(legend_shows(&host, "manchukuo"));
    assert!(legend_shows(&host, "contested"));
    assert!(legend_shows(&host, "claim"));
    // Manchukuo's river line claims the strip that Mongolia held.
    assert!(legend_shows(&host, "disputed"));
    assert!(text(&host, ".map-legend [data-legend=russia]").contains("Soviet Union"));
    click(&host, "[data-ui=view-kurils]").await;
    assert!(!legend_shows(&host, "manchukuo"), "Manchuria is off screen");
    assert!(!legend_shows(&host, "mongolia"));
    assert!(legend_shows(&host, "japan"));
}

#[wasm_bindgen_test]
async fn every_name_of_a_party_is_the_name_of_the_date_shown() {
    let host = page().await;
    open_link("date=1900&view=kurils").await;
    let legend = || text(&host, ".map-legend [data-legend=russia]");
    assert!(legend().contains("Russian Empire"), "{}", legend());
    // To today, as the Today button does: the names follow, not only the table.
    slider_key(&host, "End").await;
    assert!(legend().ends_with("Russia"), "{}", legend());
    let option = text(&host, "select[data-ui=perspective] option[value=russia]");
    assert!(
        option.contains("Russia") && !option.contains("Empire"),
        "{option}"
    );
    let label = attribute(&host, "[data-unit=iturup]", "aria-label").unwrap_or_default();
    assert!(!label.contains("Empire"), "{label}");
}

#[wasm_bindgen_test]
async fn labels_follow_the_language_and_small_islands_get_them_in_their_theatre() {
    let host = page().await;
    assert!(label(&host, "hokkaido")
        .text_content()
        .unwrap()
        .contains("Hokkaido"));
    assert!(is_shown(&label(&host, "hokkaido")));
    assert!(
        !is_shown(&label(&host, "habomai")),
        "too small in the overview"
    );
    // The legend folded, as a reader folds it on a small map: labels keep clear of an open one.
    click(&host, ".map-legend summary").await;
    click(&host, "[data-ui=view-kurils]").await;
    let habomai = label(&host, "habomai");
    assert!(is_shown(&habomai));
    // Offset to the sea with a leader line.
    assert!(is_shown(
        &habomai.query_selector(".leader").unwrap().unwrap()
    ));
    for unit in ["iturup", "kunashir", "shikotan"] {
        assert!(is_shown(&label(&host, unit)), "{unit}");
    }
    // The labels do not overlap.
    let boxes: Vec<web_sys::DomRect> = ["iturup", "kunashir", "shikotan", "habomai"]
        .iter()
        .map(|u| {
            label(&host, u)
                .query_selector("text")
                .unwrap()
                .unwrap()
                .get_bounding_client_rect()
        })
        .collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a.right() <= b.left()
                || b.right() <= a.left()
                || a.bottom() <= b.top()
                || b.bottom() <= a.top();
            assert!(apart, "labels overlap");
        }
    }
    // A language is shown once its words have arrived.
    let named = |name: &'static str| {
        let host = host.clone();
        move || label(&host, "iturup").text_content().as_deref() == Some(name)
    };
    choose(&host, "lang", "ja").await;
    wait_until("Iturup labelled in Japanese", named("択捉島")).await;
    choose(&host, "lang", "ru").await;
    wait_until("Iturup labelled in Russian", named("Итуруп")).await;
}

#[wasm_bindgen_test]
async fn labels_keep_their_screen_size_when_zooming() {
    let host = page().await;
    click(&host, "[data-ui=view-sakhalin]").await;
    let text = || {
        label(&host, "southern-sakhalin")
            .query_selector("text")
            .unwrap()
            .unwrap()
            .get_bounding_client_rect()
    };
    let before = text().height();
    click(&host, "[data-ui=zoom-in]").await;
    let after = text().height();
    assert!(before > 8.0, "{before}");
    assert!((before - after).abs() < 1.0, "{before} → {after}");
}
