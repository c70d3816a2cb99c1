//! What is drawn along the slider's track: a tick per event day (one path), the current
//! event's tick, era bands and year marks. Positions are shares of the track, from the scale.

use super::context::TimelineContext;
use crate::state::Ui;
use atlas_model::timeline::SPAN;
use atlas_model::{Day, Event, Lang};
use leptos::prelude::*;

/// Years labelled under the track: every 50 years where they fit, then decades.
const YEAR_LEVELS: [(i32, f64); 2] = [(50, 0.09), (10, 0.055)];

fn percent(fraction: f64) -> String {
    format!("{:.3}%", fraction * 100.0)
}

/// One vertical line per event day, in a single path, and the shown event's tick.
#[component]
pub fn Ticks() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let scale = TimelineContext::expect().scale;
    let atlas = ui.atlas();
    let mut days: Vec<Day> = atlas.record.events().iter().map(Event::day).collect();
    days.dedup();
    let ticks = days
        .into_iter()
        .map(|d| format!("M{} 0V10", scale.position(d).round() as i32))
        .collect::<String>();
    let current_tick = Memo::new(move |_| {
        ui.shown
            .get()
            .and_then(|i| ui.atlas().event(i).map(Event::day))
            .map(|day| format!("left:{}", percent(scale.fraction(day))))
    });
    view! {
        <div class="ticks" aria-hidden="true">
            <svg class="tick-lines" viewBox=format!("0 0 {SPAN} 10") preserveAspectRatio="none">
                <path d=ticks/>
            </svg>
            <span
                class="tick-current"
                style=move || current_tick.get().unwrap_or_default()
                hidden=move || current_tick.with(Option::is_none)
            ></span>
        </div>
    }
}

/// The eras of `atlas.json` as bands, and the year marks, under the track.
#[component]
pub fn Bands() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let scale = TimelineContext::expect().scale;
    let atlas = ui.atlas();
    let eras = atlas
        .config
        .eras_between(atlas.first_day, atlas.today)
        .into_iter()
        .map(|band| {
            let from = scale.fraction(band.from);
            let until = scale.fraction(band.until.plus(-1).max(band.from));
            let style = format!("left:{};width:{}", percent(from), percent(until - from));
            view! {
                <span class="era" style=style title=band.era.description.get(Lang::En).to_string()>
                    {band.era.name.get(Lang::En).to_string()}
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
        <div class="eras" aria-hidden="true">{eras}</div>
        <div class="years" aria-hidden="true">{years}</div>
    }
}
