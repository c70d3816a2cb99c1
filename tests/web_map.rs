//! Map tests: the atlas mounted in headless Chromium with the committed data and the page's own
//! styles, asserted on through the DOM as a reader would see the map.
#![cfg(target_arch = "wasm32")]

mod common;

use atlas_model::link::View;
use common::*;
use frontier_atlas::data;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Loads the page's styles once, and gives the map a fixed size, so layout-dependent behaviour
/// (label placement, legend) is what a reader on a desktop sees.
fn styles() {
    if document().get_element_by_id("map-test-styles").is_some() {
        return;
    }
    let style = document().create_element("style").unwrap();
    style.set_id("map-test-styles");
    style.set_text_content(Some(&format!(
        "{}\n{}\n.atlas-map {{ width: 900px; height: 600px; }} .atlas {{ height: auto; }}",
        include_str!("../public/atlas.css"),
        include_str!("../public/map.css")
    )));
    document().head().unwrap().append_child(&style).unwrap();
}

async fn page() -> HtmlElement {
    styles();
    let host = mount(texts()).await;
    // The map measures itself once laid out.
    settle().await;
    host
}

/// Lets effects and the browser's layout run.
async fn settle() {
    leptos::task::tick().await;
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    let timeout = gloo::timers::callback::Timeout::new(20, move || {
        let _ = done.send(());
    });
    let _ = wait.await;
    drop(timeout);
    leptos::task::tick().await;
}

/// Opens a link's state as Back or Forward would (the page applies the URL on `popstate`).
async fn open_link(query: &str) {
    let window = web_sys::window().unwrap();
    let path = window.location().pathname().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{path}?{query}")))
        .unwrap();
    window
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
    settle().await;
}

async fn click(host: &HtmlElement, selector: &str) {
    find(host, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// The SVG's viewBox: x, y, width, height.
fn view_box(host: &HtmlElement) -> [f64; 4] {
    let text = find(host, "[data-ui=map] svg")
        .get_attribute("viewBox")
        .unwrap();
    let v: Vec<f64> = text
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    [v[0], v[1], v[2], v[3]]
}

fn preset(view: View) -> [f64; 4] {
    let (atlas, _) = data::assemble(texts(), TODAY);
    let [x0, y0, x1, y1] = atlas.view_box(view);
    [x0, y0, x1 - x0, y1 - y0]
}

fn close(a: [f64; 4], b: [f64; 4]) -> bool {
    a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-6)
}

fn is_shown(el: &Element) -> bool {
    web_sys::window()
        .unwrap()
        .get_computed_style(el)
        .unwrap()
        .unwrap()
        .get_property_value("display")
        .unwrap()
        != "none"
}

fn legend_shows(host: &HtmlElement, key: &str) -> bool {
    let item = find(host, &format!(".map-legend [data-legend={key}]"));
    !item.has_attribute("hidden") && is_shown(&item)
}

fn label(host: &HtmlElement, unit: &str) -> Element {
    find(host, &format!("[data-label={unit}]"))
}

/// Dispatches an event built by the browser's own constructor (e.g. `WheelEvent`), with the
/// given init fields.
fn dispatch(target: &Element, class: &str, kind: &str, fields: &[(&str, JsValue)]) {
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"bubbles".into(), &JsValue::TRUE).unwrap();
    js_sys::Reflect::set(&init, &"cancelable".into(), &JsValue::TRUE).unwrap();
    for (k, v) in fields {
        js_sys::Reflect::set(&init, &(*k).into(), v).unwrap();
    }
    let ctor: js_sys::Function = js_sys::Reflect::get(&web_sys::window().unwrap(), &class.into())
        .unwrap()
        .unchecked_into();
    let args = js_sys::Array::of2(&kind.into(), &init);
    let event: web_sys::Event = js_sys::Reflect::construct(&ctor, &args)
        .unwrap()
        .unchecked_into();
    target.dispatch_event(&event).unwrap();
}

fn key(host: &HtmlElement, key: &str) {
    dispatch(
        &find(host, "[data-ui=map]"),
        "KeyboardEvent",
        "keydown",
        &[("key", key.into())],
    );
}

fn pointer(target: &Element, kind: &str, x: f64, y: f64) {
    dispatch(
        target,
        "PointerEvent",
        kind,
        &[
            ("pointerId", 7.into()),
            ("isPrimary", JsValue::TRUE),
            ("button", 0.into()),
            ("clientX", x.into()),
            ("clientY", y.into()),
        ],
    );
}

