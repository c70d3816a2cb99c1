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
