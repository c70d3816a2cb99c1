//! The projector's layout (`?present=1`): offered from the full atlas, the map filling the
//! screen with the date and the event's title in large type at 1280×720 and 1920×1080, full
//! screen, a clicker's keys through the one action that steps, the controls fading while the
//! reader is idle, and no accessibility violation in any language.

use crate::fixtures::*;
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use frontier_atlas::components::present::IDLE_MS;

/// Makes the page's viewport exactly `width`×`height` (the window's own frame added).
async fn viewport(c: &Client, width: u32, height: u32) {
    let frame = eval(
        c,
        "return [outerWidth - innerWidth, outerHeight - innerHeight]",
    )
    .await;
    let side = |i: usize| u32::try_from(frame[i].as_u64().unwrap()).unwrap();
    c.set_window_size(width + side(0), height + side(1))
        .await
        .unwrap();
    let exact = format!("return innerWidth === {width} && innerHeight === {height}");
    assert!(
        until(c, &exact).await,
        "the viewport is not {width}×{height}"
    );
}

/// A browser whose page is `width`×`height`, at the atlas opened with `query`.
async fn projector(width: u32, height: u32, query: &str) -> Client {
    let c = browser(width, height).await;
    c.goto(&env("ATLAS_URL")).await.unwrap();
    viewport(&c, width, height).await;
    open(&c, query).await;
    c
}

/// The computed size of the type of the live page's element `css`, in pixels.
async fn type_px(c: &Client, css: &str) -> f64 {
    let script =
        format!("return parseFloat(getComputedStyle(document.querySelector('body > .atlas {css}')).fontSize)");
    eval(c, &script).await.as_f64().unwrap()
}

