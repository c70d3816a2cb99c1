//! Playback of the time slider, mounted in headless Chromium with the committed data: the play
//! button moves the date, pauses, and stops at today, and the URL follows when it stops.
#![cfg(target_arch = "wasm32")]

mod common;

use atlas_model::Date;
use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn play_advances_the_date_and_stops_at_today() {
    let host = mount(texts()).await;
    type_date(&host, "1900").await;
    // The button says what it does next, to the eye and to a screen reader.
    let says = || {
        let name = attribute(&host, "button[data-ui=play]", "aria-label").unwrap_or_default();
        assert_eq!(text(&host, "button[data-ui=play] .tl-text"), name);
        name
    };
    assert_eq!(says(), "Play");
    click(&host, "button[data-ui=play]").await;
    assert_eq!(says(), "Pause");
    // Five years a second: soon past June.
    let june = Date::parse("1900-06-01").unwrap().first_day();
    wait_until("playback to pass 1 June 1900", || slider_day(&host) > june).await;
    click(&host, "button[data-ui=play]").await;
    assert_eq!(says(), "Play");
    let paused = slider_day(&host);
    // Playing, the date would move at every frame.
    frames(5).await;
    assert_eq!(slider_day(&host), paused, "paused");
    // The URL caught up with the date when playback stopped.
    assert!(
        search().contains(&format!("date={}", paused.date())),
        "{}",
        search()
    );

    choose(&host, "speed", "20").await;
    type_date(&host, "2025-10").await;
    click(&host, "button[data-ui=play]").await;
    wait_until("playback to stop at today", || says() == "Play").await;
    assert_eq!(shown_date(&host), "21 November 2025");
}
