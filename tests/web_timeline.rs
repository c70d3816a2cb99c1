//! The time slider, mounted in headless Chromium with the committed data: keys, typed dates,
//! the step buttons and the track's scale, asserted on through the DOM as a reader sees them.
#![cfg(target_arch = "wasm32")]

mod common;

use atlas_model::Date;
use common::*;
use frontier_atlas::components::timeline::ANNOUNCE_REST_MS;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlInputElement;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn arrow_keys_step_between_events_and_say_which() {
    let host = mount(texts()).await;
    click_event(&host, "treaty-of-shimoda-1855").await;
    assert_eq!(shown_date(&host), "7 February 1855");
    slider_key(&host, "ArrowRight").await;
    // A year-precision event reads at its precision.
    assert_eq!(shown_date(&host), "1862");
    assert!(
        value_text(&host).starts_with("1862 — "),
        "{}",
        value_text(&host)
    );
    // On through the 1867 provisional regulations on Sakhalin and the Meiji Restoration.
    slider_key(&host, "ArrowUp").await;
    slider_key(&host, "ArrowRight").await;
    slider_key(&host, "ArrowRight").await;
    assert_eq!(
        value_text(&host),
        "7 May 1875 — Treaty of Saint Petersburg",
        "the brief's own example"
    );
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("treaty-of-st-petersburg-1875")
    );
    // The date in the calendar of the time appears beside the slider's date.
    assert!(text(&host, ".timeline-now").contains("(25 April 1875 Old Style)"));
    slider_key(&host, "ArrowLeft").await;
    assert!(
        value_text(&host).starts_with("1868 — "),
        "{}",
        value_text(&host)
    );
    slider_key(&host, "ArrowDown").await;
    assert_eq!(shown_date(&host), "30 March 1867");
    // Other keys are left to the browser.
    let slider = find(&host, "input[data-ui=date]");
    assert!(!press(&slider, "a"));
}

#[wasm_bindgen_test]
async fn page_keys_move_ten_years_and_home_end_go_to_the_ends() {
    let host = mount(texts()).await;
    type_date(&host, "1905-09-05").await;
    assert_eq!(shown_date(&host), "5 September 1905");
    slider_key(&host, "PageUp").await;
    assert_eq!(shown_date(&host), "5 September 1915");
    slider_key(&host, "PageDown").await;
    slider_key(&host, "PageDown").await;
    assert_eq!(shown_date(&host), "5 September 1895");
    slider_key(&host, "Home").await;
    // The first day is the first event's, which is dated to the year.
    assert_eq!(shown_date(&host), "1786");
    slider_key(&host, "PageDown").await;
    assert_eq!(shown_date(&host), "1786", "clamped at the start");
    slider_key(&host, "End").await;
    assert_eq!(shown_date(&host), "21 November 2025");
    slider_key(&host, "PageUp").await;
    assert_eq!(shown_date(&host), "21 November 2025", "clamped at today");
    // The slider's value is a position on the track, at its end.
    let slider: HtmlInputElement = find(&host, "input[data-ui=date]").unchecked_into();
    assert_eq!(slider.value(), slider.max());
}

#[wasm_bindgen_test]
async fn typed_dates_go_there_and_bad_ones_get_a_message() {
    let host = mount(texts()).await;
    type_date(&host, " 1939-05 ").await;
    assert_eq!(shown_date(&host), "1 May 1939");
    assert_eq!(text(&host, ".entry-message"), "");
    type_date(&host, "1875").await;
    assert_eq!(shown_date(&host), "1 January 1875");
    for (bad, says) in [
        ("1939-5", "two digits"),
        ("next year", "“next year” is not a date"),
        ("1700", "outside the timeline"),
        ("1905-02-30", "no such day"),
        ("", "YYYY"),
    ] {
        type_date(&host, bad).await;
        let message = text(&host, ".entry-message");
        assert!(message.contains(says), "{bad:?}: {message}");
        assert_eq!(
            attribute(&host, "input[data-ui=date-entry]", "aria-invalid").as_deref(),
            Some("true")
        );
        assert_eq!(
            shown_date(&host),
            "1 January 1875",
            "{bad:?} leaves the date"
        );
    }
    type_date(&host, "1945-08-09").await;
    assert_eq!(text(&host, ".entry-message"), "");
    assert_eq!(shown_date(&host), "9 August 1945");
}

#[wasm_bindgen_test]
async fn start_today_and_step_buttons() {
    let host = mount(texts()).await;
    click(&host, "button[data-ui=start]").await;
    assert_eq!(shown_date(&host), "1786");
    click(&host, "button[data-ui=next-event]").await;
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("shogunate-direct-rule-of-east-ezo-1799")
    );
    click(&host, "button[data-ui=prev-event]").await;
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("catherine-ii-claims-kurils-1786")
    );
    click(&host, "button[data-ui=today]").await;
    assert_eq!(shown_date(&host), "21 November 2025");
}

#[wasm_bindgen_test]
async fn dragging_reads_the_scale_and_crowded_years_get_room() {
    let host = mount(texts()).await;
    slide_to(&host, "1905-09-05").await;
    assert_eq!(shown_date(&host), "5 September 1905");
    slide_to(&host, "1860-06-01").await;
    assert!(value_text(&host).starts_with("1 June 1860 — Treaty of Shimoda (7 February 1855)"));
    // 1945 has two dozen events: it gets far more of the track than one year in 240 would.
    let scale = scale();
    let year_1945 = scale.fraction(Date::parse("1946").unwrap().first_day())
        - scale.fraction(Date::parse("1945").unwrap().first_day());
    assert!(year_1945 > 0.05, "1945 takes {year_1945} of the track");
    // One tick per event day, placed by the same scale.
    let ticks = find(&host, ".ticks path");
    let path = ticks.get_attribute("d").unwrap_or_default();
    let count = path.matches(" 0V10").count();
    assert_eq!(
        count,
        path.matches('M').count(),
        "each tick is a move and a line: {path}"
    );
    let length = js_sys::Reflect::get(&ticks, &"getTotalLength".into())
        .unwrap()
        .unchecked_into::<js_sys::Function>()
        .call0(&ticks)
        .unwrap()
        .as_f64()
        .unwrap_or_default();
    assert!(length > 0.0, "the ticks are drawn");
    assert!((150..=190).contains(&count), "{count} ticks");
    let bands = text(&host, ".eras");
    for era in ["Tokugawa", "Meiji–Taishō", "Cold War", "After 1991"] {
        assert!(bands.contains(era), "{bands}");
    }
}

#[wasm_bindgen_test]
async fn the_date_is_announced_once_it_rests_and_not_while_it_moves() {
    let host = page().await;
    let said = || text(&host, "[data-ui=announce]");
    assert_eq!(said(), "", "nothing is said as the page opens");
    slide_to(&host, "1905-09-05").await;
    let moved = now();
    slider_key(&host, "ArrowRight").await;
    // Moving on: not yet.
    assert_eq!(said(), "");
    wait_until("the date to be announced", || !said().is_empty()).await;
    let waited = now() - moved;
    assert!(
        waited >= f64::from(ANNOUNCE_REST_MS),
        "announced after {waited:.0} ms, before the date rested {ANNOUNCE_REST_MS} ms"
    );
    let rested = said();
    assert!(
        rested.ends_with(": Russo-Japanese agreement of 1907"),
        "{rested}"
    );
    assert_eq!(
        attribute(&host, "[data-ui=announce]", "aria-live").as_deref(),
        Some("polite")
    );
}