#[wasm_bindgen_test]
async fn the_view_box_starts_at_the_overview_and_zoom_buttons_change_it() {
    let host = page().await;
    let start = view_box(&host);
    assert!(close(start, preset(View::Overview)), "{start:?}");
    click(&host, "[data-ui=zoom-in]").await;
    let zoomed = view_box(&host);
    assert!(zoomed[2] < start[2] * 0.8, "{zoomed:?} from {start:?}");
    // Zooming keeps the middle of the screen.
    let mid = |b: [f64; 4]| (b[0] + b[2] / 2.0, b[1] + b[3] / 2.0);
    assert!((mid(zoomed).0 - mid(start).0).abs() < 1.0);
    assert!((mid(zoomed).1 - mid(start).1).abs() < 1.0);
    click(&host, "[data-ui=zoom-out]").await;
    click(&host, "[data-ui=zoom-out]").await;
    assert!(view_box(&host)[2] > zoomed[2] * 2.0);
    click(&host, "[data-ui=zoom-reset]").await;
    assert!(close(view_box(&host), start));
}

#[wasm_bindgen_test]
async fn zoom_stops_near_ten_kilometres() {
    let host = page().await;
    click(&host, "[data-ui=view-kurils]").await;
    for _ in 0..30 {
        find(&host, "[data-ui=zoom-in]")
            .unchecked_into::<HtmlElement>()
            .click();
    }
    settle().await;
    let [_, _, w, h] = view_box(&host);
    assert!((w.min(h) - 10.0).abs() < 0.01, "{w} × {h}");
}

#[wasm_bindgen_test]
async fn a_preset_button_frames_its_theatre_and_is_pressed() {
    let host = page().await;
    assert_eq!(
        find(&host, "[data-ui=view-overview]").get_attribute("aria-pressed"),
        Some("true".into())
    );
    click(&host, "[data-ui=view-sakhalin]").await;
    assert!(close(view_box(&host), preset(View::Sakhalin)));
    assert_eq!(
        find(&host, "[data-ui=view-sakhalin]").get_attribute("aria-pressed"),
        Some("true".into())
    );
    assert_eq!(
        find(&host, "[data-ui=view-overview]").get_attribute("aria-pressed"),
        Some("false".into())
    );
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("view=sakhalin"), "{search}");
    // Reset goes back to the preset, not to the overview.
    click(&host, "[data-ui=zoom-in]").await;
    click(&host, "[data-ui=zoom-reset]").await;
    assert!(close(view_box(&host), preset(View::Sakhalin)));
    click(&host, "[data-ui=view-khalkhin-gol]").await;
    assert!(close(view_box(&host), preset(View::KhalkhinGol)));
}

#[wasm_bindgen_test]
async fn keys_pan_and_zoom_the_focused_map() {
    let host = page().await;
    let map = find(&host, "[data-ui=map]");
    assert_eq!(map.get_attribute("tabindex").as_deref(), Some("0"));
    let help = map.get_attribute("aria-label").unwrap();
    assert!(
        help.contains("arrow keys") && help.contains("zoom"),
        "{help}"
    );
    let start = view_box(&host);
    key(&host, "ArrowRight");
    settle().await;
    let moved = view_box(&host);
    assert!(moved[0] > start[0], "{moved:?} from {start:?}");
    assert!((moved[1] - start[1]).abs() < start[3] * 0.5);
    key(&host, "+");
    settle().await;
    assert!(view_box(&host)[2] < moved[2]);
    key(&host, "-");
    key(&host, "-");
    settle().await;
    assert!(view_box(&host)[2] > moved[2]);
    key(&host, "0");
    settle().await;
    assert!(close(view_box(&host), start));
}

