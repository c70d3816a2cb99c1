use super::date_entry::DateEntry;
use super::play_controls::{PlayControls, Playback};
use crate::state::Ui;
use atlas_model::timeline::{self, Scale, SPAN};
use atlas_model::{Day, Event};
use leptos::prelude::*;
use std::sync::Arc;

/// Years labelled under the track: every 50 years where they fit, then decades.
const YEAR_LEVELS: [(i32, f64); 2] = [(50, 0.09), (10, 0.055)];

/// The time slider: a range over the record from its first event to today, on a scale that gives
/// crowded periods more room, with a tick per event, era bands, year marks, play controls and a
/// typed date.
#[component]
pub fn TimeSlider() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let scale = Arc::new(Scale::new(
        atlas.record.events().iter().map(Event::day),
        atlas.first_day,
        atlas.today,
    ));
    let playback = Playback::new();

    // The slider's own position while it is dragged: kept as long as it still reads as the
    // current day, so the thumb follows the pointer instead of snapping to the day's start.
    let dragged = StoredValue::new(None::<f64>);
    let value = {
        let scale = scale.clone();
        Signal::derive(move || {
            let day = ui.day.get();
            let position = dragged
                .get_value()
                .filter(|p| scale.day_at(*p) == day)
                .unwrap_or_else(|| scale.position(day));
            position.to_string()
        })
    };
    let on_input = {
        let scale = scale.clone();
        move |ev: leptos::ev::Event| {
            let position = event_target::<web_sys::HtmlInputElement>(&ev).value_as_number();
            if position.is_nan() {
                return;
            }
            playback.stop();
            dragged.set_value(Some(position));
            move_day(ui, scale.day_at(position));
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let atlas = ui.atlas();
        let day = ui.day.get_untracked();
        match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => ui.step_event(1),
            "ArrowLeft" | "ArrowDown" => ui.step_event(-1),
            "PageUp" => ui.set_day(timeline::shift_years(day, 10)),
            "PageDown" => ui.set_day(timeline::shift_years(day, -10)),
            "Home" => ui.set_day(atlas.first_day),
            "End" => ui.set_day(atlas.today),
            _ => return,
        }
        ev.prevent_default();
        playback.stop();
        dragged.set_value(None);
    };

    // The day under the thumb; on an event's first day, the event's date at its precision
    // ("1806" rather than "1 January 1806").
    let label = {
        let atlas = atlas.clone();
        Signal::derive(move || {
            let day = ui.day.get();
            match ui.shown.get().and_then(|i| atlas.event(i)) {
                Some(e) if e.day() == day => e.date.human(),
                _ => day.date().human(),
            }
        })
    };
    let value_text = {
        let atlas = atlas.clone();
        Signal::derive(move || {
            let day = ui.day.get();
            let date = label.get();
            match ui.shown.get().and_then(|i| atlas.event(i)) {
                Some(e) if e.covers(day) => format!("{date} — {}", e.title),
                Some(e) => format!("{date} — {} ({})", e.title, e.human_date()),
                None => date,
            }
        })
    };
    let original = {
        let atlas = atlas.clone();
        Signal::derive(move || {
            let day = ui.day.get();
            ui.shown
                .get()
                .and_then(|i| atlas.event(i))
                .filter(|e| e.date.contains(day))
                .and_then(|e| e.original_date.clone())
        })
    };
    let era = Signal::derive(move || timeline::era_at(ui.day.get()).map(str::to_string));

    // One vertical line per event day, in a single path over the track's positions.
    let ticks = {
        let mut days: Vec<Day> = atlas.record.events().iter().map(Event::day).collect();
        days.dedup();
        days.into_iter()
            .map(|d| format!("M{} 0V10", scale.position(d).round() as i32))
            .collect::<String>()
    };
    let current_tick = {
        let atlas = atlas.clone();
        let scale = scale.clone();
        Memo::new(move |_| {
            ui.shown
                .get()
                .and_then(|i| atlas.event(i))
                .map(|e| format!("left:{}", percent(scale.fraction(e.day()))))
        })
    };
    let current_tick_style = Signal::derive(move || current_tick.get().unwrap_or_default());
    let no_current_tick = Signal::derive(move || current_tick.with(Option::is_none));
    let eras = timeline::eras(atlas.first_day, atlas.today)
        .into_iter()
        .map(|era| {
            let from = scale.fraction(era.from);
            let until = scale.fraction(era.until.plus(-1).max(era.from));
            let style = format!("left:{};width:{}", percent(from), percent(until - from));
            view! {
                <span class="era" style=style title=era.description>
                    {era.name}
                </span>
            }
        })
        .collect_view();
    let years = scale
        .year_marks(&YEAR_LEVELS)
        .into_iter()
        .map(|mark| {
            view! {
                <span
                    class=format!("year year-{}", mark.level)
                    style=format!("left:{}", percent(mark.fraction))
                >
                    {mark.year}
                </span>
            }
        })
        .collect_view();

    view! {
        <section class="atlas-timeline" aria-label="Time">
            <div class="timeline-head">
                <p class="timeline-now">
                    <output class="slider-date" for="date-slider">{label}</output>
                    <span class="slider-original" title="The date in the calendar used at the time">
                        {original}
                    </span>
                    <span class="slider-era">{era}</span>
                </p>
                <DateEntry playback/>
                <PlayControls playback/>
            </div>
            <div class="timeline-track">
                <div class="ticks" aria-hidden="true">
                    <svg class="tick-lines" viewBox=format!("0 0 {SPAN} 10") preserveAspectRatio="none">
                        <path d=ticks/>
                    </svg>
                    <span
                        class="tick-current"
                        style=current_tick_style
                        hidden=no_current_tick
                    ></span>
                </div>
                <input
                    id="date-slider"
                    class="slider"
                    type="range"
                    data-ui="date"
                    aria-label="Date"
                    min="0"
                    max=SPAN
                    step="any"
                    prop:value=value
                    aria-valuetext=value_text
                    on:input=on_input
                    on:change=move |_| ui.flush_url()
                    on:keydown=on_keydown
                />
                <div class="eras" aria-hidden="true">{eras}</div>
                <div class="years" aria-hidden="true">{years}</div>
            </div>
        </section>
    }
    .into_any()
}

fn percent(fraction: f64) -> String {
    format!("{:.3}%", fraction * 100.0)
}

/// Moves the date as a drag or playback does: the state at once, the URL once the movement
/// rests (browsers throttle frequent history writes, and each costs time).
pub(super) fn move_day(ui: Ui, day: Day) {
    ui.move_day(day);
    ui.replace_url_soon();
}
