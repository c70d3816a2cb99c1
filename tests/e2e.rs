//! End-to-end: the release build, served on 127.0.0.1 under a sub-folder, driven in headless
//! Chromium through chromedriver. `scripts/test.sh` starts both and sets `ATLAS_URL` and
//! `WEBDRIVER_URL`. Screenshots are written to `target/screenshots/`.

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::{key::Key, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use std::path::PathBuf;
use std::time::Duration;

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("{name} is not set: run scripts/test.sh"))
}

/// A fresh headless Chromium at the given window size.
async fn browser(width: u32, height: u32) -> Client {
    browser_with(width, height, true, None).await
}

/// The number of events in the committed record.
fn committed_events() -> usize {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("geodata/events.json");
    let record: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    record["events"].as_array().unwrap().len()
}

/// A browser whose reader asks for `lang` first (`Accept-Language`, `navigator.languages`).
async fn browser_in(lang: &str) -> Client {
    LANGUAGE.with(|l| *l.borrow_mut() = Some(lang.to_string()));
    let c = browser(1280, 800).await;
    LANGUAGE.with(|l| *l.borrow_mut() = None);
    c
}

thread_local! {
    static LANGUAGE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// A fresh headless Chromium, with or without JavaScript (and so WebAssembly), saving downloads
/// into `downloads` if given.
async fn browser_with(
    width: u32,
    height: u32,
    scripts: bool,
    downloads: Option<&std::path::Path>,
) -> Client {
    // A fresh profile per session: a session left open by a failed test must not block the next.
    static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = SESSIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile = std::env::temp_dir().join(format!("atlas-e2e-{}-{n}", std::process::id()));
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
    // Headless windows are at least 500 px wide: a phone's viewport is emulated, so that the
    // page really is that narrow (with touch, as on a phone).
    let mut caps = caps;
    if width < 500 {
        caps["goog:chromeOptions"]["mobileEmulation"] = serde_json::json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": 1.0, "touch": true }
        });
    }
    let mut prefs = serde_json::Map::new();
    if !scripts {
        prefs.insert(
            "profile.managed_default_content_settings.javascript".into(),
            2.into(),
        );
    }
    if let Some(lang) = LANGUAGE.with(|l| l.borrow().clone()) {
        prefs.insert("intl.accept_languages".into(), lang.clone().into());
        caps["goog:chromeOptions"]["args"]
            .as_array_mut()
            .unwrap()
            .push(format!("--accept-lang={lang}").into());
    }
    if let Some(dir) = downloads {
        prefs.insert(
            "download.default_directory".into(),
            dir.display().to_string().into(),
        );
        prefs.insert("download.prompt_for_download".into(), false.into());
    }
    caps["goog:chromeOptions"]["prefs"] = prefs.into();
    let caps = match caps {
        serde_json::Value::Object(map) => map,
        _ => unreachable!(),
    };
    // A browser that fails to start (it happens on a loaded machine) is started again, twice.
    let mut tries = 0;
    loop {
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&env("WEBDRIVER_URL"))
            .await
        {
            Ok(client) => return client,
            Err(e) if tries < 2 => {
                tries += 1;
                eprintln!("the browser did not start ({e}); again");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
            Err(e) => panic!("chromedriver answers: {e}"),
        }
    }
}

/// Opens the atlas (with an optional query) and waits until the app has replaced the first
/// view written into the page at build time.
async fn open(client: &Client, query: &str) {
    client
        .goto(&format!("{}{query}", env("ATLAS_URL")))
        .await
        .unwrap();
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("body > .atlas [data-ui=date]"))
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

async fn attr(client: &Client, css: &str, name: &str) -> String {
    let element = client.find(Locator::Css(css)).await.unwrap();
    element.attr(name).await.unwrap().unwrap_or_default()
}

/// Who holds a territory now, as the page says in its `data-control` attribute.
async fn control(client: &Client, unit: &str) -> String {
    attr(client, &format!("[data-unit={unit}]"), "data-control").await
}

async fn slider_text(client: &Client) -> String {
    attr(client, "input[data-ui=date]", "aria-valuetext").await
}

async fn query_of(client: &Client) -> String {
    let url = client.current_url().await.unwrap();
    url.query().unwrap_or_default().to_string()
}

