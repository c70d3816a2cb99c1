//! The atlas on learning platforms: embedded, it tells the page around it the height it needs
//! (`lti.frameResize`, as Canvas and Brightspace ask), and a frame hidden at first (a closed tab
//! or panel) draws its map at its real size once shown.

use crate::fixtures::*;

/// The lesson page's origin (another than the atlas's), with its body replaced by `html`, and
/// every message a frame posts kept in `window.posted` as `[from the first frame, data]`. Like a
/// learning platform, the page sizes the first frame to the height it is told.
async fn host(c: &Client, html: &str) {
    c.goto(&format!("{}embed.html", env("EXAMPLES_URL")))
        .await
        .unwrap();
    let script = format!(
        "window.posted = []; \
         addEventListener('message', e => {{ \
           const frame = document.querySelector('iframe'); \
           window.posted.push([e.source === frame.contentWindow, e.data]); \
           if (e.data && e.data.subject === 'lti.frameResize') frame.height = e.data.height; }}); \
         document.body.innerHTML = {}; return 0",
        serde_json::Value::from(html)
    );
    eval(c, &script).await;
}

/// The embedded atlas at the state the lesson shows, `width`×`height`.
fn frame(width: u32, height: u32, id: &str) -> String {
    format!(
        "<iframe id=\"{id}\" title=\"Frontier Atlas\" width=\"{width}\" height=\"{height}\" \
         src=\"{}?embed=1&view=sakhalin&date=1905-09-05\"></iframe>",
        env("ATLAS_URL")
    )
}

/// In the frame: nothing cut off (the document no taller than the frame), the slider in sight
/// and a map of at least 80 pixels.
const FITS: &str = "const s = document.querySelector('body > .atlas [data-ui=date]').getBoundingClientRect(); \
    const m = document.querySelector('body > .atlas [data-ui=map]').getBoundingClientRect(); \
    return document.documentElement.scrollHeight <= innerHeight && s.bottom <= innerHeight && m.height >= 80";

#[tokio::test]
async fn an_embedded_atlas_tells_its_page_the_height_it_needs() {
    let c = browser(1280, 900).await;
    // A frame too short for the atlas: 120 pixels.
    host(&c, &frame(320, 120, "lesson")).await;
    assert!(
        until_within(
            &c,
            "return window.posted.length > 0",
            Duration::from_secs(20)
        )
        .await,
        "no message from the frame"
    );
    let first = eval(&c, "return window.posted[0]").await;
    assert_eq!(first[0], true, "the message comes from the frame");
    assert_eq!(first[1]["subject"], "lti.frameResize");
    let needed = first[1]["height"].as_f64().expect("a height in pixels");
    assert!(needed > 120.0, "{first}");
    assert_eq!(first[1].as_object().unwrap().len(), 2, "{first}");
    // Sized so, the frame shows it all.
    let lesson = c.find(Locator::Css("#lesson")).await.unwrap();
    lesson.clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the embedded atlas").await;
    assert!(until(&c, FITS).await, "the frame cuts the atlas off");
    c.enter_parent_frame().await.unwrap();
    element_screenshot(&lesson, "embed-told-height").await;
    // Made short again (the page's own layout), the frame is told once more.
    eval(
        &c,
        "document.querySelector('#lesson').height = 100; return 0",
    )
    .await;
    let again = format!("return window.posted.length > 1 && window.posted[window.posted.length - 1][1].height === {needed}");
    assert!(
        until(&c, &again).await,
        "{}",
        eval(&c, "return window.posted").await
    );
    lesson.clone().enter_frame().await.unwrap();
    assert!(until(&c, FITS).await);
    c.enter_parent_frame().await.unwrap();
    // A frame tall enough is left as the page made it: no message asks for less or more.
    let before = eval(
        &c,
        "document.querySelector('#lesson').height = 600; return window.posted.length",
    )
    .await;
    lesson.clone().enter_frame().await.unwrap();
    assert!(until(&c, "return innerHeight === 600").await);
    settle(&c).await;
    c.enter_parent_frame().await.unwrap();
    assert_eq!(eval(&c, "return window.posted.length").await, before);
    assert_eq!(attr(&c, "#lesson", "height").await, "600");
    c.close().await.unwrap();
}

