//! The atlas under the strict Content-Security-Policy the test server sends
//! (`tests/support/serve.py`): nothing it does is blocked, and the check can fail.

use crate::fixtures::*;

#[tokio::test]
async fn the_atlas_runs_under_a_strict_content_security_policy() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    eval(
        &c,
        "return fetch('/csp-reports', {method: 'DELETE'}).then(r => r.status)",
    )
    .await;
    // The first view, the app, a link's state, stepping and the tooltip, all under the policy
    // the server sends (no inline script, no style attribute) and the one the page declares.
    open(&c, "?date=1905-09-05&view=sakhalin").await;
    assert!(
        eval(
            &c,
            "return !!document.querySelector('meta[http-equiv=Content-Security-Policy]')"
        )
        .await
        .as_bool()
        .unwrap_or(false),
        "the page declares its policy"
    );
    let slider = c.find(Locator::Css("[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    // The tooltip, placed through the CSSOM, for a territory focused from the keyboard.
    eval(
        &c,
        "document.querySelector('body > .atlas [data-unit=southern-sakhalin]').focus(); return 0",
    )
    .await;
    assert!(
        until(
            &c,
            "return !document.querySelector('body > .atlas [data-ui=map-tooltip]').hidden"
        )
        .await
    );
    // Territories are coloured (a blocked style would leave them black).
    assert_ne!(
        eval(&c, "return getComputedStyle(document.querySelector('[data-unit=iturup] path, [data-unit=iturup]')).fill").await,
        serde_json::json!("rgb(0, 0, 0)")
    );
    let reports = all_policy_reports(&c).await;
    assert!(reports.is_empty(), "the policy blocked: {reports:#?}");
    // The reports do arrive: a style attribute set by hand is blocked and reported.
    eval(
        &c,
        "document.querySelector('h1').setAttribute('style', 'color: red'); return 0",
    )
    .await;
    let reported = poll(Duration::from_secs(3), || async {
        let reports = policy_reports(&c).await;
        reports.iter().any(|r| !is_sentinel(r)).then_some(())
    })
    .await;
    assert!(
        reported.is_some(),
        "a violation is reported: the check above can fail"
    );
    c.close().await.unwrap();
}
