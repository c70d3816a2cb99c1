//! Links: a link restores the date, the view, the event and the language, and a malformed one
//! shows a notice and the default view (once, however often Back and Forward read it again).

use crate::fixtures::*;

#[tokio::test]
async fn a_link_restores_date_view_event_and_language() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1905-09-05&view=sakhalin&lang=ja").await;
    assert!(until(&c, "return document.documentElement.lang === 'ja'").await);
    assert!(
        until(&c, "return document.querySelector('[data-ui=date]').getAttribute('aria-valuetext').startsWith('1905年9月5日')").await,
        "{}",
        slider_text(&c).await
    );
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    assert_eq!(control(&c, "northern-sakhalin").await, "russia");
    assert_eq!(
        attr(&c, "[data-ui=view-sakhalin]", "aria-pressed").await,
        "true"
    );
    let lang = c.find(Locator::Css("[data-ui=lang]")).await.unwrap();
    assert_eq!(lang.prop("value").await.unwrap().as_deref(), Some("ja"));
    let map_text = text(&c, "[data-ui=map]").await;
    assert!(
        map_text.contains("樺太") || map_text.contains("サハリン"),
        "Japanese names: {map_text}"
    );
    screenshot(&c, "link-sakhalin-1905-ja").await;

    open(&c, "?event=treaty-of-st-petersburg-1875").await;
    assert_eq!(
        attr(&c, "article.event", "data-event").await,
        "treaty-of-st-petersburg-1875"
    );
    assert!(slider_text(&c).await.starts_with("7 May 1875 — "));
    assert_eq!(control(&c, "urup").await, "japan");
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_malformed_link_shows_a_notice_and_the_default_view() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1905-99-99&view=moon&event=%3Cscript%3E&lang=xx").await;
    let notices = text(&c, ".notices").await;
    for bad in ["1905-99-99", "moon", "<script>", "xx"] {
        assert!(notices.contains(bad), "no notice for {bad}: {notices}");
    }
    // The default view: today, the overview, English.
    assert_eq!(control(&c, "iturup").await, "russia");
    assert_eq!(
        attr(&c, "[data-ui=view-overview]", "aria-pressed").await,
        "true"
    );
    screenshot(&c, "malformed-link").await;
    // Going elsewhere and back reads the link again, but a notice is not repeated.
    let count = "return document.querySelectorAll('body > .atlas .notice').length";
    let before = eval(&c, count).await;
    click(&c, "[data-ui=view-sakhalin]").await;
    c.back().await.unwrap();
    c.forward().await.unwrap();
    c.back().await.unwrap();
    assert!(until(&c, "return document.querySelector('[data-ui=view-overview]').getAttribute('aria-pressed') === 'true'").await);
    assert_eq!(
        eval(&c, count).await,
        before,
        "{}",
        text(&c, ".notices").await
    );
    c.close().await.unwrap();
}
