//! The controls fade while the reader is idle: after [`IDLE_MS`] without a movement of the
//! pointer, a key, the wheel or a touch, the root element says `data-idle` (the stylesheet
//! fades the controls, or hides them at once for a reader who asks for reduced motion), and any
//! movement or key brings them back. They never fade while a control has the keyboard focus
//! (the focus a pointer's click leaves on a button is given back to the page).

use crate::platform::{dom, input};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;

/// How long the reader must be idle before the controls fade, in milliseconds.
pub const IDLE_MS: u32 = 3_000;

/// Whether the reader is idle. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct Idle {
    pub idle: RwSignal<bool>,
    /// The wait until idle; dropping it cancels it.
    wait: StoredValue<Option<Timeout>, LocalStorage>,
}

impl Idle {
    /// Starts watching the reader, while the calling component lives; the root element's
    /// `data-idle` follows.
    pub fn watch() -> Idle {
        let idle = Idle {
            idle: RwSignal::new(false),
            wait: StoredValue::new_local(None),
        };
        input::on_activity(move || idle.wake());
        // A button pressed with the pointer gives the focus back to the page: the controls still
        // fade, and a clicker's keys stay the page's.
        input::on_pointer_click(|clicked| {
            if clicked == input::Focus::Button {
                input::release_focus();
            }
        });
        Effect::new(move |_| {
            if idle.idle.get() {
                dom::set_root_attribute("data-idle", "");
            } else {
                dom::remove_root_attribute("data-idle");
            }
        });
        on_cleanup(|| dom::remove_root_attribute("data-idle"));
        // Effects run only in the browser: the first wait starts there.
        Effect::new(move |_| idle.arm());
        idle
    }

    /// The reader moved: the controls come back, and the wait starts again.
    fn wake(self) {
        if self.idle.get_untracked() {
            self.idle.set(false);
        }
        self.arm();
    }

    fn arm(self) {
        let timeout = Timeout::new(IDLE_MS, move || {
            // The page may have been taken down meanwhile.
            if self.wait.try_set_value(None).is_some() {
                return;
            }
            if input::control_focused() {
                self.arm();
            } else {
                self.idle.set(true);
            }
        });
        self.wait.set_value(Some(timeout));
    }
}
