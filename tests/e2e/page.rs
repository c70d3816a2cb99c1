//! The page as a reader first sees it: the title, the map, the slider and the event panel; the
//! view written at build time, shown before any script runs, and taken over by the app without
//! moving; and a phone-sized window with nothing off screen.

use crate::fixtures::*;

#[tokio::test]
async fn the_page_shows_title_map_slider_and_panel() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    assert_eq!(c.title().await.unwrap(), "Frontier Atlas");
    assert_eq!(text(&c, "h1").await, "Frontier Atlas");
    let units = c.find_all(Locator::Css("[data-unit]")).await.unwrap();
    assert!(units.len() >= 13, "{} territories drawn", units.len());
    // Today the four islands are held by Russia and claimed by Japan.
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        assert_eq!(control(&c, unit).await, "russia", "{unit}");
    }
    assert!(c.find(Locator::Css("article.event")).await.is_ok());
    screenshot(&c, "desktop").await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_first_view_shows_before_any_script_runs() {
    // Without JavaScript nothing of the app runs: what shows is the view written at build time,
    // what a reader sees while the wasm loads.
    let c = browser_with(Options {
        scripts: false,
        ..Options::window(1280, 800)
    })
    .await;
    c.goto(&env("ATLAS_URL")).await.unwrap();
    let first = "[data-ui=prerender]";
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        let css = format!("{first} [data-unit={unit}]");
        assert_eq!(attr(&c, &css, "data-control").await, "russia", "{unit}");
        assert!(
            attr(&c, &css, "fill").await.starts_with('#'),
            "{unit} is filled"
        );
    }
    assert!(!text(&c, &format!("{first} .event-title")).await.is_empty());
    let slider = format!("{first} input[data-ui=date]");
    assert_eq!(
        attr(&c, &slider, "value").await,
        "10000",
        "the thumb is at today"
    );
    screenshot(&c, "first-view").await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_app_takes_over_the_first_view_where_it_stands() {
    for (width, height, query) in [
        (1280, 800, ""),
        (412, 823, ""),
        (1280, 800, "?date=1945-08-20&view=kurils"),
    ] {
        let c = browser(width, height).await;
        open(&c, query).await;
        let first = c
            .find_all(Locator::Css("[data-ui=prerender]"))
            .await
            .unwrap();
        assert!(
            first.is_empty(),
            "{width}×{height} {query}: the first view is gone"
        );
        let pages = c.find_all(Locator::Css(".atlas")).await.unwrap();
        assert_eq!(pages.len(), 1, "{width}×{height} {query}: one page");
        let shift = layout_shift(&c).await;
        assert!(
            shift <= 0.02,
            "{width}×{height} {query}: layout shift {shift}"
        );
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_phone_sized_window_keeps_everything_on_screen() {
    let c = browser(360, 740).await;
    open(&c, "?date=1945-09-02&view=kurils").await;
    let width = eval(&c, "return window.innerWidth;").await;
    assert_eq!(width.as_i64(), Some(360), "the viewport is phone-sized");
    let overflow = eval(
        &c,
        "return document.documentElement.scrollWidth - window.innerWidth;",
    )
    .await;
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "no sideways scrolling at 360 px"
    );
    screenshot(&c, "phone").await;
    c.close().await.unwrap();
}
