//! The Share panel: its link and its embedding snippet reproduce the state shared.

use crate::fixtures::*;

#[tokio::test]
async fn the_share_panel_link_and_snippet_reproduce_the_state() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1905-09-05&view=sakhalin&lang=ru").await;
    click_event(&c, "treaty-of-portsmouth-1905").await;
    open_share(&c).await;
    // The panel is keyboard-usable: focus is inside it, and Escape closes it.
    assert_eq!(
        eval(
            &c,
            "return !!document.activeElement.closest('[data-ui=share-panel]')"
        )
        .await,
        true
    );
    let link = eval(
        &c,
        "return document.querySelector('[data-ui=share-link]').value",
    )
    .await;
    let link = link.as_str().unwrap().to_string();
    let snippet = eval(
        &c,
        "return document.querySelector('[data-ui=share-snippet]').value",
    )
    .await;
    let snippet = snippet.as_str().unwrap().to_string();
    screenshot(&c, "share-panel").await;
    c.find(Locator::Css("[data-ui=share-link]"))
        .await
        .unwrap()
        .send_keys(&Key::Escape.to_string())
        .await
        .unwrap();
    assert!(
        until(
            &c,
            "return !document.querySelector('[data-ui=share-panel]').open"
        )
        .await
    );
    c.close().await.unwrap();

    // The link, in a fresh browser, shows the same.
    let c = browser(1280, 800).await;
    c.goto(&link).await.unwrap();
    wait_for_app(&c, "the shared link").await;
    assert_eq!(
        attr(&c, "article.event", "data-event").await,
        "treaty-of-portsmouth-1905"
    );
    assert_eq!(
        attr(&c, "[data-ui=view-sakhalin]", "aria-pressed").await,
        "true"
    );
    assert_eq!(
        eval(
            &c,
            "return document.querySelector('body > .atlas [data-ui=lang]').value"
        )
        .await,
        "ru"
    );
    // The snippet, pasted into another site's page, embeds the same.
    c.goto(&format!("{}embed.html", env("EXAMPLES_URL")))
        .await
        .unwrap();
    eval(
        &c,
        &format!(
            "document.querySelector('main').innerHTML = {}; return 0",
            serde_json::to_string(&snippet).unwrap()
        ),
    )
    .await;
    let frame = c.find(Locator::Css("main iframe")).await.unwrap();
    assert_eq!(
        frame.attr("loading").await.unwrap().as_deref(),
        Some("lazy")
    );
    frame.enter_frame().await.unwrap();
    wait_for_app(&c, "the pasted snippet").await;
    assert_eq!(attr(&c, "body > .atlas", "data-mode").await, "embed");
    // In the language the state was shared in.
    assert!(text(&c, "[data-ui=embed-event]").await.contains("Портсмут"));
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    c.close().await.unwrap();
}
