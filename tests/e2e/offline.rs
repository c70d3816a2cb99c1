//! Offline: after one visit, the service worker opens the atlas with its server stopped.

use crate::fixtures::*;

#[tokio::test]
async fn after_one_visit_the_atlas_opens_with_its_server_stopped() {
    // A server of this test's own, to stop: the build as the tier serves it.
    let site = repository("target/e2e-site");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = tokio::process::Command::new("python3")
        .arg(repository("tests/support/serve.py"))
        .args(["--port", &port.to_string(), "--directory"])
        .arg(&site)
        .kill_on_drop(true)
        .spawn()
        .expect("python3 serves the site");
    let atlas = format!("http://127.0.0.1:{port}/history/atlas/");
    let c = browser(1280, 800).await;
    let up = poll(Duration::from_secs(5), || async {
        let opened = c.goto(&format!("{atlas}?date=1905-09-05")).await.is_ok()
            && c.find(Locator::Css("[data-ui=prerender], body > .atlas"))
                .await
                .is_ok();
        opened.then_some(())
    })
    .await;
    assert!(up.is_some(), "the test's server answers");
    wait_for_app(&c, "the first visit").await;
    // The worker has kept the build and controls the page.
    let controlled =
        "return navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)";
    assert!(
        until(&c, controlled).await,
        "a service worker controls the page"
    );
    server.kill().await.unwrap();
    server.wait().await.unwrap();
    assert_eq!(
        eval(
            &c,
            "return fetch('sw.js?probe', {cache: 'no-store'}).then(() => 'up', () => 'down')"
        )
        .await,
        "down"
    );
    // Another state of the atlas, opened with no server at all.
    c.goto(&format!("{atlas}?date=1945-09-02&view=kurils"))
        .await
        .unwrap();
    wait_for_app(&c, "the atlas offline").await;
    assert!(slider_text(&c).await.starts_with("2 September 1945 — "));
    assert_eq!(control(&c, "iturup").await, "russia");
    let n = committed_events();
    assert_eq!(
        text(&c, "[data-ui=event-count]").await,
        format!("{n} of {n} events")
    );
    screenshot(&c, "offline").await;
    c.close().await.unwrap();
}
