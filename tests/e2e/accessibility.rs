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
