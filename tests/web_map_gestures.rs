//! Map gestures: keys, the wheel, dragging, pinching and keyboard focus moving the view box of
//! the atlas mounted with the committed data and the page's own styles.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    map_key(&host, "ArrowRight").await;
    let moved = view_box(&host);
    assert!(moved[0] > start[0], "{moved:?} from {start:?}");
    assert!((moved[1] - start[1]).abs() < start[3] * 0.5);
    map_key(&host, "+").await;
    assert!(view_box(&host)[2] < moved[2]);
    map_key(&host, "-").await;
    map_key(&host, "-").await;
    assert!(view_box(&host)[2] > moved[2]);
    map_key(&host, "0").await;
    assert!(close(view_box(&host), start));
}

#[wasm_bindgen_test]
async fn the_wheel_zooms_around_the_pointer_and_dragging_pans() {
    let host = page().await;
    click(&host, "[data-ui=view-kurils]").await;
    let surface = find(&host, ".map-surface");
    let rect = surface.get_bounding_client_rect();
    let (w, h) = (rect.width(), rect.height());
    let scale = |b: [f64; 4]| (b[2] / w).max(b[3] / h);
    // The map point under the pointer before and after the wheel.
    let under = |b: [f64; 4], px: f64, py: f64| {
        let (cx, cy) = (b[0] + b[2] / 2.0, b[1] + b[3] / 2.0);
        (
            cx + (px - w / 2.0) * scale(b),
            cy + (py - h / 2.0) * scale(b),
        )
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
    let (x, y) = (rect.left() + w / 2.0, rect.top() + h / 2.0);
    pointer(&surface, "pointerdown", x, y);
    pointer(&surface, "pointermove", x + 50.0, y);
    pointer(&surface, "pointermove", x + 100.0, y);
    pointer(&surface, "pointerup", x + 100.0, y);
    settle().await;
    let dragged = view_box(&host);
    assert!(
        (dragged[0] - (after[0] - 100.0 * scale(after))).abs() < 0.5,
        "{dragged:?} after {after:?}"
    );
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
    focus(&strip);
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