/// Scrolls the event list from the top until the event's row is in the page (the list draws
/// only the rows near its view), then clicks it, as a reader would.
async fn click_event(client: &Client, id: &str) {
    let found = client
        .execute_async(
            r#"
        const [id, done] = [arguments[0], arguments[arguments.length - 1]];
        const list = document.querySelector('nav.event-list');
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        (async () => {
            for (let top = 0; ; top = list.scrollTop + list.clientHeight) {
                list.scrollTop = top;
                await frame();
                await frame();
                const row = list.querySelector(`button[data-event="${id}"]`);
                if (row) { row.scrollIntoView({ block: 'nearest' }); await frame(); return done(true); }
                if (list.scrollTop + list.clientHeight >= list.scrollHeight) return done(false);
            }
        })();
    "#,
            vec![serde_json::json!(id)],
        )
        .await
        .unwrap();
    assert_eq!(
        found,
        serde_json::json!(true),
        "no row for {id} in the list"
    );
    client
        .find(Locator::Css(&format!("button[data-event={id}]")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

async fn eval(client: &Client, script: &str) -> serde_json::Value {
    client.execute(script, vec![]).await.unwrap()
}

/// Waits (up to 5 s) until a script returns true.
async fn until(client: &Client, script: &str) -> bool {
    for _ in 0..50 {
        if eval(client, script).await.as_bool() == Some(true) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}

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
    let c = browser_with(1280, 800, false, None).await;
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

/// The layout shift the page has had so far (the sum behind CLS).
async fn layout_shift(client: &Client) -> f64 {
    let script = r#"return new Promise(done => {
        let sum = 0;
        new PerformanceObserver(list => {
            for (const e of list.getEntries()) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(sum), 200);
    });"#;
    eval(client, script).await.as_f64().unwrap()
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
async fn the_slider_answers_the_keyboard() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1875-05-07").await;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    assert_eq!(
        slider
            .attr("role")
            .await
            .unwrap()
            .as_deref()
            .unwrap_or("slider"),
        "slider"
    );
    let start = slider_text(&c).await;
    assert!(start.starts_with("7 May 1875 — "), "{start}");
    // Right: the next event, with its title in the value text.
    slider.send_keys(&Key::Right.to_string()).await.unwrap();
    let next = slider_text(&c).await;
    assert_ne!(next, start);
    assert!(next.contains(" — "), "{next}");
    // Left comes back to the treaty.
    slider.send_keys(&Key::Left.to_string()).await.unwrap();
    assert!(slider_text(&c).await.starts_with("7 May 1875"));
    // PageUp: ten years on.
    slider.send_keys(&Key::PageUp.to_string()).await.unwrap();
    assert!(
        slider_text(&c).await.starts_with("7 May 1885"),
        "{}",
        slider_text(&c).await
    );
    // Home and End: the first event's year and today.
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    assert!(
        slider_text(&c).await.contains("1786"),
        "{}",
        slider_text(&c).await
    );
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    assert_eq!(control(&c, "southern-sakhalin").await, "russia");
    c.close().await.unwrap();
}

/// Waits until the page has painted twice and its after-paint work has run.
async fn settle(client: &Client) {
    let script = r#"return new Promise(done =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(true), 50))));"#;
    eval(client, script).await;
}

#[tokio::test]
async fn the_map_keeps_its_size_while_the_slider_moves() {
    // Whatever the event panel holds, the map keeps the room the header and slider leave it
    // (a tall window: the panel's events are often shorter than the room beside the map).
    let c = browser(1280, 1200).await;
    open(&c, "").await;
    let height = r#"return document.querySelector('body > .atlas .map-surface')
        .getBoundingClientRect().height;"#;
    // What the time slider takes beyond its own content (the room it takes from the map).
    let slack = r#"const h = s => document.querySelector('body > .atlas ' + s)
            .getBoundingClientRect().height;
        return h('.atlas-timeline') - h('.timeline-head') - h('.timeline-track');"#;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::Home.to_string()).await.unwrap();
    settle(&c).await;
    let first = eval(&c, height).await.as_f64().unwrap();
    assert!(first > 400.0, "the map fills the window: {first}");
    for step in 0..40 {
        slider.send_keys(&Key::Right.to_string()).await.unwrap();
        settle(&c).await;
        let now = eval(&c, height).await.as_f64().unwrap();
        assert_eq!(
            now,
            first,
            "after {} steps ({})",
            step + 1,
            slider_text(&c).await
        );
        let slack = eval(&c, slack).await.as_f64().unwrap();
        assert!(
            slack < 24.0,
            "the slider takes {slack} px of the map's room"
        );
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_slider_follows_the_pointer() {
    let c = browser(1280, 800).await;
    open(&c, "?date=2000-01-01").await;
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    let before = slider_text(&c).await;
    // A click near the left end of the track goes back in time.
    let rect = eval(&c, "const r = document.querySelector('input[data-ui=date]').getBoundingClientRect(); return [r.width, r.height];").await;
    let width = rect[0].as_f64().unwrap();
    let actions = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: slider.clone(),
            duration: None,
            x: -width / 2.0 + 8.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: None,
            x: 20.0,
            y: 0.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(actions).await.unwrap();
    let after = slider_text(&c).await;
    assert_ne!(before, after);
    let year: i32 = after
        .split(|ch: char| !ch.is_ascii_digit())
        .find(|w| w.len() == 4)
        .and_then(|y| y.parse().ok())
        .unwrap();
    assert!(year < 1850, "dragging near the start shows {after}");
    c.close().await.unwrap();
}

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

/// The reports of what the server's Content-Security-Policy blocked (see `scripts/serve.py`),
/// read from the page's own origin.
async fn policy_reports(client: &Client) -> Vec<serde_json::Value> {
    let reports = eval(
        client,
        "return fetch('/csp-reports', {cache: 'no-store'}).then(r => r.json())",
    )
    .await;
    reports.as_array().cloned().unwrap_or_default()
}

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
    tokio::time::sleep(Duration::from_millis(800)).await;
    let reports = policy_reports(&c).await;
    assert!(reports.is_empty(), "the policy blocked: {reports:#?}");
    // The reports do arrive: a style attribute set by hand is blocked and reported.
    eval(
        &c,
        "document.querySelector('h1').setAttribute('style', 'color: red'); return 0",
    )
    .await;
    let mut reported = false;
    for _ in 0..30 {
        if !policy_reports(&c).await.is_empty() {
            reported = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(
        reported,
        "a violation is reported: the check above can fail"
    );
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_atlas_works_in_a_sandboxed_frame() {
    let c = browser(1280, 900).await;
    // A page of the same site (the data folder's listing) that frames the atlas as a school's
    // page would.
    let site = env("ATLAS_URL");
    c.goto(&format!("{site}geodata/")).await.unwrap();
    let framed = format!("{site}?date=1875-05-07");
    eval(
        &c,
        &format!(
            "const frame = document.createElement('iframe'); \
             frame.title = 'Frontier Atlas'; \
             frame.setAttribute('sandbox', 'allow-scripts allow-same-origin'); \
             frame.width = 1000; frame.height = 700; frame.src = '{framed}'; \
             document.body.replaceChildren(frame); return 0"
        ),
    )
    .await;
    let frame = c.find(Locator::Css("iframe")).await.unwrap();
    frame.enter_frame().await.unwrap();
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("body > .atlas [data-ui=date]"))
        .await
        .expect("the app mounts inside the sandboxed frame");
    assert!(slider_text(&c).await.starts_with("7 May 1875 — "));
    assert_eq!(control(&c, "urup").await, "japan");
    c.close().await.unwrap();
}

/// What a copy of the atlas with broken data (see `scripts/broken_data.py`) must still show: the
/// file its notices name, and how many territories and events are drawn.
struct Broken {
    case: &'static str,
    names: &'static str,
    units: usize,
    events: usize,
}

/// The corpus: each data file missing, empty, cut short, of the wrong shape and with one bad
/// entry, hostile text, and every event in the future.
fn broken_cases() -> Vec<Broken> {
    let mut cases = Vec::new();
    let all = |case, names| Broken {
        case,
        names,
        units: 13,
        events: committed_events(),
    };
    for kind in ["missing", "empty", "truncated", "wrong-shape"] {
        let case = |file: &str| -> &'static str { format!("{file}-{kind}").leak() };
        cases.push(all(case("atlas"), "atlas.json"));
        cases.push(Broken {
            events: 0,
            ..all(case("events"), "events.json")
        });
        cases.push(all(case("sources"), "sources.json"));
        cases.push(Broken {
            units: 0,
            ..all(case("territories"), "territories.geojson")
        });
        cases.push(all(case("claims"), "claims.geojson"));
        cases.push(all(case("base"), "base.geojson"));
    }
    cases.push(all("atlas-one-bad", "atlas.json"));
    cases.push(Broken {
        events: committed_events() - 1,
        ..all("events-one-bad", "events.json, line")
    });
    cases.push(all("sources-one-bad", "sources.json, line"));
    cases.push(Broken {
        units: 12,
        ..all("territories-one-bad", "territories.geojson, line")
    });
    cases.push(all("claims-one-bad", "claims.geojson, line"));
    cases.push(all("base-one-bad", "base.geojson, line"));
    cases.push(all("hostile", "U+202E"));
    cases.push(all("future", ""));
    cases
}

#[tokio::test]
async fn broken_data_keeps_the_page_working_with_the_right_notices() {
    let base = std::env::var("ATLAS_BROKEN_URL")
        .unwrap_or_else(|_| env("ATLAS_URL").replace("/history/atlas/", "/broken/"));
    let c = browser(1280, 800).await;
    // Only what these pages do counts: the reports of earlier tests are forgotten.
    c.goto(&format!("{base}cases.txt")).await.unwrap();
    eval(
        &c,
        "return fetch('/csp-reports', {method: 'DELETE'}).then(r => r.status)",
    )
    .await;
    for case in broken_cases() {
        let name = case.case;
        c.goto(&format!("{base}{name}/")).await.unwrap();
        c.wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css("body > .atlas [data-ui=date]"))
            .await
            .unwrap_or_else(|_| panic!("{name}: the app does not start"));
        let mut notices = Vec::new();
        for notice in c
            .find_all(Locator::Css("body > .atlas .notice-text"))
            .await
            .unwrap()
        {
            notices.push(notice.text().await.unwrap());
        }
        let all = notices.join("\n");
        assert!(
            all.contains(case.names),
            "{name}: no notice names {}: {all}",
            case.names
        );
        let unique: std::collections::HashSet<&String> = notices.iter().collect();
        assert_eq!(
            unique.len(),
            notices.len(),
            "{name}: a notice repeats: {all}"
        );
        assert!(
            all.chars().count() < 2_000,
            "{name}: notices of {} characters",
            all.chars().count()
        );
        let units = c
            .find_all(Locator::Css("body > .atlas [data-unit]"))
            .await
            .unwrap()
            .len();
        assert_eq!(units, case.units, "{name}: territories drawn");
        let count = text(&c, "[data-ui=event-count]").await;
        assert_eq!(count, format!("{0} of {0} events", case.events), "{name}");
        // Nothing is wider than the window, no markup from the data went live.
        let checks = eval(
            &c,
            "return [document.documentElement.scrollWidth <= innerWidth, \
             document.querySelectorAll('img').length === 0, document.title]",
        )
        .await;
        assert_eq!(
            checks,
            serde_json::json!([true, true, "Frontier Atlas"]),
            "{name}"
        );
        // And it still answers: a slider step.
        let slider = c.find(Locator::Css("[data-ui=date]")).await.unwrap();
        slider.send_keys(&Key::Home.to_string()).await.unwrap();
        slider.send_keys(&Key::Right.to_string()).await.unwrap();
        assert!(
            c.find(Locator::Css("body > .atlas [data-ui=date]"))
                .await
                .is_ok(),
            "{name}"
        );
        if name == "hostile" {
            screenshot(&c, "broken-data-hostile").await;
        }
    }
    let reports = policy_reports(&c).await;
    assert!(reports.is_empty(), "the policy blocked: {reports:#?}");
    c.close().await.unwrap();
}

/// Writes a screenshot of one element (an iframe at its own size).
async fn element_screenshot(element: &fantoccini::elements::Element, name: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = element.screenshot().await.unwrap();
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

/// Waits, inside a frame, until the app has replaced the first view.
async fn wait_for_app(client: &Client, what: &str) {
    client
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("body > .atlas [data-ui=date]"))
        .await
        .unwrap_or_else(|_| panic!("{what}: the app does not start"));
}

#[tokio::test]
async fn the_atlas_embedded_twice_in_another_sites_page() {
    let c = browser(1280, 1100).await;
    // examples/embed.html, from another origin than the atlas, frames it at two states.
    let page = format!(
        "{}embed.html?atlas={}",
        env("EXAMPLES_URL"),
        env("ATLAS_URL")
    );
    c.goto(&page).await.unwrap();
    let frames = c
        .find_all(Locator::Css("iframe[data-atlas-frame]"))
        .await
        .unwrap();
    assert_eq!(frames.len(), 2);

    // 800×500, the Kurils on 19 October 1956, names in Japanese.
    frames[0].clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the first frame").await;
    // Started, the atlas took no keyboard focus from the page around it.
    c.enter_parent_frame().await.unwrap();
    assert_eq!(
        eval(&c, "return document.activeElement.tagName").await,
        "BODY"
    );
    frames[0].clone().enter_frame().await.unwrap();
    assert_eq!(
        eval(&c, "return document.documentElement.dataset.mode").await,
        "embed"
    );
    assert_eq!(attr(&c, "body > .atlas", "data-mode").await, "embed");
    assert!(
        slider_text(&c).await.starts_with("1956年10月19日 — "),
        "{}",
        slider_text(&c).await
    );
    assert_eq!(
        attr(&c, "[data-ui=view-kurils]", "aria-pressed").await,
        "true"
    );
    // The frame asks for Japanese: the caption speaks it.
    assert!(text(&c, "[data-ui=embed-event]")
        .await
        .contains("日ソ共同宣言"));
    // No header, no event list: the map, the caption and the slider.
    let absent = "return ['.atlas-header', '.atlas-events', '.event-browser', '.date-entry'].filter(s => document.querySelector('body > .atlas ' + s) && document.querySelector('body > .atlas ' + s).offsetParent !== null)";
    assert_eq!(eval(&c, absent).await, serde_json::json!([]));
    // The passage is one tap away.
    c.find(Locator::Css("[data-ui=embed-event]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(
        until(
            &c,
            "return !!document.querySelector('.embed-passage blockquote')"
        )
        .await
    );
    c.find(Locator::Css("[data-ui=embed-event]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The wheel scrolls the page around it; with ctrl it zooms, and a hint says so.
    let wheel = |ctrl: bool| {
        format!(
            "const map = document.querySelector('body > .atlas .map-surface'); \
             const r = map.getBoundingClientRect(); \
             const before = document.querySelector('body > .atlas [data-ui=map] svg').getAttribute('viewBox'); \
             const free = map.dispatchEvent(new WheelEvent('wheel', {{deltaY: -200, clientX: r.x + r.width / 2, \
               clientY: r.y + r.height / 2, ctrlKey: {ctrl}, bubbles: true, cancelable: true}})); \
             return new Promise(done => requestAnimationFrame(() => done([free, \
               before !== document.querySelector('body > .atlas [data-ui=map] svg').getAttribute('viewBox')])))"
        )
    };
    assert_eq!(
        eval(&c, &wheel(false)).await,
        serde_json::json!([true, false])
    );
    assert!(
        until(
            &c,
            "return !document.querySelector('[data-ui=wheel-hint]').hidden"
        )
        .await
    );
    assert_eq!(
        eval(&c, &wheel(true)).await,
        serde_json::json!([false, true])
    );
    // Choosing a view replaces the frame's history entry: the page's back button is its own.
    let before = eval(&c, "return history.length").await;
    c.find(Locator::Css("[data-ui=view-sakhalin]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(until(&c, "return location.search.includes('view=sakhalin')").await);
    assert_eq!(eval(&c, "return history.length").await, before);
    // The full atlas, at the same state.
    let full = attr(&c, "[data-ui=open-full]", "href").await;
    for part in ["date=1956-10-19", "view=sakhalin", "lang=ja"] {
        assert!(full.contains(part), "{full}");
    }
    assert!(!full.contains("embed"), "{full}");
    c.enter_parent_frame().await.unwrap();
    element_screenshot(&frames[0], "embed-800x500").await;

    // 320×240, Sakhalin in 1905.
    frames[1].clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the second frame").await;
    assert!(slider_text(&c).await.starts_with("5 September 1905 — "));
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    let fits = "const b = document.querySelector('body > .atlas').getBoundingClientRect(); \
                const m = document.querySelector('body > .atlas [data-ui=map]').getBoundingClientRect(); \
                const s = document.querySelector('body > .atlas [data-ui=date]').getBoundingClientRect(); \
                return [b.width <= innerWidth, b.height <= innerHeight, m.height >= 80, s.bottom <= innerHeight]";
    assert_eq!(
        eval(&c, fits).await,
        serde_json::json!([true, true, true, true])
    );
    c.enter_parent_frame().await.unwrap();
    eval(
        &c,
        "document.querySelectorAll('iframe')[1].scrollIntoView(); return 0",
    )
    .await;
    element_screenshot(&frames[1], "embed-320x240").await;

    // Opening the full atlas from the first frame: a new tab at the state shown.
    frames[0].clone().enter_frame().await.unwrap();
    c.find(Locator::Css("[data-ui=open-full]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let main = c.window().await.unwrap();
    let mut opened = None;
    for _ in 0..50 {
        let windows = c.windows().await.unwrap();
        if let Some(w) = windows.into_iter().find(|w| *w != main) {
            opened = Some(w);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    c.switch_to_window(opened.expect("a new tab"))
        .await
        .unwrap();
    wait_for_app(&c, "the full atlas").await;
    assert_eq!(attr(&c, "body > .atlas", "data-mode").await, "full");
    assert!(slider_text(&c).await.starts_with("1956年10月19日 — "));
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
        "ja"
    );
    assert!(c
        .find(Locator::Css("body > .atlas .atlas-header"))
        .await
        .is_ok());
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_share_panel_link_and_snippet_reproduce_the_state() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1905-09-05&view=sakhalin&lang=ru").await;
    click_event(&c, "treaty-of-portsmouth-1905").await;
    click(&c, "[data-ui=share]").await;
    assert!(
        until(
            &c,
            "return document.querySelector('[data-ui=share-panel]').open"
        )
        .await
    );
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

#[tokio::test]
async fn the_atlas_prints_the_map_the_date_and_the_event_on_a4_and_letter() {
    use fantoccini::wd::{PrintConfiguration, PrintSize};
    let c = browser(1280, 800).await;
    open(
        &c,
        "?date=1905-09-05&view=sakhalin&event=treaty-of-portsmouth-1905",
    )
    .await;
    // Wait for the panel to follow the painted frame.
    assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905] blockquote')").await);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    for (name, size) in [("a4", PrintSize::A4), ("letter", PrintSize::US_LETTER)] {
        let config = PrintConfiguration::builder()
            .size(size)
            .background(true)
            .build()
            .unwrap();
        let pdf = c.print(config).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"), "{name}: a PDF");
        // One page for the map, the date and the event; its passages may take a second.
        let text = String::from_utf8_lossy(&pdf);
        let pages = text.matches("/Type /Page\n").count()
            + text.matches("/Type /Page/").count()
            + text.matches("/Type /Page ").count()
            + text.matches("/Type /Page>").count();
        assert!((1..=2).contains(&pages), "{name}: {pages} pages");
        std::fs::write(dir.join(format!("print-{name}.pdf")), &pdf).unwrap();
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn after_one_visit_the_atlas_opens_with_its_server_stopped() {
    // A server of this test's own, to stop: the build as the tier serves it.
    let site = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-site");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut server = tokio::process::Command::new("python3")
        .arg(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/serve.py"))
        .args(["--port", &port.to_string(), "--directory"])
        .arg(&site)
        .kill_on_drop(true)
        .spawn()
        .expect("python3 serves the site");
    let atlas = format!("http://127.0.0.1:{port}/history/atlas/");
    let c = browser(1280, 800).await;
    let mut up = false;
    for _ in 0..50 {
        if c.goto(&format!("{atlas}?date=1905-09-05")).await.is_ok()
            && c.find(Locator::Css("[data-ui=prerender], body > .atlas"))
                .await
                .is_ok()
        {
            up = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(up, "the test's server answers");
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

/// Clicks the button `[data-ui=<button>]` and reads the file it downloads, once it is there.
async fn download(client: &Client, button: &str, file: &std::path::Path) -> Vec<u8> {
    client
        .find(Locator::Css(&format!("[data-ui={button}]")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for _ in 0..50 {
        if file.exists() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    std::fs::read(file).unwrap_or_else(|e| panic!("{} is not downloaded: {e}", file.display()))
}

#[tokio::test]
async fn the_map_downloads_as_a_self_contained_svg_with_its_holders() {
    let dir = std::env::temp_dir().join(format!("atlas-downloads-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let c = browser_with(1280, 800, true, Some(&dir)).await;
    open(
        &c,
        "?date=1905-09-05&view=sakhalin&event=treaty-of-portsmouth-1905",
    )
    .await;
    click(&c, "[data-ui=share]").await;
    let name = "frontier-atlas-sakhalin-1905-09-05";
    let svg = download(&c, "download-svg", &dir.join(format!("{name}.svg"))).await;
    let svg = String::from_utf8(svg).expect("the SVG is text");
    // And as PNG, painted at twice the pixels.
    let png = download(&c, "download-png", &dir.join(format!("{name}.png"))).await;
    c.close().await.unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let dimension =
        |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    let number = |name: &str| -> f64 {
        let at = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
        svg[at..at + svg[at..].find('"').unwrap()].parse().unwrap()
    };
    assert_eq!(f64::from(dimension(16)), 2.0 * number("width"));
    assert_eq!(f64::from(dimension(20)), 2.0 * number("height"));
    // A map is more than a few colours: the PNG is not blank.
    assert!(png.len() > 20_000, "{} bytes", png.len());
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::write(shots.join("map-download.png"), &png).unwrap();
    // A standalone SVG document: no stylesheet, no CSS variable, nothing from elsewhere.
    assert!(svg.starts_with("<?xml"), "{}", &svg[..80]);
    assert!(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    for absent in ["var(--", "<style", "href=\"http", "class=\""] {
        assert!(!svg.contains(absent), "{absent} in the SVG");
    }
    // The date, the event, the attribution, the legend.
    for present in [
        "P. Wessel &amp; W. H. F. Smith, LGPL-3.0-or-later.",
        "5 September 1905",
        "Treaty of Portsmouth",
        "Natural Earth",
        "Russian Empire",
    ] {
        assert!(svg.contains(present), "{present} missing");
    }
    // Every unit with its holder, and its colour written out.
    let unit = |id: &str| {
        let at = svg
            .find(&format!("data-unit=\"{id}\""))
            .unwrap_or_else(|| panic!("{id} missing"));
        let end = svg[at..].find('>').unwrap() + at;
        svg[svg[..at].rfind('<').unwrap()..end].to_string()
    };
    assert!(unit("southern-sakhalin").contains("data-control=\"japan\""));
    assert!(unit("northern-sakhalin").contains("data-control=\"russia\""));
    assert!(svg.matches("data-unit=").count() >= 13);
    assert!(
        unit("northern-sakhalin").contains("fill=\"#"),
        "colours are written as attributes"
    );
    // It parses as an image in the browser.
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::write(dir.join("map-download.svg"), &svg).unwrap();
}

/// What axe-core (installed by `scripts/ensure-tools.sh --browser`) finds wrong in the live
/// page against WCAG 2.1 A and AA: each rule broken, with the first elements breaking it.
async fn accessibility_violations(client: &Client) -> Vec<serde_json::Value> {
    let axe = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(".tools/axe-core/node_modules/axe-core/axe.min.js");
    let source = std::fs::read_to_string(&axe).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run scripts/ensure-tools.sh --browser)",
            axe.display()
        )
    });
    // Run by the driver, as developer tools run a script: the page's policy does not apply.
    client.execute(&source, vec![]).await.unwrap();
    let found = eval(
        client,
        "return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, \
         exclude: [['[data-ui=prerender]']]}).then(r => r.violations.map(v => \
         ({rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))})))",
    )
    .await;
    found.as_array().cloned().unwrap_or_default()
}

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
                click(&c, "[data-ui=holders-toggle]").await;
                assert!(
                    until(
                        &c,
                        "return !!document.querySelector('[data-ui=holders-table]')"
                    )
                    .await
                );
                let found = accessibility_violations(&c).await;
                assert!(found.is_empty(), "{width}×{height}, {side}: {found:#?}");
            }
        }
        if layout.is_empty() && width > 1000 {
            // The Share panel, open.
            click(&c, "[data-ui=share]").await;
            assert!(
                until(
                    &c,
                    "return document.querySelector('[data-ui=share-panel]').open"
                )
                .await
            );
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "the Share panel: {found:#?}");
        }
        c.close().await.unwrap();
    }
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
    c.find(Locator::Css("[data-ui=view-sakhalin]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
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

/// The theatres at three dates each, for people to look at.
#[tokio::test]
async fn screenshots_of_each_theatre() {
    let c = browser(1280, 800).await;
    let shots = [
        ("kurils", ["1860-01-01", "1900-01-01", "1958-01-01"]),
        ("sakhalin", ["1860-01-01", "1922-01-01", "1946-06-01"]),
        ("khalkhin-gol", ["1936-01-01", "1939-07-15", "1950-01-01"]),
    ];
    for (view, dates) in shots {
        for date in dates {
            open(&c, &format!("?date={date}&view={view}")).await;
            assert!(c.find(Locator::Css("[data-unit]")).await.is_ok());
            screenshot(&c, &format!("{view}-{date}")).await;
        }
    }
    c.close().await.unwrap();
}

/// Start-up and slider-step timings, recorded (not asserted) in target/perf.json.
#[tokio::test]
async fn record_performance() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    assert!(
        until(
            &c,
            "return performance.getEntriesByName('atlas-drawn').length > 0"
        )
        .await
    );
    let startup = eval(
        &c,
        r#"
        const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
        const drawn = performance.getEntriesByName('atlas-drawn')[0];
        return { wasm_fetched_ms: wasm.responseEnd, drawn_ms: drawn.startTime,
                 after_wasm_ms: drawn.startTime - wasm.responseEnd };
    "#,
    )
    .await;
    let steps = c.execute_async(r#"
        const done = arguments[arguments.length - 1];
        const slider = document.querySelector('input[data-ui=date]');
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        let last = 0;
        const observer = new MutationObserver(() => { last = performance.now(); });
        observer.observe(document.querySelector('.atlas'), { subtree: true, attributes: true, childList: true, characterData: true });
        const times = [];
        const step = (n) => {
            if (n === 0) { observer.disconnect(); times.sort((a, b) => a - b); done({ steps: times.length, final_text: slider.getAttribute('aria-valuetext'), median_ms: times[times.length >> 1], p90_ms: times[Math.floor(times.length * 0.9)], max_ms: times[times.length - 1] }); return; }
            const t0 = performance.now();
            last = t0;
            slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
            setTimeout(() => { times.push(last - t0); step(n - 1); }, 0);
        };
        // One sweep through every event, from the first.
        step(parseInt(document.querySelector('[data-ui=event-count]').textContent.split(' of ')[1], 10) - 1);
    "#, vec![]).await.unwrap();
    // Playback: animation-frame intervals for three seconds of play at 5 years a second.
    let playback = c
        .execute_async(
            r#"
        const done = arguments[arguments.length - 1];
        document.querySelector('input[data-ui=date]')
            .dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        document.querySelector('[data-ui=play]').click();
        const gaps = [];
        let previous = performance.now();
        const start = previous;
        const frame = (now) => {
            gaps.push(now - previous);
            previous = now;
            if (now - start < 3000) { requestAnimationFrame(frame); return; }
            document.querySelector('[data-ui=play]').click();
            gaps.sort((a, b) => a - b);
            const median = gaps[gaps.length >> 1];
            done({ frames: gaps.length, median_frame_ms: median,
                   dropped: gaps.filter((g) => g > 1.5 * median).length,
                   date_reached: document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext') });
        };
        requestAnimationFrame(frame);
    "#,
            vec![],
        )
        .await
        .unwrap();
    let report =
        serde_json::json!({ "startup": startup, "slider_steps": steps, "playback": playback });
    println!("performance: {report}");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
    std::fs::write(
        dir.join("perf.json"),
        serde_json::to_string_pretty(&report).unwrap(),
    )
    .unwrap();
    assert!(steps["steps"].as_u64().unwrap_or(0) > 100);
    // The sweep reached the last event of the record.
    let last = steps["final_text"].as_str().unwrap_or_default().to_string();
    assert!(last.contains(" — "), "the sweep ended on an event: {last}");
    c.close().await.unwrap();
}

/// Waits until the interface speaks `lang`: the page's `lang`, and the Play button's word.
async fn speaks(client: &Client, lang: &str, play: &str) {
    let script = format!(
        "return document.documentElement.lang === '{lang}' && \
         document.querySelector('[data-ui=play] .tl-text').textContent === '{play}'"
    );
    assert!(
        until(client, &script).await,
        "the page does not speak {lang}"
    );
}

#[tokio::test]
async fn each_language_writes_the_interface_dates_and_party_names_its_own_way() {
    let c = browser(1280, 800).await;
    for (lang, play, date, title, party) in [
        ("ja", "再生", "1905年9月5日", "ポーツマス", "ロシア帝国"),
        (
            "ru",
            "Воспроизвести",
            "5 сентября 1905\u{a0}г.",
            "Портсмут",
            "Российская империя",
        ),
        (
            "en",
            "Play",
            "5 September 1905",
            "Portsmouth",
            "Russian Empire",
        ),
    ] {
        open(&c, &format!("?date=1905-09-05&view=sakhalin&lang={lang}")).await;
        speaks(&c, lang, play).await;
        assert!(
            slider_text(&c).await.starts_with(date),
            "{lang}: {}",
            slider_text(&c).await
        );
        assert!(text(&c, ".event-title").await.contains(title), "{lang}");
        assert!(text(&c, ".map-legend").await.contains(party), "{lang}");
        // The Old Style date, as the language writes it.
        assert!(text(&c, ".timeline-now").await.contains("1905"), "{lang}");
        // Quotes stay verbatim, in English, marked as such.
        assert_eq!(attr(&c, ".quote-text", "lang").await, "en");
        screenshot(&c, &format!("language-{lang}")).await;
    }
    // The Soviet Union in 1950, by its name of the time in each language.
    open(&c, "?date=1950-01-01&view=kurils&lang=ru").await;
    speaks(&c, "ru", "Воспроизвести").await;
    assert!(text(&c, ".map-legend").await.contains("Советский Союз"));
    c.close().await.unwrap();

    // With no language in the link, the reader's browser chooses; the link stays without one.
    let c = browser_in("ja-JP").await;
    open(&c, "?date=1905-09-05").await;
    speaks(&c, "ja", "再生").await;
    assert!(!query_of(&c).await.contains("lang="));
    c.close().await.unwrap();
}

#[tokio::test]
async fn each_side_sees_the_map_its_own_way() {
    let c = browser(1280, 800).await;
    let view_holder = |unit: &'static str| {
        let c = &c;
        async move { attr(c, &format!("[data-unit={unit}]"), "data-view-holder").await }
    };
    // As it was: no side's view on the territories.
    open(&c, "?date=1952-06-01&view=kurils").await;
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-unit][data-view-holder]').length"
        )
        .await,
        0
    );
    // Japan in 1952: Shikotan and the Habomai its own, held by the Soviet Union; Etorofu and
    // the rest renounced, no one's title recognised.
    open(&c, "?date=1952-06-01&view=kurils&perspective=japan").await;
    let units = eval(&c, "return document.querySelectorAll('[data-unit]').length").await;
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-unit][data-view-holder]').length"
        )
        .await,
        units,
        "every territory carries data-view-holder"
    );
    assert_eq!(view_holder("shikotan").await, "japan");
    assert_eq!(control(&c, "shikotan").await, "russia");
    assert_eq!(
        attr(&c, "[data-unit=shikotan]", "data-view").await,
        "own-held-by-another"
    );
    assert_eq!(view_holder("iturup").await, "none");
    assert_eq!(view_holder("southern-sakhalin").await, "none");
    assert_eq!(view_holder("hokkaido").await, "japan");
    screenshot(&c, "perspective-japan-1952").await;
    // From 1956, all four islands.
    open(&c, "?date=1960-01-01&view=kurils&perspective=japan").await;
    assert_eq!(view_holder("iturup").await, "japan");
    assert_eq!(view_holder("urup").await, "none");
    // The Soviet Union, the same day: its own.
    open(&c, "?date=1960-01-01&view=kurils&perspective=russia").await;
    assert_eq!(view_holder("iturup").await, "russia");
    // China never recognised Manchukuo; Manchukuo claimed the strip Mongolia held.
    open(&c, "?date=1936-06-01&view=khalkhin-gol&perspective=china").await;
    assert_eq!(control(&c, "manchurian-side").await, "manchukuo");
    assert_eq!(view_holder("manchurian-side").await, "china");
    assert_eq!(view_holder("mongolian-side").await, "china");
    open(
        &c,
        "?date=1936-06-01&view=khalkhin-gol&perspective=manchukuo",
    )
    .await;
    assert_eq!(view_holder("khalkhin-gol-strip").await, "manchukuo");
    assert_eq!(control(&c, "khalkhin-gol-strip").await, "mongolia");
    open(
        &c,
        "?date=1936-06-01&view=khalkhin-gol&perspective=mongolia",
    )
    .await;
    assert_eq!(view_holder("khalkhin-gol-strip").await, "mongolia");
    assert!(text(&c, "[data-ui=legend-side]").await.contains("Mongolia"));
    screenshot(&c, "perspective-mongolia-1936").await;
    // Chosen from the switch: the link follows, and "as it was" takes the views away.
    c.find(Locator::Css("[data-ui=perspective]"))
        .await
        .unwrap()
        .select_by_value("japan")
        .await
        .unwrap();
    assert!(until(&c, "return location.search.includes('perspective=japan')").await);
    assert!(
        until(
            &c,
            "return document.querySelector('[data-unit=iturup]').dataset.viewHolder === 'japan'"
        )
        .await
    );
    c.find(Locator::Css("[data-ui=perspective]"))
        .await
        .unwrap()
        .select_by_value("")
        .await
        .unwrap();
    assert!(until(&c, "return !location.search.includes('perspective=') && !document.querySelector('[data-unit][data-view-holder]')").await);
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_table_of_who_held_what_follows_the_slider_and_the_side() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1920-01-01&view=sakhalin").await;
    click(&c, "[data-ui=holders-toggle]").await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=holders-table]')"
        )
        .await
    );
    let rows = eval(
        &c,
        "return document.querySelectorAll('[data-ui=holders-table] tbody tr').length",
    )
    .await;
    assert_eq!(rows, eval(&c, "return document.querySelectorAll('[data-unit]').length - document.querySelectorAll('[data-ui=holders-table] [data-unit]').length").await);
    let row = "[data-ui=holders-table] tr[data-unit=southern-sakhalin]";
    assert!(
        text(&c, row).await.contains("Japan"),
        "{}",
        text(&c, row).await
    );
    assert!(text(&c, row).await.contains("Treaty of Portsmouth"));
    // The slider moves; the table follows.
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    assert!(until(&c, "return document.querySelector('[data-ui=holders-table] tr[data-unit=southern-sakhalin]').dataset.control === 'russia'").await);
    assert!(text(&c, "[data-ui=holders-toggle]")
        .await
        .contains(&text(&c, ".slider-date").await));
    // Its claims column names Japan's claim to the four islands today.
    assert!(!text(
        &c,
        "[data-ui=holders-table] tr[data-unit=iturup] [data-col=claims]"
    )
    .await
    .is_empty());
    // A side's view adds its column.
    open(&c, "?date=1952-06-01&view=kurils&perspective=japan").await;
    click(&c, "[data-ui=holders-toggle]").await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=holders-table] [data-col=view]')"
        )
        .await
    );
    assert!(!text(
        &c,
        "[data-ui=holders-table] tr[data-unit=shikotan] [data-col=view]"
    )
    .await
    .is_empty());
    screenshot(&c, "holders-table").await;
    // The map's SVG points readers to it.
    assert!(!attr(&c, "[data-ui=map]", "aria-describedby")
        .await
        .is_empty());
    c.close().await.unwrap();
}

/// Presses Tab until the focused element matches `css` (at most `limit` times).
async fn tab_to(client: &Client, css: &str, limit: usize) {
    for _ in 0..limit {
        let found = eval(
            client,
            &format!("return !!document.activeElement && document.activeElement.matches('{css}')"),
        )
        .await;
        if found == true {
            // The focus is visible: an outline or a ring.
            let visible = eval(
                client,
                "const s = getComputedStyle(document.activeElement); \
                 return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' || s.boxShadow !== 'none'",
            )
            .await;
            assert_eq!(visible, true, "no visible focus on {css}");
            return;
        }
        press(client, Key::Tab).await;
    }
    panic!("Tab never reached {css}");
}

/// Whether `script` comes true within half a second.
async fn until_quick(client: &Client, script: &str) -> bool {
    for _ in 0..10 {
        if eval(client, script).await == true {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    false
}

/// Clicks the element `css` finds.
async fn click(client: &Client, css: &str) {
    client
        .find(Locator::Css(css))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Presses a key wherever the focus is, as a reader's keyboard does.
async fn press(client: &Client, key: Key) {
    let key = char::from(key);
    let actions = fantoccini::actions::KeyActions::new("keyboard".to_string())
        .then(fantoccini::actions::KeyAction::Down { value: key })
        .then(fantoccini::actions::KeyAction::Up { value: key });
    client.perform_actions(actions).await.unwrap();
}

/// Types text wherever the focus is.
async fn type_text(client: &Client, text: &str) {
    let mut actions = fantoccini::actions::KeyActions::new("keyboard".to_string());
    for c in text.chars() {
        actions = actions
            .then(fantoccini::actions::KeyAction::Down { value: c })
            .then(fantoccini::actions::KeyAction::Up { value: c });
    }
    client.perform_actions(actions).await.unwrap();
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
