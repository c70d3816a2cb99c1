//! The page before the app runs. The test server holds back the app's code (`/hold-code` in
//! `tests/support/serve.py`) so a reader can use the first view written at build time: the
//! status says the atlas is loading; what the reader does is kept and, once the app has taken
//! over, applied through the live page's controls, with the focus where it was; the takeover
//! paints no new largest element; a reader of Japanese or Russian gets the first view drawn in
//! their language; and a link to another state shows the map's outline and its language's
//! status rather than a blank page.

use crate::fixtures::*;

/// The first view's slider and the live page's.
const FIRST_SLIDER: &str = "[data-ui=prerender] input[data-ui=date]";
const LIVE_SLIDER: &str = "body > .atlas input[data-ui=date]";

/// Holds back the app's code for the next page opened, from a page of the atlas's origin.
async fn hold_code(c: &Client) {
    c.goto(&format!("{}geodata/atlas.json", env("ATLAS_URL")))
        .await
        .unwrap();
    let held = eval(
        c,
        "return fetch('/hold-code', {method: 'POST'}).then(r => r.ok)",
    )
    .await;
    assert_eq!(held, true, "the test server holds the code back");
}

/// Lets the app's code through.
async fn release_code(c: &Client) {
    let released = eval(
        c,
        "return fetch('/release-code', {method: 'POST'}).then(r => r.ok)",
    )
    .await;
    assert_eq!(released, true, "the test server lets the code through");
}

/// The status's words as shown (only the reader's language's and the current state's show).
async fn status_text(c: &Client) -> String {
    let text = eval(
        c,
        "const s = document.querySelector('.atlas-starting'); \
         return s && getComputedStyle(s).opacity === '1' ? s.innerText.trim() : ''",
    )
    .await;
    text.as_str().unwrap_or_default().to_string()
}

/// Waits until the status shows `words`.
async fn status_shows(c: &Client, words: &str) {
    let shown = poll(Duration::from_secs(5), || async {
        (status_text(c).await == words).then_some(())
    })
    .await;
    assert!(
        shown.is_some(),
        "the status says {words:?}, not {:?}",
        status_text(c).await
    );
}