/// What a frame's map shows, for comparing two frames: its size, its view box, whether its
/// legend is open, and which labels it placed where.
const DRAWN: &str = "const map = document.querySelector('body > .atlas .map-surface').getBoundingClientRect(); \
    return {size: [map.width, map.height], viewBox: document.querySelector('body > .atlas [data-ui=map] svg').getAttribute('viewBox'), \
      legend: document.querySelector('body > .atlas .map-legend').open, \
      labels: [...document.querySelectorAll('body > .atlas .label:not(.off)')].map(l => l.dataset.label + ' ' + l.querySelector('text').getAttribute('transform'))}";

#[tokio::test]
async fn a_frame_hidden_at_first_draws_its_map_at_its_real_size_once_shown() {
    let c = browser(1280, 1300).await;
    // The same lesson frame twice: one in sight, one in a closed panel.
    let page = format!(
        "{}<div id=\"panel\" hidden>{}</div>",
        frame(800, 500, "shown"),
        frame(800, 500, "later")
    );
    host(&c, &page).await;
    let shown = c.find(Locator::Css("#shown")).await.unwrap();
    let later = c.find(Locator::Css("#later")).await.unwrap();
    shown.clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the frame in sight").await;
    settle(&c).await;
    let expected = eval(&c, DRAWN).await;
    c.enter_parent_frame().await.unwrap();
    // The hidden frame starts while hidden, at no size.
    later.clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the hidden frame").await;
    assert_eq!(eval(&c, "return innerWidth").await, 0);
    c.enter_parent_frame().await.unwrap();
    // A hidden frame tells its page no height.
    let told = "return window.posted.filter(p => !p[0] && p[1].subject === 'lti.frameResize').map(p => p[1].height)";
    assert_eq!(eval(&c, told).await, serde_json::json!([]));
    // The panel opens.
    eval(
        &c,
        "document.querySelector('#panel').hidden = false; return 0",
    )
    .await;
    later.clone().enter_frame().await.unwrap();
    let drawn = poll(Duration::from_secs(5), || async {
        let got = eval(&c, DRAWN).await;
        (got == expected).then_some(())
    })
    .await;
    let got = eval(&c, DRAWN).await;
    assert!(
        drawn.is_some(),
        "shown after hidden: {got:#}\nshown from the start: {expected:#}"
    );
    assert_eq!(got["size"][0].as_f64(), Some(800.0), "{got}");
    c.enter_parent_frame().await.unwrap();
    element_screenshot(&later, "embed-hidden-then-shown").await;
    let heights = eval(&c, told).await;
    assert!(
        heights
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h.as_f64().unwrap() >= 500.0),
        "{heights}"
    );
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_lesson_in_a_frame_tells_its_page_the_height_its_words_need() {
    let c = browser(1280, 1300).await;
    let page = format!(
        "<iframe id=\"lesson\" title=\"Frontier Atlas lesson\" width=\"640\" height=\"200\" \
         src=\"{}?embed=1&lesson=treaties-1855-1905&step=2&lang=ru\"></iframe>",
        env("ATLAS_URL")
    );
    host(&c, &page).await;
    let told = "return window.posted.filter(p => p[0] && p[1].subject === 'lti.frameResize').map(p => p[1].height)";
    let lesson = c.find(Locator::Css("#lesson")).await.unwrap();
    lesson.clone().enter_frame().await.unwrap();
    wait_for_app(&c, "the lesson in a frame").await;
    assert!(
        until(
            &c,
            "return document.querySelector('[data-ui=lesson]')?.dataset.step === '2'"
        )
        .await,
        "the lesson bar at its step"
    );
    c.enter_parent_frame().await.unwrap();
    // The page is told a height that holds the lesson's words and the map; sized so, nothing
    // is cut off.
    assert!(
        until(
            &c,
            "return window.posted.some(p => p[0] && p[1].height > 300)"
        )
        .await,
        "{}",
        eval(&c, told).await
    );
    lesson.clone().enter_frame().await.unwrap();
    assert!(until(&c, FITS).await, "the frame cuts the lesson off");
    assert!(eval(&c, "const b = document.querySelector('[data-ui=lesson]').getBoundingClientRect(); return b.top >= 0 && b.height > 0 && b.bottom <= innerHeight").await.as_bool().unwrap());
    // Its steps move in the frame, without the page's history.
    click(&c, "[data-ui=lesson-next]").await;
    assert!(
        until(
            &c,
            "return document.querySelector('[data-ui=lesson]').dataset.step === '3'"
        )
        .await
    );
    c.enter_parent_frame().await.unwrap();
    element_screenshot(&lesson, "embed-lesson").await;
    let top = eval(&c, "return location.href").await;
    assert!(!top.as_str().unwrap().contains("lesson="), "{top}");
    c.close().await.unwrap();
}
