//! Accessibility: axe-core finds nothing wrong in any language, layout or side's view, and a
//! keyboard alone chooses a date, an event, a view and a side.

use crate::fixtures::*;

#[tokio::test]
async fn axe_finds_no_violation_in_any_language_or_layout() {
    for (width, height, layout) in [(1280, 800, ""), (390, 844, ""), (800, 500, "&embed=1")] {
        let c = browser(width, height).await;
        for lang in ["en", "ja", "ru"] {
            open(
                &c,
                &format!("?date=1905-09-05&view=sakhalin&lang={lang}{layout}"),
            )
            .await;
            assert!(until(&c, "return !!document.querySelector('body > .atlas .event, body > .atlas [data-ui=embed-event]')").await);
            let found = accessibility_violations(&c).await;
            assert!(
                found.is_empty(),
                "{width}×{height}{layout}, {lang}: {found:#?}"
            );
        }
        if layout.is_empty() {
            // Each side's map, with the table of who held what open.
            for side in ["japan", "russia", "china", "mongolia", "manchukuo"] {
                open(
                    &c,
                    &format!("?date=1952-06-01&view=kurils&lang=ru&perspective={side}"),
                )
                .await;
                assert!(
                    until(
                        &c,
                        "return !!document.querySelector('body > .atlas .event')"
                    )
                    .await
                );
                open_holders(&c).await;
                let found = accessibility_violations(&c).await;
                assert!(found.is_empty(), "{width}×{height}, {side}: {found:#?}");
            }
        }
        if layout.is_empty() && width > 1000 {
            // The Share panel, open.
            open_share(&c).await;
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "the Share panel: {found:#?}");
        }
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_keyboard_alone_chooses_a_date_an_event_a_view_and_a_side() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    // A date typed into "Go to".
    tab_to(&c, "[data-ui=date-entry]", 60).await;
    type_text(&c, "1905-09-05").await;
    press(&c, Key::Enter).await;
    assert!(until(&c, "return location.search.includes('date=1905-09-05')").await);
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    // A view preset.
    eval(&c, "document.activeElement.blur(); return true").await;
    tab_to(&c, "[data-ui=view-kurils]", 80).await;
    press(&c, Key::Enter).await;
    assert!(until(&c, "return document.querySelector('[data-ui=view-kurils]').getAttribute('aria-pressed') === 'true'").await);
    // A side: the switch answers the arrow keys.
    tab_to(&c, "[data-ui=perspective]", 10).await;
    // Typing a side's first letters picks it, as in any list box.
    type_text(&c, "As J").await;
    if !until_quick(&c, "return location.search.includes('perspective=')").await {
        press(&c, Key::Down).await;
        press(&c, Key::Enter).await;
    }
    assert!(until(&c, "return location.search.includes('perspective=')").await);
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-unit][data-view-holder]')"
        )
        .await
    );
    // An event from the list: one Tab stop at the event shown, ↑ to the one before, Enter.
    tab_to(&c, ".event-item", 40).await;
    assert_eq!(
        eval(
            &c,
            "return document.activeElement.getAttribute('aria-current')"
        )
        .await,
        "true"
    );
    press(&c, Key::Up).await;
    let id = eval(&c, "return document.activeElement.dataset.event").await;
    assert_eq!(
        eval(
            &c,
            "return document.activeElement.getAttribute('aria-current')"
        )
        .await,
        serde_json::Value::Null
    );
    press(&c, Key::Enter).await;
    let wanted = format!("return document.querySelector('article.event').dataset.event === {id}");
    assert!(until(&c, &wanted).await, "the panel shows {id}");
    c.close().await.unwrap();
}

/// What has the keyboard's focus, in a few words: its `data-ui`, its territory or its tag.
const FOCUSED: &str = "const a = document.activeElement; \
    return a.dataset.ui || (a.dataset.unit ? 'unit:' + a.dataset.unit : a.tagName.toLowerCase() + '.' + (a.getAttribute('class') || ''))";

