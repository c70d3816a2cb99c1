use super::time_slider::move_day;
use crate::state::Ui;
use atlas_model::Day;
use gloo::render::{request_animation_frame, AnimationFrame};
use leptos::prelude::*;

/// Playback speeds offered, in years per second.
const SPEEDS: [u32; 3] = [1, 5, 20];
const DEFAULT_SPEED: u32 = 5;
const DAYS_PER_YEAR: f64 = 365.2425;
/// A longer pause between frames (a hidden tab) counts as this many milliseconds.
const MAX_FRAME_MS: f64 = 100.0;

/// Whether the timeline plays, and how fast. `Copy`: every field is a handle.
#[derive(Clone, Copy)]
pub struct Playback {
    pub playing: RwSignal<bool>,
    /// Years per second.
    pub speed: RwSignal<u32>,
    /// The day reached, with its fraction, so slow speeds still advance.
    cursor: StoredValue<f64>,
    /// The next frame requested; dropping it cancels it.
    frame: StoredValue<Option<AnimationFrame>, LocalStorage>,
}

impl Playback {
    pub fn new() -> Playback {
        Playback {
            playing: RwSignal::new(false),
            speed: RwSignal::new(DEFAULT_SPEED),
            cursor: StoredValue::new(0.0),
            frame: StoredValue::new_local(None),
        }
    }

    /// Plays from the current date, or from the start when the date is already today.
    pub fn play(self, ui: Ui) {
        if self.playing.get_untracked() {
            return;
        }
        let atlas = ui.atlas();
        if ui.day.get_untracked() >= atlas.today {
            move_day(ui, atlas.first_day);
        }
        self.cursor.set_value(f64::from(ui.day.get_untracked().0));
        self.playing.set(true);
        self.request(ui, None);
    }

    /// Stops playing (a no-op when stopped).
    pub fn stop(self) {
        if !self.playing.get_untracked() {
            return;
        }
        self.playing.set(false);
        self.frame.set_value(None);
    }

    fn request(self, ui: Ui, last: Option<f64>) {
        let frame = request_animation_frame(move |now| self.advance(ui, now, last));
        self.frame.set_value(Some(frame));
    }

    fn advance(self, ui: Ui, now: f64, last: Option<f64>) {
        if !self.playing.try_get_untracked().unwrap_or(false) {
            return;
        }
        let today = ui.atlas().today;
        let shown = ui.day.get_untracked();
        let mut cursor = self.cursor.get_value();
        if cursor.floor() as i32 != shown.0 {
            // The date was moved meanwhile (an event chosen): go on from there.
            cursor = f64::from(shown.0);
        }
        let elapsed = last.map_or(0.0, |l| (now - l).clamp(0.0, MAX_FRAME_MS));
        cursor += f64::from(self.speed.get_untracked()) * DAYS_PER_YEAR * elapsed / 1000.0;
        if cursor >= f64::from(today.0) {
            move_day(ui, today);
            self.stop();
            ui.flush_url();
            return;
        }
        self.cursor.set_value(cursor);
        move_day(ui, Day(cursor.floor() as i32));
        self.request(ui, Some(now));
    }
}

impl Default for Playback {
    fn default() -> Self {
        Playback::new()
    }
}

/// Start, previous event, play/pause with its speed, next event, today.
#[component]
pub fn PlayControls(playback: Playback) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let stop_then = move |action: &dyn Fn()| {
        playback.stop();
        ui.flush_url();
        action();
    };
    let playing = Signal::derive(move || playback.playing.get());
    let paused = Signal::derive(move || !playback.playing.get());
    let pressed = Signal::derive(move || playback.playing.get().to_string());
    let title = Signal::derive(move || {
        if playback.playing.get() {
            "Pause"
        } else {
            "Play"
        }
        .to_string()
    });
    let toggle = move |_| {
        if playback.playing.get_untracked() {
            playback.stop();
            ui.flush_url();
        } else {
            playback.play(ui);
        }
    };
    view! {
        <div class="play-controls" role="group" aria-label="Move through time">
            <StepButton ui="start" label="Go to the start" text="Start" icon="M1 2h2v12H1zM9 2 3 8l6 6zM15 2 9 8l6 6z" on_press=move || stop_then(&|| ui.set_day(ui.atlas().first_day))/>
            <StepButton ui="prev-event" label="Previous event" text="Previous" icon="M3 2h2v12H3zM13 2 6 8l7 6z" on_press=move || stop_then(&|| ui.step_event(-1))/>
            <button
                type="button"
                class="tl-button tl-play"
                data-ui="play"
                aria-label="Play"
                aria-pressed=pressed
                title=title
                on:click=toggle
            >
                <span class="tl-icon-box" hidden=playing>
                    <Icon d="M4 2v12l10-6z"/>
                </span>
                <span class="tl-icon-box" hidden=paused>
                    <Icon d="M4 2h3v12H4zM9 2h3v12H9z"/>
                </span>
                <span class="tl-text">"Play"</span>
            </button>
            <StepButton ui="next-event" label="Next event" text="Next" icon="M3 2l7 6-7 6zM11 2h2v12h-2z" on_press=move || stop_then(&|| ui.step_event(1))/>
            <StepButton ui="today" label="Go to today" text="Today" icon="M1 2l6 6-6 6zM7 2l6 6-6 6zM13 2h2v12h-2z" on_press=move || stop_then(&|| ui.set_day(ui.atlas().today))/>
            <label class="tl-speed">
                <span class="visually-hidden">"Playback speed"</span>
                <select
                    data-ui="speed"
                    on:change=move |ev| {
                        if let Ok(speed) = event_target_value(&ev).parse::<u32>() {
                            playback.speed.set(speed);
                        }
                    }
                >
                    {SPEEDS
                        .into_iter()
                        .map(|s| {
                            let label = if s == 1 {
                                "1 year/s".to_string()
                            } else {
                                format!("{s} years/s")
                            };
                            view! {
                                <option value=s selected=s == DEFAULT_SPEED>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
    .into_any()
}

/// A 16-pixel icon drawn with one path in the text colour.
/// A labelled button with an icon that moves the date.
#[component]
fn StepButton(
    ui: &'static str,
    label: &'static str,
    text: &'static str,
    icon: &'static str,
    on_press: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class="tl-button"
            data-ui=ui
            aria-label=label
            title=label
            on:click=move |_| on_press()
        >
            <Icon d=icon/>
            <span class="tl-text">{text}</span>
        </button>
    }
}

#[component]
fn Icon(d: &'static str) -> impl IntoView {
    view! {
        <svg class="tl-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}