#[wasm_bindgen_test]
async fn the_wheel_zooms_around_the_pointer_and_dragging_pans() {
    let host = page().await;
    click(&host, "[data-ui=view-kurils]").await;
    let surface = find(&host, ".map-surface");
    let rect = surface.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    // The map point under the pointer before and after the wheel.
    let under = |b: [f64; 4], px: f64, py: f64| {
        let k = (b[2] / w).max(b[3] / h);
        let (cx, cy) = (b[0] + b[2] / 2.0, b[1] + b[3] / 2.0);
        (cx + (px - w / 2.0) * k, cy + (py - h / 2.0) * k)
    };
    let (px, py) = (w * 0.3, h * 0.6);
    let before = view_box(&host);
    dispatch(
        &surface,
        "WheelEvent",
        "wheel",
        &[
            ("deltaY", (-200.0).into()),
            ("clientX", (rect.left() + px).into()),
            ("clientY", (rect.top() + py).into()),
        ],
    );
    settle().await;
    let after = view_box(&host);
    let scale = |b: [f64; 4]| (b[2] / w).max(b[3] / h);
    assert!(
        scale(after) < scale(before) * 0.8,
        "{after:?} from {before:?}"
    );
    let (a, b) = (under(before, px, py), under(after, px, py));
    assert!(
        (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5,
        "{a:?} {b:?}"
    );
    // Drag 100 px to the right: the map follows the pointer.
    let k = (after[2] / w).max(after[3] / h);
    let (x, y) = (rect.left() + w / 2.0, rect.top() + h / 2.0);
    pointer(&surface, "pointerdown", x, y);
    pointer(&surface, "pointermove", x + 50.0, y);
    pointer(&surface, "pointermove", x + 100.0, y);
    pointer(&surface, "pointerup", x + 100.0, y);
    settle().await;
    let dragged = view_box(&host);
    assert!(
        (dragged[0] - (after[0] - 100.0 * k)).abs() < 0.5,
        "{dragged:?} after {after:?}"
    );
}

#[wasm_bindgen_test]
async fn territories_are_filled_by_holder_with_patterns_that_do_not_need_colour() {
    let host = page().await;
    open_link("date=1922-01-01").await;
    let north = find(&host, "[data-unit=northern-sakhalin]");
    assert_eq!(
        north.get_attribute("data-control").as_deref(),
        Some("japan")
    );
    assert_eq!(
        north.get_attribute("data-pattern").as_deref(),
        Some("occupation")
    );
    let fill = north.get_attribute("style").unwrap_or_default();
    assert!(
        fill.contains("url(") && fill.contains("occupation-japan"),
        "{fill}"
    );
    let south = find(&host, "[data-unit=southern-sakhalin]");
    assert_eq!(south.get_attribute("data-pattern"), None);
    assert!(south
        .get_attribute("style")
        .unwrap_or_default()
        .contains("var(--japan)"));
    // The pattern it names exists in this map.
    let id = fill
        .split("#")
        .nth(1)
        .and_then(|s| s.split(['"', ')']).next())
        .unwrap()
        .to_string();
    assert!(host
        .query_selector(&format!("pattern#{id}"))
        .unwrap()
        .is_some());

    open_link("date=1860-01-01").await;
    assert_eq!(
        find(&host, "[data-unit=southern-sakhalin]")
            .get_attribute("data-pattern")
            .as_deref(),
        Some("joint")
    );
    open_link("date=1939-07-01").await;
    assert_eq!(
        find(&host, "[data-unit=khalkhin-gol-strip]")
            .get_attribute("data-pattern")
            .as_deref(),
        Some("contested")
    );
    open_link("date=1800-01-01").await;
    assert_eq!(control_of(&host, "iturup"), "none");
}

#[wasm_bindgen_test]
async fn the_four_islands_are_marked_disputed_after_1951_with_a_dashed_outline() {
    let host = page().await;
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        let el = find(&host, &format!("[data-unit={unit}]"));
        assert_eq!(el.get_attribute("data-disputed").as_deref(), Some("japan"));
        let style = web_sys::window()
            .unwrap()
            .get_computed_style(&el)
            .unwrap()
            .unwrap();
        let dash = style.get_property_value("stroke-dasharray").unwrap();
        assert!(dash != "none" && !dash.is_empty(), "{unit}: {dash}");
    }
    assert_eq!(
        find(&host, "[data-unit=urup]").get_attribute("data-disputed"),
        None
    );
    open_link("date=1950-01-01").await;
    assert_eq!(
        find(&host, "[data-unit=iturup]").get_attribute("data-disputed"),
        None
    );
}

#[wasm_bindgen_test]
async fn claims_are_drawn_only_while_they_stand() {
    let host = page().await;
    let portsmouth = find(&host, "[data-claim=portsmouth-50th-parallel-1905]");
    assert!(!is_shown(&portsmouth));
    open_link("date=1920-01-01").await;
    assert!(is_shown(&portsmouth));
    let line = portsmouth.query_selector(".claim").unwrap().unwrap();
    assert!(line
        .get_attribute("class")
        .unwrap()
        .contains("kind-treaty-border"));
    assert!(!is_shown(&find(
        &host,
        "[data-claim=japan-claim-four-islands]"
    )));
}

