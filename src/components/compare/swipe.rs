//! The divider of the swipe layout: dragged by pointer, moved by ← and → (Home and End to the
//! edges) when focused. Its position is a share of the width; the second map is clipped to the
//! right of it (`public/compare.css`).

use crate::state::Ui;
use atlas_model::key;
use leptos::ev::{KeyboardEvent, PointerEvent};
use leptos::html::Div;
use leptos::prelude::*;

/// How far one press of ← or → moves the divider, in per cent.
const STEP: f64 = 5.0;

#[component]
pub fn SwipeDivider(split: RwSignal<f64>) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let dragging = RwSignal::new(false);
    let handle = NodeRef::<Div>::new();
    let set = move |value: f64| split.set(value.clamp(0.0, 100.0));
    // The pointer's place across the two maps (the divider's parent), as a share of the width.
    let from_pointer = move |ev: &PointerEvent| {
        let Some(maps) = handle.get_untracked().and_then(|el| el.parent_element()) else {
            return;
        };
        let rect = maps.get_bounding_client_rect();
        if rect.width() > 0.0 {
            set((f64::from(ev.client_x()) - rect.left()) / rect.width() * 100.0);
        }
    };
    let key = move |ev: KeyboardEvent| {
        let now = split.get_untracked();
        let to = match ev.key().as_str() {
            "ArrowLeft" | "ArrowDown" => now - STEP,
            "ArrowRight" | "ArrowUp" => now + STEP,
            "Home" => 0.0,
            "End" => 100.0,
            _ => return,
        };
        ev.prevent_default();
        set(to);
    };
    view! {
        <div
            class="swipe-divider"
            data-ui="swipe"
            role="slider"
            tabindex="0"
            aria-orientation="horizontal"
            aria-valuemin="0"
            aria-valuemax="100"
            aria-valuenow=move || format!("{:.0}", split.get())
            aria-label=move || ui.t(key::COMPARE_DIVIDER)
            on:keydown=key
            node_ref=handle
            on:pointerdown=move |ev: PointerEvent| {
                dragging.set(true);
                if let Some(el) = handle.get_untracked() {
                    // Synthetic or already captured pointers cannot be captured: no matter.
                    let _ = el.set_pointer_capture(ev.pointer_id());
                }
                ev.prevent_default();
            }
            on:pointermove=move |ev: PointerEvent| {
                if dragging.get_untracked() {
                    from_pointer(&ev);
                }
            }
            on:pointerup=move |_| dragging.set(false)
            on:pointercancel=move |_| dragging.set(false)
        >
            <span class="swipe-grip" aria-hidden="true">"⇆"</span>
        </div>
    }
}
