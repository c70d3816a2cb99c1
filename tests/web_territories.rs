//! Territories and claims on the map: fills, patterns and outlines by date, tooltips, and the
//! event behind a territory's status, in the atlas mounted with the page's own styles.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn territories_are_filled_by_holder_with_patterns_that_do_not_need_colour() {
    let host = page().await;
    open_link("date=1922-01-01").await;
    let north = find(&host, "[data-unit=northern-sakhalin]");
    assert_eq!(
        north.get_attribute("data-control").as_deref(),
        Some("japan")
    );
    assert_eq!(
        north.get_attribute("data-pattern").as_deref(),
        Some("occupation")
    );
    // The fill is a hatching of this map, over the holder's colour.
    let fill = computed(&north, "fill");
    let id = fill
        .split('#')
        .nth(1)
        .and_then(|s| s.split(['"', ')']).next())
        .unwrap_or_else(|| panic!("not a pattern: {fill}"))
        .to_string();
    let hatching = host
        .query_selector(&format!("pattern#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("{fill} is not in this map"));
    assert!(hatching.query_selector(".hatch").unwrap().is_some());
    let ground = hatching.query_selector("rect").unwrap().unwrap();
    assert_eq!(computed(&ground, "fill"), party_colour("japan"));
    let south = find(&host, "[data-unit=southern-sakhalin]");
    assert_eq!(south.get_attribute("data-pattern"), None);
    assert_eq!(computed(&south, "fill"), party_colour("japan"));

    let pattern = |unit: &str| attribute(&host, &format!("[data-unit={unit}]"), "data-pattern");
    open_link("date=1860-01-01").await;
    assert_eq!(pattern("southern-sakhalin").as_deref(), Some("joint"));
    open_link("date=1939-07-01").await;
    assert_eq!(pattern("khalkhin-gol-strip").as_deref(), Some("contested"));
    // Before any state ruled it: indigenous lands, drawn in their own colour.
    open_link("date=1790-01-01").await;
    assert_eq!(control_of(&host, "iturup"), "indigenous");
    assert_eq!(
        computed(&find(&host, "[data-unit=iturup]"), "fill"),
        party_colour("indigenous")
    );
}

#[wasm_bindgen_test]
async fn the_four_islands_are_marked_disputed_after_1951_with_a_dashed_outline() {
    let host = page().await;
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        let el = find(&host, &format!("[data-unit={unit}]"));
        assert_eq!(el.get_attribute("data-disputed").as_deref(), Some("japan"));
        let style = web_sys::window()
            .unwrap()
            .get_computed_style(&el)
            .unwrap()
            .unwrap();
        let dash = style.get_property_value("stroke-dasharray").unwrap();
        assert!(dash != "none" && !dash.is_empty(), "{unit}: {dash}");
    }
    assert_eq!(attribute(&host, "[data-unit=urup]", "data-disputed"), None);
    // Japan did not recognise the annexation until San Francisco; from 1951 to 1956 it
    // claimed only Shikotan and the Habomai.
    open_link("date=1950-01-01").await;
    assert_eq!(
        attribute(&host, "[data-unit=iturup]", "data-disputed").as_deref(),
        Some("japan")
    );
    open_link("date=1953-01-01").await;
    assert_eq!(
        attribute(&host, "[data-unit=iturup]", "data-disputed"),
        None
    );
    assert_eq!(
        attribute(&host, "[data-unit=shikotan]", "data-disputed").as_deref(),
        Some("japan")
    );
}

#[wasm_bindgen_test]
async fn claims_are_drawn_only_while_they_stand() {
    let host = page().await;
    let portsmouth = find(&host, "[data-claim=portsmouth-50th-parallel-1905]");
    assert!(!is_shown(&portsmouth));
    open_link("date=1920-01-01").await;
    assert!(is_shown(&portsmouth));
    let line = portsmouth.query_selector(".claim").unwrap().unwrap();
    assert!(line
        .get_attribute("class")
        .unwrap()
        .contains("kind-treaty-border"));
    assert!(!is_shown(&find(
        &host,
        "[data-claim=japan-claim-four-islands]"
    )));
}

#[wasm_bindgen_test]
async fn focus_on_a_territory_shows_its_tooltip_in_three_languages() {
    let host = page().await;
    let tooltip = find(&host, "[data-ui=map-tooltip]");
    assert!(tooltip.has_attribute("hidden"));
    let iturup = find(&host, "[data-unit=iturup]");
    assert_eq!(iturup.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(iturup.get_attribute("role").as_deref(), Some("button"));
    let name = iturup.get_attribute("aria-label").unwrap();
    assert!(name.contains("Iturup") && name.contains("Russia"), "{name}");
    assert_eq!(iturup.get_attribute("aria-describedby"), Some(tooltip.id()));
    focus(&iturup);
    settle().await;
    assert!(!tooltip.has_attribute("hidden"));
    let text = tooltip.text_content().unwrap();
    for part in [
        "Iturup",
        "択捉島",
        "Итуруп",
        "Held by Russia since 2 February 1946",
        "Claimed by Japan",
    ] {
        assert!(text.contains(part), "{part} not in {text}");
    }
    open_link("date=1945-12-01").await;
    focus(&iturup);
    settle().await;
    let text = tooltip.text_content().unwrap();
    assert!(
        text.contains("Held by the Soviet Union since 28 August 1945"),
        "{text}"
    );
    assert!(text.contains("occupation"), "{text}");
    iturup
        .unchecked_ref::<web_sys::SvgElement>()
        .blur()
        .unwrap();
    settle().await;
    assert!(tooltip.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn enter_or_click_on_a_territory_shows_the_event_that_gave_it_its_status() {
    let host = page().await;
    open_link("date=1910-01-01").await;
    let south = find(&host, "[data-unit=southern-sakhalin]");
    focus(&south);
    press(&south, "Enter");
    settle().await;
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("treaty-of-portsmouth-1905")
    );
    // The date stays.
    assert_eq!(control_of(&host, "southern-sakhalin"), "japan");
    assert!(search().contains("date=1910-01-01"), "{}", search());
    dispatch(&find(&host, "[data-unit=urup]"), "MouseEvent", "click", &[]);
    settle().await;
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("treaty-of-st-petersburg-1875")
    );
}