/// The event the projector's caption shows (its `data-event`).
async fn captioned(c: &Client) -> String {
    let script = "const e = document.querySelector('[data-ui=present-title] [data-event]'); \
                  return e ? e.dataset.event : ''";
    eval(c, script)
        .await
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// Waits until the caption shows the event `id`.
async fn until_captioned(c: &Client, id: &str, why: &str) {
    let script = format!(
        "const e = document.querySelector('[data-ui=present-title] [data-event]'); \
         return !!e && e.dataset.event === '{id}'"
    );
    assert!(
        until(c, &script).await,
        "{why}: the caption shows {}",
        captioned(c).await
    );
}

/// Whether the controls have faded: the root says `data-idle` and the slider is hidden.
const FADED: &str = "return document.documentElement.hasAttribute('data-idle') && \
    getComputedStyle(document.querySelector('body > .atlas .atlas-timeline')).visibility === 'hidden'";
/// Whether the controls show: no `data-idle`, the slider visible and opaque.
const SHOWN: &str = "const s = getComputedStyle(document.querySelector('body > .atlas .atlas-timeline')); \
    return !document.documentElement.hasAttribute('data-idle') && s.visibility === 'visible' && s.opacity === '1'";

/// Waits, longer than the idle time, until the controls have faded.
async fn until_faded(c: &Client) -> bool {
    until_within(c, FADED, Duration::from_millis(u64::from(IDLE_MS) * 3)).await
}

#[tokio::test]
async fn present_mode_fills_the_screen_in_large_type() {
    for (width, height) in [(1280, 720), (1920, 1080)] {
        let c = projector(
            width,
            height,
            "?event=treaty-of-portsmouth-1905&view=sakhalin",
        )
        .await;
        assert!(until(&c, "return !!document.querySelector('article.event[data-event=treaty-of-portsmouth-1905]')").await);
        let legend = ".map-legend li:not([hidden])";
        let normal = [
            type_px(&c, ".slider-date").await,
            type_px(&c, ".event-title").await,
            type_px(&c, legend).await,
        ];
        // Offered from the full atlas: the header's Present button.
        click(&c, "[data-ui=present]").await;
        assert!(until(&c, "return document.documentElement.dataset.mode === 'present' && location.search.includes('present=1')").await);
        assert_eq!(attr(&c, "body > .atlas", "data-mode").await, "present");
        until_captioned(&c, "treaty-of-portsmouth-1905", "entered").await;
        assert_eq!(text(&c, "[data-ui=present-date]").await, "5 September 1905");
        assert_eq!(
            text(&c, "[data-ui=present-title]").await,
            "Treaty of Portsmouth"
        );
        let large = [
            type_px(&c, "[data-ui=present-date]").await,
            type_px(&c, "[data-ui=present-title]").await,
            type_px(&c, legend).await,
        ];
        for ((what, big), small) in ["date", "title", "legend"].iter().zip(large).zip(normal) {
            assert!(
                big >= 2.0 * small,
                "{width}×{height}: the {what} is {big}px, the full atlas's {small}px"
            );
        }
        // The map fills the screen: its whole width, most of its height, the event column left
        // out; the legend open and clear of the slider.
        let fills = "const m = document.querySelector('body > .atlas [data-ui=map]').getBoundingClientRect(); \
            const l = document.querySelector('body > .atlas .map-legend').getBoundingClientRect(); \
            const t = document.querySelector('body > .atlas .atlas-timeline').getBoundingClientRect(); \
            return [m.left === 0 && Math.abs(m.width - innerWidth) < 1, m.height >= 0.75 * innerHeight, \
              Math.abs(m.bottom - innerHeight) < 1, \
              getComputedStyle(document.querySelector('body > .atlas .atlas-events')).display, \
              document.querySelector('body > .atlas .map-legend').open && l.bottom <= t.top]";
        assert_eq!(
            eval(&c, fills).await,
            serde_json::json!([true, true, true, "none", true]),
            "{width}×{height}"
        );
        screenshot(&c, &format!("present-{width}x{height}")).await;
        // Full screen, and back.
        click(&c, "[data-ui=fullscreen]").await;
        assert!(until(&c, "return !!document.fullscreenElement && document.querySelector('[data-ui=fullscreen]').getAttribute('aria-pressed') === 'true'").await);
        click(&c, "[data-ui=fullscreen]").await;
        assert!(until(&c, "return !document.fullscreenElement").await);
        // The Share panel's link keeps the projector; its frame does not.
        open_share(&c).await;
        let link = eval(
            &c,
            "return document.querySelector('[data-ui=share-link]').value",
        )
        .await;
        assert!(link.as_str().unwrap().contains("present=1"), "{link}");
        let snippet = eval(
            &c,
            "return document.querySelector('[data-ui=share-snippet]').value",
        )
        .await;
        let snippet = snippet.as_str().unwrap();
        assert!(
            snippet.contains("embed=1") && !snippet.contains("present"),
            "{snippet}"
        );
        click(&c, "[data-ui=share-close]").await;
        // And back to the full atlas.
        click(&c, "[data-ui=present-leave]").await;
        assert!(until(&c, "return document.documentElement.dataset.mode === 'full' && !location.search.includes('present') && getComputedStyle(document.querySelector('body > .atlas .atlas-events')).display !== 'none'").await);
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_clickers_keys_step_through_the_events_and_leave_the_controls_their_own() {
    let c = projector(
        1280,
        720,
        "?present=1&event=treaty-of-portsmouth-1905&view=sakhalin",
    )
    .await;
    let first = "treaty-of-portsmouth-1905";
    until_captioned(&c, first, "opened").await;
    eval(&c, "document.activeElement.blur(); return 0").await;
    press(&c, Key::PageDown).await;
    assert!(until(&c, &format!("const e = document.querySelector('[data-ui=present-title] [data-event]'); return !!e && e.dataset.event !== '{first}'")).await);
    let next = captioned(&c).await;
    for (key, shown) in [
        (Key::Left, first),
        (Key::Right, &next),
        (Key::PageUp, first),
        (Key::Space, &next),
        (Key::Left, first),
    ] {
        press(&c, key).await;
        until_captioned(&c, shown, &format!("{key:?}")).await;
    }
    // The URL follows once the steps rest.
    assert!(
        until(
            &c,
            &format!("return location.search.includes('event={first}')")
        )
        .await
    );
    // The slider has keys of its own: → steps once, not twice.
    eval(
        &c,
        "document.querySelector('body > .atlas [data-ui=date]').focus(); return 0",
    )
    .await;
    press(&c, Key::Right).await;
    until_captioned(&c, &next, "the slider's →").await;
    settle(&c).await;
    assert_eq!(captioned(&c).await, next, "one step for one key");
    press(&c, Key::Left).await;
    until_captioned(&c, first, "the slider's ←").await;
    // A text field, a list and the map keep their keys.
    let viewbox =
        "return document.querySelector('body > .atlas [data-ui=map] svg').getAttribute('viewBox')";
    for (focused, key) in [
        ("[data-ui=date-entry]", Key::PageDown),
        ("[data-ui=speed]", Key::PageUp),
        ("[data-ui=map]", Key::Right),
    ] {
        let before = eval(&c, viewbox).await;
        eval(
            &c,
            &format!("document.querySelector('body > .atlas {focused}').focus(); return 0"),
        )
        .await;
        press(&c, key).await;
        settle(&c).await;
        assert_eq!(captioned(&c).await, first, "{key:?} in {focused}");
        if focused == "[data-ui=map]" {
            assert!(until(&c, &format!("return document.querySelector('body > .atlas [data-ui=map] svg').getAttribute('viewBox') !== {before}")).await, "→ pans the map");
        }
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_controls_fade_while_the_reader_is_idle_and_come_back() {
    let c = projector(
        1280,
        720,
        "?present=1&event=treaty-of-portsmouth-1905&view=sakhalin",
    )
    .await;
    until_captioned(&c, "treaty-of-portsmouth-1905", "opened").await;
    eval(&c, "document.activeElement.blur(); return 0").await;
    assert!(until_faded(&c).await, "the controls fade");
    // The caption and the legend stay.
    let stay = "return ['[data-ui=present-caption]', '.map-legend'].map(s => getComputedStyle(document.querySelector('body > .atlas ' + s))).every(s => s.visibility === 'visible' && s.opacity === '1')";
    assert_eq!(eval(&c, stay).await, true);
    screenshot(&c, "present-idle").await;
    // The pointer moves: they come back.
    let moved = MouseActions::new("mouse".to_string()).then(PointerAction::MoveTo {
        duration: None,
        x: 640.0,
        y: 360.0,
    });
    c.perform_actions(moved).await.unwrap();
    assert!(
        until(&c, SHOWN).await,
        "the pointer brings the controls back"
    );
    // A key: they come back, and the key steps.
    assert!(until_faded(&c).await);
    press(&c, Key::PageDown).await;
    assert!(until(&c, SHOWN).await, "a key brings the controls back");
    assert!(until(&c, "const e = document.querySelector('[data-ui=present-title] [data-event]'); return !!e && e.dataset.event !== 'treaty-of-portsmouth-1905'").await, "PageDown steps");
    // A button pressed with the pointer gives the focus back: they still fade.
    click(&c, "[data-ui=prev-event]").await;
    until_captioned(&c, "treaty-of-portsmouth-1905", "Previous").await;
    assert_eq!(
        eval(&c, "return document.activeElement === document.body").await,
        true
    );
    assert!(until_faded(&c).await, "the controls fade after a click");
    // Never while a control has the keyboard's focus: the idle time passes, they stay.
    tab_to(&c, "[data-ui=present-leave]", 24).await;
    let stayed = format!(
        "const done = arguments[arguments.length - 1]; \
         setTimeout(() => done(!document.documentElement.hasAttribute('data-idle')), {})",
        IDLE_MS + 1_000
    );
    assert_eq!(c.execute_async(&stayed, vec![]).await.unwrap(), true);
    assert_eq!(eval(&c, SHOWN).await, true);
    c.close().await.unwrap();
}

#[tokio::test]
async fn axe_finds_no_violation_in_present_mode_in_any_language() {
    for (width, height) in [(1280, 720), (1920, 1080)] {
        let c = browser(width, height).await;
        c.goto(&env("ATLAS_URL")).await.unwrap();
        viewport(&c, width, height).await;
        for lang in ["en", "ja", "ru"] {
            // The Kurils in September 1945: hatching, claims and several holders on the map.
            open(
                &c,
                &format!("?present=1&date=1945-09-05&view=kurils&lang={lang}"),
            )
            .await;
            assert!(
                until(
                    &c,
                    "return !!document.querySelector('[data-ui=present-title] [data-event]')"
                )
                .await
            );
            // A control focused: the controls stay while axe reads them.
            tab_to(&c, "[data-ui=present-leave]", 24).await;
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "{width}×{height}, {lang}: {found:#?}");
            eval(&c, "document.activeElement.blur(); return 0").await;
            screenshot(&c, &format!("present-{width}x{height}-{lang}")).await;
            assert!(until_faded(&c).await);
            let found = accessibility_violations(&c).await;
            assert!(
                found.is_empty(),
                "{width}×{height}, {lang}, idle: {found:#?}"
            );
            screenshot(&c, &format!("present-{width}x{height}-{lang}-idle")).await;
        }
        c.close().await.unwrap();
    }
}

/// A browser whose reader asks for reduced motion, its page 1280×720.
async fn browser_without_motion() -> Client {
    use fantoccini::ClientBuilder;
    use hyper_util::client::legacy::connect::HttpConnector;
    let profile = std::env::temp_dir().join(format!("atlas-e2e-{}-still", std::process::id()));
    let caps = serde_json::json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--hide-scrollbars", "--force-prefers-reduced-motion",
                "--window-size=1280,720", format!("--user-data-dir={}", profile.display()),
            ]
        }
    });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    let c = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&env("WEBDRIVER_URL"))
        .await
        .expect("chromedriver starts a browser");
    c.goto(&env("ATLAS_URL")).await.unwrap();
    viewport(&c, 1280, 720).await;
    c
}

#[tokio::test]
async fn with_reduced_motion_the_controls_hide_and_show_without_animation() {
    let c = browser_without_motion().await;
    open(
        &c,
        "?present=1&event=treaty-of-portsmouth-1905&view=sakhalin",
    )
    .await;
    until_captioned(&c, "treaty-of-portsmouth-1905", "opened").await;
    assert_eq!(
        eval(
            &c,
            "return matchMedia('(prefers-reduced-motion: reduce)').matches"
        )
        .await,
        true
    );
    eval(&c, "document.activeElement.blur(); return 0").await;
    assert!(until_faded(&c).await, "the controls hide");
    let still = "return ['.atlas-header', '.atlas-timeline', '.map-views', '.map-zoom'].map(s => getComputedStyle(document.querySelector('body > .atlas ' + s))).every(s => s.transitionDuration.split(', ').every(d => d === '0s') && s.opacity === '0')";
    assert_eq!(eval(&c, still).await, true, "hidden at once, not faded");
    press(&c, Key::Shift).await;
    assert!(until(&c, SHOWN).await, "a key shows them at once");
    c.close().await.unwrap();
}