#[tokio::test]
async fn what_a_reader_does_before_the_app_runs_is_applied() {
    // What the same actions do in the running app.
    let r = browser(1280, 800).await;
    open(&r, "").await;
    choose(&r, "select[data-ui=perspective]", "japan").await;
    tab_to(&r, LIVE_SLIDER, 60).await;
    press(&r, Key::Left).await;
    press(&r, Key::Left).await;
    // The address follows the step once the page has painted it.
    let expected = poll(Duration::from_secs(5), || async {
        Some(query_of(&r).await).filter(|q| q.contains("event="))
    })
    .await
    .expect("two steps back reach an event");
    let expected_date = slider_text(&r).await;
    r.close().await.unwrap();

    let c = browser(1280, 800).await;
    hold_code(&c).await;
    c.goto(&env("ATLAS_URL")).await.unwrap();
    status_shows(&c, "Loading the atlas…").await;
    // The reader chooses a side, tabs to the slider and steps back twice, all in the first view.
    choose(
        &c,
        "[data-ui=prerender] select[data-ui=perspective]",
        "japan",
    )
    .await;
    tab_to(&c, FIRST_SLIDER, 60).await;
    press(&c, Key::Left).await;
    press(&c, Key::Left).await;
    status_shows(
        &c,
        "Starting the atlas: what you chose will be applied as soon as it is ready.",
    )
    .await;
    assert_eq!(
        attr(&c, FIRST_SLIDER, "value").await,
        "10000",
        "the first view's thumb does not move by a step of its own"
    );
    screenshot(&c, "start-waiting").await;
    release_code(&c).await;
    wait_for_app(&c, "the atlas, once its code is let through").await;
    let applied = poll(Duration::from_secs(5), || async {
        Some(query_of(&c).await).filter(|q| q == &expected)
    })
    .await;
    assert_eq!(
        applied,
        Some(expected),
        "the side and the steps applied ({})",
        query_of(&c).await
    );
    assert_eq!(slider_text(&c).await, expected_date);
    let focused = eval(
        &c,
        &format!("return document.activeElement.matches('{LIVE_SLIDER}')"),
    )
    .await;
    assert_eq!(focused, true, "the focus is on the live page's slider");
    // The keys go on working from there.
    press(&c, Key::Right).await;
    settle(&c).await;
    assert_ne!(
        slider_text(&c).await,
        expected_date,
        "the next key steps on"
    );
    assert!(
        status_text(&c).await.is_empty(),
        "the status is gone with the first view"
    );
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_takeover_paints_no_new_largest_element() {
    let c = browser(1280, 800).await;
    hold_code(&c).await;
    c.goto(&env("ATLAS_URL")).await.unwrap();
    // The first view's largest paint, then the moment the code is let through.
    let before = eval(
        &c,
        "return new Promise(done => new PerformanceObserver((list, o) => { o.disconnect(); \
         done(performance.now()); }).observe({type: 'largest-contentful-paint', buffered: true}))",
    )
    .await;
    let released_at = before.as_f64().expect("the first view has a largest paint");
    release_code(&c).await;
    wait_for_app(&c, "the atlas").await;
    settle(&c).await;
    let later = eval(
        &c,
        &format!(
            "return new Promise(done => new PerformanceObserver((list, o) => {{ o.disconnect(); \
             done(list.getEntries().filter(e => e.startTime >= {released_at}).map(e => \
             (e.element ? e.element.outerHTML.slice(0, 80) : '') + ' at ' + e.startTime)); }})\
             .observe({{type: 'largest-contentful-paint', buffered: true}}))"
        ),
    )
    .await;
    assert_eq!(
        later,
        serde_json::json!([]),
        "the live page paints nothing larger than the first view"
    );
    let drawn = eval(
        &c,
        "return performance.getEntriesByName('atlas-drawn').length",
    )
    .await;
    assert_eq!(drawn, 1, "the app drew its map");
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_reader_of_japanese_or_russian_gets_a_first_view_in_their_language() {
    for (lang, title, by_link) in [
        ("ja", "フロンティア・アトラス", false),
        ("ru", "Атлас пограничья", true),
    ] {
        // Asked for by the browser, or by the link.
        let c = if by_link {
            browser(1280, 800).await
        } else {
            browser_in(lang).await
        };
        hold_code(&c).await;
        let query = if by_link {
            format!("?lang={lang}")
        } else {
            String::new()
        };
        c.goto(&format!("{}{query}", env("ATLAS_URL")))
            .await
            .unwrap();
        let script = format!(
            "return document.documentElement.lang === '{lang}' && \
             !document.documentElement.classList.contains('atlas-linked') && \
             document.querySelector('[data-ui=prerender] h1').textContent === '{title}'"
        );
        assert!(
            until(&c, &script).await,
            "{lang}: the first view in {lang} is in place"
        );
        let first = "[data-ui=prerender]";
        for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
            let css = format!("{first} [data-unit={unit}]");
            assert_eq!(
                attr(&c, &css, "data-control").await,
                "russia",
                "{lang} {unit}"
            );
        }
        let visible = eval(
            &c,
            "return getComputedStyle(document.querySelector('[data-ui=prerender] .event-title')).visibility",
        )
        .await;
        assert_eq!(visible, "visible", "{lang}: the event's title shows");
        screenshot(&c, &format!("start-first-view-{lang}")).await;
        release_code(&c).await;
        wait_for_app(&c, lang).await;
        assert_eq!(
            text(&c, "h1").await,
            title,
            "{lang}: the app goes on in {lang}"
        );
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_link_shows_the_map_outline_and_its_languages_status() {
    for (query, words) in [
        ("?lang=ja&date=1905-09-05", "地図を読み込んでいます…"),
        ("?lang=ru&perspective=russia", "Атлас загружается…"),
        ("?date=1945-08-20", "Loading the atlas…"),
    ] {
        let c = browser(1280, 800).await;
        hold_code(&c).await;
        c.goto(&format!("{}{query}", env("ATLAS_URL")))
            .await
            .unwrap();
        status_shows(&c, words).await;
        let outline = eval(
            &c,
            "const first = document.querySelector('[data-ui=prerender]'); \
             const svg = first.querySelector('.map-surface svg'); \
             const unit = first.querySelector('[data-unit=iturup]'); \
             const land = getComputedStyle(document.documentElement).getPropertyValue('--land'); \
             const probe = document.createElement('i'); probe.style.color = land; \
             document.body.append(probe); const plain = getComputedStyle(probe).color; \
             probe.remove(); \
             return [getComputedStyle(svg).visibility, getComputedStyle(unit).fill === plain, \
               getComputedStyle(first.querySelector('.labels')).visibility, \
               getComputedStyle(first.querySelector('.atlas-timeline')).visibility]",
        )
        .await;
        assert_eq!(
            outline,
            serde_json::json!(["visible", true, "hidden", "hidden"]),
            "{query}: the map's outline shows, without holders, names or the default date"
        );
        screenshot(&c, &format!("start-linked-{}", &query[6..8])).await;
        release_code(&c).await;
        wait_for_app(&c, query).await;
        assert!(
            status_text(&c).await.is_empty(),
            "{query}: the status is gone"
        );
        c.close().await.unwrap();
    }
}