#[wasm_bindgen_test]
async fn labels_follow_the_language_and_small_islands_get_them_in_their_theatre() {
    let host = page().await;
    assert!(label(&host, "hokkaido")
        .text_content()
        .unwrap()
        .contains("Hokkaido"));
    assert!(is_shown(&label(&host, "hokkaido")));
    assert!(
        !is_shown(&label(&host, "habomai")),
        "too small in the overview"
    );
    click(&host, "[data-ui=view-kurils]").await;
    let habomai = label(&host, "habomai");
    assert!(is_shown(&habomai));
    // Offset to the sea with a leader line.
    assert!(is_shown(
        &habomai.query_selector(".leader").unwrap().unwrap()
    ));
    for unit in ["iturup", "kunashir", "shikotan"] {
        assert!(is_shown(&label(&host, unit)), "{unit}");
    }
    // The labels do not overlap.
    let boxes: Vec<web_sys::DomRect> = ["iturup", "kunashir", "shikotan", "habomai"]
        .iter()
        .map(|u| {
            label(&host, u)
                .query_selector("text")
                .unwrap()
                .unwrap()
                .get_bounding_client_rect()
        })
        .collect();
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let apart = a.right() <= b.left()
                || b.right() <= a.left()
                || a.bottom() <= b.top()
                || b.bottom() <= a.top();
            assert!(apart, "labels overlap");
        }
    }
    let select: web_sys::HtmlSelectElement = find(&host, "[data-ui=lang]").unchecked_into();
    select.set_value("ja");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(label(&host, "iturup").text_content().unwrap(), "択捉島");
    select.set_value("ru");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert_eq!(label(&host, "iturup").text_content().unwrap(), "Итуруп");
}

#[wasm_bindgen_test]
async fn labels_keep_their_screen_size_when_zooming() {
    let host = page().await;
    click(&host, "[data-ui=view-sakhalin]").await;
    let text = || {
        label(&host, "southern-sakhalin")
            .query_selector("text")
            .unwrap()
            .unwrap()
            .get_bounding_client_rect()
    };
    let before = text().height();
    click(&host, "[data-ui=zoom-in]").await;
    let after = text().height();
    assert!(before > 8.0, "{before}");
    assert!((before - after).abs() < 1.0, "{before} → {after}");
}

#[wasm_bindgen_test]
async fn the_legend_lists_only_what_is_on_screen() {
    let host = page().await;
    assert!(legend_shows(&host, "russia"));
    assert!(legend_shows(&host, "japan"));
    assert!(legend_shows(&host, "disputed"));
    assert!(!legend_shows(&host, "manchukuo"));
    assert!(!legend_shows(&host, "occupation"));
    open_link("date=1939-07-01").await;
    assert!(legend_shows(&host, "manchukuo"));
    assert!(legend_shows(&host, "contested"));
    assert!(legend_shows(&host, "claim"));
    assert!(!legend_shows(&host, "disputed"));
    let russia = find(&host, ".map-legend [data-legend=russia]");
    assert!(russia.text_content().unwrap().contains("Soviet Union"));
    click(&host, "[data-ui=view-kurils]").await;
    assert!(!legend_shows(&host, "manchukuo"), "Manchuria is off screen");
    assert!(!legend_shows(&host, "mongolia"));
    assert!(legend_shows(&host, "japan"));
}

#[wasm_bindgen_test]
async fn focus_on_a_territory_shows_its_tooltip_in_three_languages() {
    let host = page().await;
    let tooltip = find(&host, "[data-ui=map-tooltip]");
    assert!(tooltip.has_attribute("hidden"));
    let iturup = find(&host, "[data-unit=iturup]");
    assert_eq!(iturup.get_attribute("tabindex").as_deref(), Some("0"));
    assert_eq!(iturup.get_attribute("role").as_deref(), Some("button"));
    let name = iturup.get_attribute("aria-label").unwrap();
    assert!(name.contains("Iturup") && name.contains("Russia"), "{name}");
    assert_eq!(iturup.get_attribute("aria-describedby"), Some(tooltip.id()));
    iturup
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    settle().await;
    assert!(!tooltip.has_attribute("hidden"));
    let text = tooltip.text_content().unwrap();
    for part in [
        "Iturup",
        "択捉島",
        "Итуруп",
        "Held by Russia since 2 February 1946",
        "Claimed by Japan",
    ] {
        assert!(text.contains(part), "{part} not in {text}");
    }
    open_link("date=1945-12-01").await;
    iturup
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    settle().await;
    let text = tooltip.text_content().unwrap();
    assert!(
        text.contains("Held by the Soviet Union since 28 August 1945"),
        "{text}"
    );
    assert!(text.contains("occupation"), "{text}");
    iturup
        .unchecked_ref::<web_sys::SvgElement>()
        .blur()
        .unwrap();
    settle().await;
    assert!(tooltip.has_attribute("hidden"));
}

