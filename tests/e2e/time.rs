//! The time slider: the keyboard steps it from event to event, by ten years and to either end,
//! the pointer drags it, and the map keeps its size whatever date it shows.

use crate::fixtures::*;
use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};

#[tokio::test]
async fn the_slider_answers_the_keyboard() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1875-05-07").await;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    assert_eq!(
        slider
            .attr("role")
            .await
            .unwrap()
            .as_deref()
            .unwrap_or("slider"),
        "slider"
    );
    let start = slider_text(&c).await;
    assert!(start.starts_with("7 May 1875 — "), "{start}");
    // Right: the next event, with its title in the value text.
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    let next = slider_text(&c).await;
    assert_ne!(next, start);
    assert!(next.contains(" — "), "{next}");
    // Left comes back to the treaty.
    slider.send_keys(&Key::Left.to_string()).await.unwrap();
    assert!(slider_text(&c).await.starts_with("7 May 1875"));
    // PageUp: ten years on.
    slider.send_keys(&Key::PageUp.to_string()).await.unwrap();
    assert!(
        slider_text(&c).await.starts_with("7 May 1885"),
        "{}",
        slider_text(&c).await
    );
    // Home and End: the first event's year and today.
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    assert!(
        slider_text(&c).await.contains("1786"),
        "{}",
        slider_text(&c).await
    );
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    assert_eq!(control(&c, "southern-sakhalin").await, "russia");
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_map_keeps_its_size_while_the_slider_moves() {
    // Whatever the event panel holds, the map keeps the room the header and slider leave it
    // (a tall window: the panel's events are often shorter than the room beside the map).
    let c = browser(1280, 1200).await;
    open(&c, "").await;
    let height = r#"return document.querySelector('body > .atlas .map-surface')
        .getBoundingClientRect().height;"#;
    // What the time slider takes beyond its own content (the room it takes from the map).
    let slack = r#"const h = s => document.querySelector('body > .atlas ' + s)
            .getBoundingClientRect().height;
        return h('.atlas-timeline') - h('.timeline-head') - h('.timeline-track');"#;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    settle(&c).await;
    let first = eval(&c, height).await.as_f64().unwrap();
    assert!(first > 400.0, "the map fills the window: {first}");
    for step in 0..40 {
        slider.send_keys(&Key::Right.to_string()).await.unwrap();
        settle(&c).await;
        let now = eval(&c, height).await.as_f64().unwrap();
        assert_eq!(
            now,
            first,
            "after {} steps ({})",
            step + 1,
            slider_text(&c).await
        );
        let slack = eval(&c, slack).await.as_f64().unwrap();
        assert!(
            slack < 24.0,
            "the slider takes {slack} px of the map's room"
        );
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_slider_follows_the_pointer() {
    let c = browser(1280, 800).await;
    open(&c, "?date=2000-01-01").await;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    let before = slider_text(&c).await;
    // A click near the left end of the track goes back in time.
    let rect = eval(&c, "const r = document.querySelector('input[data-ui=date]').getBoundingClientRect(); return [r.width, r.height];").await;
    let width = rect[0].as_f64().unwrap();
    let actions = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: slider.clone(),
            duration: None,
            x: -width / 2.0 + 8.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: None,
            x: 20.0,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(actions).await.unwrap();
    let after = slider_text(&c).await;
    assert_ne!(before, after);
    let year: i32 = after
        .split(|ch: char| !ch.is_ascii_digit())
        .find(|w| w.len() == 4)
        .and_then(|y| y.parse().ok())
        .unwrap();
    assert!(year < 1850, "dragging near the start shows {after}");
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_play_button_says_pause_while_playing() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1900-01-01").await;
    let says = "const b = document.querySelector('[data-ui=play]'); \
                return [b.getAttribute('aria-label'), b.querySelector('.tl-text').textContent, b.title]";
    assert_eq!(
        eval(&c, says).await,
        serde_json::json!(["Play", "Play", "Play"])
    );
    click(&c, "[data-ui=play]").await;
    assert_eq!(
        eval(&c, says).await,
        serde_json::json!(["Pause", "Pause", "Pause"])
    );
    assert!(until(&c, "return !document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext').startsWith('1 January 1900')").await);
    screenshot(&c, "playing").await;
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "playing: {found:#?}");
    click(&c, "[data-ui=play]").await;
    assert_eq!(
        eval(&c, says).await,
        serde_json::json!(["Play", "Play", "Play"])
    );
    c.close().await.unwrap();
}

#[tokio::test]
async fn an_era_band_moves_the_date_to_the_eras_start() {
    let c = browser(1280, 800).await;
    open(&c, "?date=2000-01-01").await;
    // A click on the Cold War's band.
    click(&c, ".era[aria-label='Cold War']").await;
    assert!(
        until(&c, "return document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext').startsWith('2 September 1945')").await,
        "{}",
        slider_text(&c).await
    );
    assert!(until(&c, "return location.search.includes('date=1945-09-02')").await);
    // From the slider, Tab reaches the bands; Enter on the second one.
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    press(&c, Key::Tab).await;
    press(&c, Key::Tab).await;
    assert_eq!(
        eval(
            &c,
            "return document.activeElement.getAttribute('aria-label')"
        )
        .await,
        "Meiji–Taishō"
    );
    press(&c, Key::Enter).await;
    assert!(
        until(&c, "return document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext').startsWith('3 January 1868')").await,
        "{}",
        slider_text(&c).await
    );
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "{found:#?}");
    c.close().await.unwrap();
}

