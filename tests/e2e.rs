//! End-to-end: the release build, served on 127.0.0.1 under a sub-folder, driven in headless
//! Chromium through chromedriver. `scripts/test.sh` starts both and sets `ATLAS_URL` and
//! `WEBDRIVER_URL`. Screenshots are written to `target/screenshots/`.

use fantoccini::{key::Key, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::path::PathBuf;
use std::time::Duration;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run scripts/test.sh"))
}

/// A fresh headless Chromium at the given window size.
async fn browser(width: u32, height: u32) -> Client {
    let profile = std::env::temp_dir().join(format!("atlas-e2e-{}-{width}", std::process::id()));
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--hide-scrollbars",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let caps = match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!(),
    };
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&env("WEBDRIVER_URL"))
        .await
        .expect("chromedriver answers")
}

/// Opens the atlas (with an optional query) and waits until the app has drawn its shell.
async fn open(client: &Client, query: &str) {
    client
        .goto(&format!("{}{query}", env("ATLAS_URL")))
        .await
        .unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("[data-ui=date]"))
        .await
        .expect("the app mounts");
}

async fn screenshot(client: &Client, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = client.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

async fn text(client: &Client, css: &str) -> String {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

#[tokio::test]
async fn the_page_shows_title_map_slider_and_panel() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    assert_eq!(c.title().await.unwrap(), "Frontier Atlas");
    assert_eq!(text(&c, "h1").await, "Frontier Atlas");
    assert!(c.find(Locator::Css(".atlas-map svg")).await.is_ok());
    assert!(c.find(Locator::Css(".atlas-events")).await.is_ok());
    screenshot(&c, "desktop").await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_slider_answers_the_keyboard() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    let slider = c.find(Locator::Css("[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    let start = text(&c, ".slider-date").await;
    assert!(
        start.contains("1700"),
        "Home goes to the start, got {start}"
    );
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    let end = text(&c, ".slider-date").await;
    assert_ne!(start, end);
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_phone_sized_window_keeps_everything_on_screen() {
    let c = browser(360, 740).await;
    open(&c, "").await;
    let overflow: serde_json::Value = c
        .execute(
            "return document.documentElement.scrollWidth - window.innerWidth;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        overflow.as_i64(),
        Some(0),
        "no sideways scrolling at 360 px"
    );
    screenshot(&c, "phone").await;
    c.close().await.unwrap();
}