#[wasm_bindgen_test]
async fn enter_or_click_on_a_territory_shows_the_event_that_gave_it_its_status() {
    let host = page().await;
    open_link("date=1910-01-01").await;
    let south = find(&host, "[data-unit=southern-sakhalin]");
    south
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    dispatch(
        &south,
        "KeyboardEvent",
        "keydown",
        &[("key", "Enter".into())],
    );
    settle().await;
    assert_eq!(
        find(&host, "article.event")
            .get_attribute("data-event")
            .as_deref(),
        Some("treaty-of-portsmouth-1905")
    );
    // The date stays.
    assert_eq!(control_of(&host, "southern-sakhalin"), "japan");
    let search = web_sys::window().unwrap().location().search().unwrap();
    assert!(search.contains("date=1910-01-01"), "{search}");
    dispatch(
        &find(&host, "[data-unit=hokkaido]"),
        "MouseEvent",
        "click",
        &[],
    );
    settle().await;
    assert_eq!(
        find(&host, "article.event")
            .get_attribute("data-event")
            .as_deref(),
        Some("treaty-of-shimoda-1855")
    );
}

#[wasm_bindgen_test]
async fn the_sources_are_credited_on_the_map() {
    let host = page().await;
    let credit = find(&host, "[data-ui=map] .map-attribution")
        .text_content()
        .unwrap();
    assert_eq!(credit, "Natural Earth · DCW-GMT · GSHHG");
}

#[wasm_bindgen_test]
async fn two_fingers_pinch_zoom() {
    let host = page().await;
    let surface = find(&host, ".map-surface");
    let rect = surface.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    let scale = |b: [f64; 4]| (b[2] / w).max(b[3] / h);
    let before = view_box(&host);
    let (x, y) = (rect.left() + w / 2.0, rect.top() + h / 2.0);
    let finger = |kind: &str, id: i32, x: f64| {
        dispatch(
            &surface,
            "PointerEvent",
            kind,
            &[
                ("pointerId", id.into()),
                ("pointerType", "touch".into()),
                ("button", 0.into()),
                ("clientX", x.into()),
                ("clientY", y.into()),
            ],
        )
    };
    finger("pointerdown", 1, x - 50.0);
    finger("pointerdown", 2, x + 50.0);
    finger("pointermove", 2, x + 150.0);
    finger("pointerup", 2, x + 150.0);
    finger("pointerup", 1, x - 50.0);
    settle().await;
    let after = view_box(&host);
    assert!(
        (scale(after) - scale(before) / 2.0).abs() < 1e-6 * scale(before),
        "{after:?} from {before:?}"
    );
}

#[wasm_bindgen_test]
async fn keyboard_focus_brings_an_off_screen_territory_into_view() {
    let host = page().await;
    click(&host, "[data-ui=view-kurils]").await;
    let before = view_box(&host);
    let strip = find(&host, "[data-unit=khalkhin-gol-strip]");
    strip
        .unchecked_ref::<web_sys::SvgElement>()
        .focus()
        .unwrap();
    settle().await;
    let after = view_box(&host);
    assert!(after[0] < before[0] - 1000.0, "{after:?} from {before:?}");
    // The strip is now on screen, under its tooltip.
    let map = find(&host, ".map-surface").get_bounding_client_rect();
    let r = strip.get_bounding_client_rect();
    let (cx, cy) = (r.left() + r.width() / 2.0, r.top() + r.height() / 2.0);
    assert!(cx > map.left() && cx < map.right() && cy > map.top() && cy < map.bottom());
    let tooltip = find(&host, "[data-ui=map-tooltip]");
    assert!(!tooltip.has_attribute("hidden"));
    assert!(tooltip.text_content().unwrap().contains("Khalkhin Gol"));
}
