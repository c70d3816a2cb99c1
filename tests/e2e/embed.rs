//! The atlas in a frame: in a sandboxed frame of its own site, and embedded twice in another
//! site's page (`examples/embed.html`), small, captioned, and opening the full atlas.

use crate::fixtures::*;

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
    wait_for_app(&c, "the sandboxed frame").await;
    assert!(slider_text(&c).await.starts_with("7 May 1875 — "));
    assert_eq!(control(&c, "urup").await, "japan");
    c.close().await.unwrap();
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
    the_frame_shows_the_map_a_caption_and_the_slider(&c).await;
    the_frame_leaves_the_page_its_wheel_and_its_history(&c).await;
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
    the_full_atlas_opens_in_a_new_tab_at_the_state_shown(&c).await;
    c.close().await.unwrap();
}

/// In the first frame: the embedded layout, in the frame's language, with the event's passage
/// one tap away.
async fn the_frame_shows_the_map_a_caption_and_the_slider(c: &Client) {
    assert_eq!(
        eval(c, "return document.documentElement.dataset.mode").await,
        "embed"
    );
    assert_eq!(attr(c, "body > .atlas", "data-mode").await, "embed");
    assert!(
        slider_text(c).await.starts_with("1956年10月19日 — "),
        "{}",
        slider_text(c).await
    );
    assert_eq!(
        attr(c, "[data-ui=view-kurils]", "aria-pressed").await,
        "true"
    );
    // The frame asks for Japanese: the caption speaks it.
    assert!(text(c, "[data-ui=embed-event]")
        .await
        .contains("日ソ共同宣言"));
    // No header, no event list: the map, the caption and the slider.
    let absent = "return ['.atlas-header', '.atlas-events', '.event-browser', '.date-entry'].filter(s => document.querySelector('body > .atlas ' + s) && document.querySelector('body > .atlas ' + s).offsetParent !== null)";
    assert_eq!(eval(c, absent).await, serde_json::json!([]));
    // The passage is one tap away.
    click(c, "[data-ui=embed-event]").await;
    assert!(
        until(
            c,
            "return !!document.querySelector('.embed-passage blockquote')"
        )
        .await
    );
    click(c, "[data-ui=embed-event]").await;
}

/// In the first frame: the wheel scrolls the page around it unless ctrl is held, choosing a view
/// adds nothing to the page's history, and the full atlas is linked at the same state.
async fn the_frame_leaves_the_page_its_wheel_and_its_history(c: &Client) {
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
        eval(c, &wheel(false)).await,
        serde_json::json!([true, false])
    );
    assert!(
        until(
            c,
            "return !document.querySelector('[data-ui=wheel-hint]').hidden"
        )
        .await
    );
    assert_eq!(
        eval(c, &wheel(true)).await,
        serde_json::json!([false, true])
    );
    // Choosing a view replaces the frame's history entry: the page's back button is its own.
    let before = eval(c, "return history.length").await;
    click(c, "[data-ui=view-sakhalin]").await;
    assert!(until(c, "return location.search.includes('view=sakhalin')").await);
    assert_eq!(eval(c, "return history.length").await, before);
    // The full atlas, at the same state.
    let full = attr(c, "[data-ui=open-full]", "href").await;
    for part in ["date=1956-10-19", "view=sakhalin", "lang=ja"] {
        assert!(full.contains(part), "{full}");
    }
    assert!(!full.contains("embed"), "{full}");
}

/// From the first frame, "open the full atlas": a new tab, in the full layout, at the date,
/// view and language the frame showed.
async fn the_full_atlas_opens_in_a_new_tab_at_the_state_shown(c: &Client) {
    click(c, "[data-ui=open-full]").await;
    let main = c.window().await.unwrap();
    let opened = poll(Duration::from_secs(5), || async {
        let windows = c.windows().await.unwrap();
        windows.into_iter().find(|w| *w != main)
    })
    .await;
    c.switch_to_window(opened.expect("a new tab"))
        .await
        .unwrap();
    wait_for_app(c, "the full atlas").await;
    assert_eq!(attr(c, "body > .atlas", "data-mode").await, "full");
    assert!(slider_text(c).await.starts_with("1956年10月19日 — "));
    assert_eq!(
        attr(c, "[data-ui=view-sakhalin]", "aria-pressed").await,
        "true"
    );
    assert_eq!(
        eval(
            c,
            "return document.querySelector('body > .atlas [data-ui=lang]').value"
        )
        .await,
        "ja"
    );
    assert!(c
        .find(Locator::Css("body > .atlas .atlas-header"))
        .await
        .is_ok());
}