/// Each era band's name, as shown (its name, or its short name where the band is narrow), and
/// whether it is shown whole.
const ERAS_SHOWN: &str = "return [...document.querySelectorAll('body > .atlas .era')].map(b => { \
    const shown = b.querySelector(b.dataset.fit === 'short' ? '.era-short' : '.era-name'); \
    const room = b.clientWidth - parseFloat(getComputedStyle(b).paddingLeft) - parseFloat(getComputedStyle(b).paddingRight); \
    return [shown.textContent, shown.getBoundingClientRect().width <= room + 0.5]; })";

#[tokio::test]
async fn on_a_phone_the_eras_are_named_whole_and_the_slider_leaves_room() {
    // A phone, in Russian: each era's name or short name whole in its band.
    let c = browser(390, 844).await;
    open(&c, "?lang=ru&date=1905-09-05&view=sakhalin").await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('body > .atlas .era[data-fit]')"
        )
        .await
    );
    let eras = eval(&c, ERAS_SHOWN).await;
    for era in eras.as_array().unwrap() {
        assert_eq!(era[1], true, "cut: {eras}");
    }
    assert_eq!(eras[0][0], "Эдо", "{eras}");
    let share = "const t = document.querySelector('body > .atlas .atlas-timeline').getBoundingClientRect(); \
                 return t.height / innerHeight";
    let taken = eval(&c, share).await.as_f64().unwrap();
    assert!(taken < 0.2, "the slider takes {taken:.2} of the screen");
    screenshot(&c, "phone-timeline-ru").await;
    c.close().await.unwrap();
    // The same phone with the page zoomed to 200 %: half as many CSS pixels each way.
    let c = browser(195, 422).await;
    open(&c, "?lang=ru&date=1905-09-05&view=sakhalin").await;
    let taken = eval(&c, share).await.as_f64().unwrap();
    assert!(
        taken < 0.4,
        "zoomed, the slider takes {taken:.2} of the screen"
    );
    assert_eq!(
        eval(
            &c,
            "return document.documentElement.scrollWidth <= innerWidth"
        )
        .await,
        true,
        "the page is wider than the window"
    );
    // Play, one row with the date's buttons, is in sight.
    let play = "const r = document.querySelector('body > .atlas [data-ui=play]').getBoundingClientRect(); \
                return r.left >= 0 && r.right <= innerWidth && r.bottom <= innerHeight";
    assert_eq!(eval(&c, play).await, true);
    screenshot(&c, "phone-timeline-zoomed-ru").await;
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "{found:#?}");
    c.close().await.unwrap();
}
