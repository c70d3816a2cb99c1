//! The embedded map's hint about the wheel.

use leptos::prelude::*;

/// Embedded, the hint that the wheel zooms the map only with ctrl or ⌘ held (otherwise it
/// scrolls the page around the frame), shown for a moment after a plain wheel turn.
#[derive(Clone, Copy)]
pub struct WheelHint {
    /// Whether the hint is on screen.
    pub shown: RwSignal<bool>,
    timer: StoredValue<Option<gloo::timers::callback::Timeout>, LocalStorage>,
}

impl WheelHint {
    /// How long the hint stays after the last plain wheel turn, in milliseconds.
    pub const SHOWN_MS: u32 = 1_500;

    pub fn new() -> WheelHint {
        WheelHint {
            shown: RwSignal::new(false),
            timer: StoredValue::new_local(None),
        }
    }

    /// Shows the hint for a moment (again from now if it is showing).
    pub fn show(&self) {
        if !self.shown.get_untracked() {
            self.shown.set(true);
        }
        let shown = self.shown;
        let timer = gloo::timers::callback::Timeout::new(Self::SHOWN_MS, move || {
            let _ = shown.try_set(false);
        });
        self.timer.set_value(Some(timer));
    }
}
