//! The map moving to a step's part of the map: eased over a short time, frame by frame, or at
//! once for a reader who asked for reduced motion (the state decides that when it asks).

use crate::state::Ui;
use atlas_model::scene::MapBox;
use gloo::render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;

/// How long a move takes, in milliseconds.
const FLY_MS: f64 = 450.0;

/// Moves `ui.view_box` to each box the lessons ask to fly to.
pub fn follow(ui: Ui) {
    let frame = StoredValue::new_local(None::<AnimationFrame>);
    Effect::new(move |_| {
        let Some(target) = ui.lessons.fly_to.get() else {
            frame.set_value(None);
            return;
        };
        let from = ui.view_box.get_untracked();
        tick(ui, frame, from, target, None);
    });
}

/// One frame of a move from `from` to `target`, begun at `start` (ms, `None`: now).
fn tick(
    ui: Ui,
    frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
    from: MapBox,
    target: MapBox,
    start: Option<f64>,
) {
    let next = request_animation_frame(move |now| {
        let start = start.unwrap_or(now);
        let t = ((now - start) / FLY_MS).clamp(0.0, 1.0);
        // Ease in and out (smoothstep): no jolt at either end.
        let e = t * t * (3.0 - 2.0 * t);
        let b: MapBox = std::array::from_fn(|i| from[i] + (target[i] - from[i]) * e);
        // The page may have been taken down meanwhile.
        if ui
            .view_box
            .try_set(if t >= 1.0 { target } else { b })
            .is_some()
        {
            return;
        }
        if t >= 1.0 {
            ui.lessons.fly_to.set(None);
        } else if ui.lessons.fly_to.get_untracked() == Some(target) {
            tick(ui, frame, from, target, Some(start));
        }
    });
    frame.set_value(Some(next));
}