/// In a small frame: how much of southern Sakhalin's box is on the map's surface and not under
/// one of the map's own controls (0 to 1), and whether the page fits its frame.
const SMALL_FRAME: &str = "const at = e => e.getBoundingClientRect(); \
    const unit = at(document.querySelector('body > .atlas [data-unit=southern-sakhalin]')); \
    const surface = at(document.querySelector('body > .atlas .map-surface')); \
    const clip = (a, b) => ({left: Math.max(a.left, b.left), top: Math.max(a.top, b.top), \
      right: Math.min(a.right, b.right), bottom: Math.min(a.bottom, b.bottom)}); \
    const area = r => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top); \
    const shown = clip(unit, surface); \
    const covered = [...document.querySelectorAll('body > .atlas :is(.map-views > *, .map-zoom, .map-legend, .map-attribution)')] \
      .filter(e => e.offsetParent).map(e => area(clip(shown, at(e)))).reduce((a, b) => a + b, 0); \
    const title = document.querySelector('body > .atlas [data-ui=embed-event]'); \
    return { inView: area(shown) / area(unit), uncovered: 1 - covered / area(unit), \
      map: at(document.querySelector('body > .atlas [data-ui=map]')).height, \
      titleWhole: title.scrollWidth <= title.clientWidth && at(title).bottom <= innerHeight, \
      fits: document.documentElement.scrollWidth <= innerWidth && document.documentElement.scrollHeight <= innerHeight };";

#[tokio::test]
async fn the_small_frame_shows_its_map_and_title_whole() {
    let c = browser(1280, 900).await;
    let site = env("ATLAS_URL");
    for lang in ["en", "ru", "ja"] {
        // The Share panel's Small size, 320 × 240, on a page of the same site.
        c.goto(&format!("{site}geodata/")).await.unwrap();
        let framed = format!("{site}?embed=1&view=sakhalin&date=1905-09-05&lang={lang}");
        eval(
            &c,
            &format!(
                "const frame = document.createElement('iframe'); \
                 frame.title = 'Frontier Atlas'; frame.width = 320; frame.height = 240; \
                 frame.src = '{framed}'; document.body.replaceChildren(frame); return 0"
            ),
        )
        .await;
        let frame = c.find(Locator::Css("iframe")).await.unwrap();
        frame.clone().enter_frame().await.unwrap();
        wait_for_app(&c, "the small frame").await;
        assert!(
            until(
                &c,
                "return !!document.querySelector('body > .atlas .embed-title[data-event]')"
            )
            .await
        );
        settle(&c).await;
        let seen = eval(&c, SMALL_FRAME).await;
        assert_eq!(
            seen["fits"], true,
            "{lang}: the page overflows its frame: {seen}"
        );
        assert_eq!(seen["titleWhole"], true, "{lang}: the title is cut: {seen}");
        assert!(seen["map"].as_f64().unwrap() >= 130.0, "{lang}: {seen}");
        assert!(
            seen["inView"].as_f64().unwrap() > 0.95,
            "{lang}: southern Sakhalin out of view: {seen}"
        );
        assert!(
            seen["uncovered"].as_f64().unwrap() > 0.9,
            "{lang}: southern Sakhalin covered: {seen}"
        );
        assert_eq!(control(&c, "southern-sakhalin").await, "japan");
        let found = accessibility_violations(&c).await;
        assert!(found.is_empty(), "{lang}: {found:#?}");
        c.enter_parent_frame().await.unwrap();
        element_screenshot(&frame, &format!("embed-small-{lang}")).await;
    }
    c.close().await.unwrap();
}
