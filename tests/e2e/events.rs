//! The event list: choosing an event moves the slider and the map, and Back returns.

use crate::fixtures::*;

#[tokio::test]
async fn choosing_an_event_moves_slider_and_map_and_back_returns() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1930-01-01").await;
    let before_box = attr(&c, "[data-ui=map] svg", "viewBox").await;
    click_event(&c, "battle-of-khalkhin-gol-1939").await;
    assert_eq!(
        attr(&c, "article.event", "data-event").await,
        "battle-of-khalkhin-gol-1939"
    );
    assert!(
        slider_text(&c).await.starts_with("11 May 1939"),
        "{}",
        slider_text(&c).await
    );
    assert_ne!(
        attr(&c, "[data-ui=map] svg", "viewBox").await,
        before_box,
        "the map moved"
    );
    assert_eq!(
        attr(&c, "[data-ui=view-khalkhin-gol]", "aria-pressed").await,
        "true"
    );
    assert!(query_of(&c)
        .await
        .contains("event=battle-of-khalkhin-gol-1939"));
    screenshot(&c, "event-khalkhin-gol").await;
    c.back().await.unwrap();
    assert!(until(&c, "return document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext').startsWith('1 January 1930')").await,
        "back restores 1930: {}", slider_text(&c).await);
    c.close().await.unwrap();
}
