//! Playback: moves the date on at a chosen speed, one step per animation frame, until today.
//! A reader who asks for reduced motion (`prefers-reduced-motion: reduce`) gets one still step a
//! second instead of a moving map.

use crate::state::{Ui, UrlStep};
use atlas_model::Day;
use gloo::render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;

/// Playback speeds offered, in years per second.
pub const SPEEDS: [u32; 3] = [1, 5, 20];
pub const DEFAULT_SPEED: u32 = 5;
const DAYS_PER_YEAR: f64 = 365.2425;
/// A longer pause between frames (a hidden tab) counts as this many milliseconds.
const MAX_FRAME_MS: f64 = 100.0;
/// With reduced motion, the time between two still steps, in milliseconds.
const STILL_STEP_MS: u32 = 1_000;

/// Whether the timeline plays, and how fast. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct Playback {
    pub playing: RwSignal<bool>,
    /// Years per second.
    pub speed: RwSignal<u32>,
    ui: Ui,
    /// The day reached, with its fraction, so slow speeds still advance.
    cursor: StoredValue<f64>,
    /// The next frame requested; dropping it cancels it.
    frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
    /// With reduced motion, the next still step; dropping it cancels it.
    still: StoredValue<Option<gloo::timers::callback::Timeout>, LocalStorage>,
}

impl Playback {
    pub fn new(ui: Ui) -> Playback {
        Playback {
            playing: RwSignal::new(false),
            speed: RwSignal::new(DEFAULT_SPEED),
            ui,
            cursor: StoredValue::new(0.0),
            frame: StoredValue::new_local(None),
            still: StoredValue::new_local(None),
        }
    }

    /// Plays from the current date, or from the start when the date is already today.
    pub fn play(self) {
        if self.playing.get_untracked() {
            return;
        }
        let ui = self.ui;
        let atlas = ui.atlas();
        if ui.day.get_untracked() >= atlas.today {
            ui.move_day(atlas.first_day);
        }
        self.cursor.set_value(f64::from(ui.day.get_untracked().0));
        self.playing.set(true);
        self.request(None);
    }

    /// Stops playing, and lets the URL catch up (a no-op when stopped).
    pub fn stop(self) {
        if !self.playing.get_untracked() {
            return;
        }
        self.playing.set(false);
        self.frame.set_value(None);
        self.still.set_value(None);
        self.ui.write_url(UrlStep::Replace);
    }

    pub fn toggle(self) {
        if self.playing.get_untracked() {
            self.stop();
        } else {
            self.play();
        }
    }

    fn request(self, last: Option<f64>) {
        if crate::platform::dom::reduced_motion() {
            let step = gloo::timers::callback::Timeout::new(STILL_STEP_MS, move || {
                self.step(f64::from(STILL_STEP_MS));
                if self.playing.try_get_untracked().unwrap_or(false) {
                    self.request(None);
                }
            });
            self.still.set_value(Some(step));
            return;
        }
        let frame = request_animation_frame(move |now| self.advance(now, last));
        self.frame.set_value(Some(frame));
    }

    fn advance(self, now: f64, last: Option<f64>) {
        let elapsed = last.map_or(0.0, |l| (now - l).clamp(0.0, MAX_FRAME_MS));
        if self.step(elapsed) {
            self.request(Some(now));
        }
    }

    /// Moves the date on by `elapsed` milliseconds at the chosen speed; whether it goes on.
    fn step(self, elapsed: f64) -> bool {
        if !self.playing.try_get_untracked().unwrap_or(false) {
            return false;
        }
        let ui = self.ui;
        let today = ui.atlas().today;
        let shown = ui.day.get_untracked();
        let mut cursor = self.cursor.get_value();
        if cursor.floor() as i32 != shown.0 {
            // The date was moved meanwhile (an event chosen): go on from there.
            cursor = f64::from(shown.0);
        }
        cursor += f64::from(self.speed.get_untracked()) * DAYS_PER_YEAR * elapsed / 1000.0;
        if cursor >= f64::from(today.0) {
            ui.move_day(today);
            self.stop();
            return false;
        }
        self.cursor.set_value(cursor);
        ui.move_day(Day(cursor.floor() as i32));
        true
    }
}