#[tokio::test]
async fn the_first_tab_stop_skips_to_the_slider_and_the_territories_are_one_stop() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    // The first press of Tab: a link straight to the date slider, in sight.
    press(&c, Key::Tab).await;
    assert_eq!(eval(&c, FOCUSED).await, "skip-slider");
    assert_eq!(
        text(&c, "[data-ui=skip-slider]").await,
        "Skip to the date slider"
    );
    let shown = "const r = document.activeElement.getBoundingClientRect(); \
                 return r.width > 100 && r.height > 20 && r.top >= 0 && r.left >= 0";
    assert_eq!(eval(&c, shown).await, true, "the link is not in sight");
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "the skip link focused: {found:#?}");
    screenshot(&c, "keyboard-skip-link").await;
    // Enter: the slider has the focus, and its keys move the date.
    let before = slider_text(&c).await;
    press(&c, Key::Enter).await;
    assert!(
        until(
            &c,
            "return document.activeElement.matches('input[data-ui=date]')"
        )
        .await
    );
    press(&c, Key::Left).await;
    assert!(until(&c, &format!("return document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext') !== {}", serde_json::json!(before))).await);
    // The next link: to the map.
    open(&c, "").await;
    press(&c, Key::Tab).await;
    press(&c, Key::Tab).await;
    assert_eq!(eval(&c, FOCUSED).await, "skip-map");
    press(&c, Key::Enter).await;
    assert!(until(&c, "return document.activeElement.dataset.ui === 'map'").await);

    // Tab alone, from the top: every stop until the slider.
    open(&c, "").await;
    let mut stops = Vec::new();
    for _ in 0..60 {
        press(&c, Key::Tab).await;
        let stop = eval(&c, FOCUSED)
            .await
            .as_str()
            .unwrap_or_default()
            .to_string();
        stops.push(stop.clone());
        if stop == "date" {
            break;
        }
    }
    let at = |name: &str| stops.iter().position(|s| s == name);
    let slider = at("date").unwrap_or_else(|| panic!("Tab never reached the slider: {stops:?}"));
    assert_eq!(stops[0], "skip-slider", "{stops:?}");
    // The territories are one stop, and no unnamed group is one.
    let territories: Vec<&String> = stops.iter().filter(|s| s.starts_with("unit:")).collect();
    assert_eq!(territories.len(), 1, "{stops:?}");
    assert!(!stops.iter().any(|s| s.starts_with("g.")), "{stops:?}");
    assert!(at("view-overview").is_some_and(|v| v < slider), "{stops:?}");
    assert!(slider < 35, "the slider is stop {}: {stops:?}", slider + 1);

    // Within the territories the arrow keys go from one to the next; the map stays put.
    open(&c, "").await;
    for _ in 0..20 {
        press(&c, Key::Tab).await;
        if eval(&c, "return document.activeElement.matches('[data-unit]')").await == true {
            break;
        }
    }
    let first = eval(&c, FOCUSED).await;
    assert!(
        first.as_str().is_some_and(|s| s.starts_with("unit:")),
        "{first}"
    );
    // Its focus is shown: the outline drawn in the focus colour.
    assert_eq!(
        eval(&c, "return getComputedStyle(document.activeElement).stroke").await,
        "rgb(194, 65, 12)"
    );
    let view_box = attr(&c, "[data-ui=map] svg", "viewBox").await;
    press(&c, Key::Right).await;
    let next = eval(&c, FOCUSED).await;
    assert_ne!(next, first);
    assert!(
        next.as_str().is_some_and(|s| s.starts_with("unit:")),
        "{next}"
    );
    assert_eq!(attr(&c, "[data-ui=map] svg", "viewBox").await, view_box);
    assert!(
        until(
            &c,
            &format!(
                "return document.querySelector('[data-ui=map-tooltip]').dataset.for === '{}'",
                next.as_str()
                    .unwrap_or_default()
                    .trim_start_matches("unit:")
            )
        )
        .await
    );
    press(&c, Key::Left).await;
    assert_eq!(eval(&c, FOCUSED).await, first);
    // Tab leaves them for the view presets.
    press(&c, Key::Tab).await;
    assert_eq!(eval(&c, FOCUSED).await, "view-overview");
    c.close().await.unwrap();
}
