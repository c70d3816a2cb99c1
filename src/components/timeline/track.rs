//! What is drawn along the slider's track: a tick per event day (one path), the current
//! event's tick, era bands and year marks. Positions are shares of the track, from the scale,
//! written as SVG geometry (percentages of the track's width), never as `style` attributes: a
//! school's Content-Security-Policy (`style-src 'self'`) blocks those, in the page the build
//! pre-renders as much as in the live one.

use super::context::TimelineContext;
use crate::state::Ui;
use atlas_model::timeline::SPAN;
use atlas_model::{Day, Event};
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
    // The shown event's tick reaches above the others, from -4 to 10 in the path's units.
    let current_tick = Memo::new(move |_| {
        ui.shown
            .get()
            .and_then(|i| ui.atlas().event(i).map(Event::day))
            .map(|day| format!("M{:.1} -4V10", scale.position(day)))
    });
    view! {
        <div class="ticks" aria-hidden="true">
            <svg class="tick-lines" viewBox=format!("0 0 {SPAN} 10") preserveAspectRatio="none">
                <path d=ticks/>
                <path
                    class="tick-current"
                    d=move || current_tick.get().unwrap_or_default()
                    visibility=move || if current_tick.with(Option::is_some) { "visible" } else { "hidden" }
                />
            </svg>
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
            let era = band.era.clone();
            let (description, name) = (era.description.clone(), era.name.clone());
            // HTML inside the band, so that a name too long for it ends in an ellipsis.
            view! {
                <foreignObject
                    x=percent(from)
                    width=percent(until - from)
                    height="100%"
                >
                    <span class="era" title=move || description.get(ui.lang.get()).to_string()>
                        {move || name.get(ui.lang.get()).to_string()}
                    </span>
                </foreignObject>
            }
        })
        .collect_view();
    let years = scale
        .year_marks(&YEAR_LEVELS)
        .into_iter()
        .map(|mark| {
            let x = percent(mark.fraction);
            view! {
                <g class=format!("year year-{}", mark.level)>
                    <line x1=x.clone() x2=x.clone() y1="-3" y2="0"/>
                    <text x=x y="11" text-anchor="middle">{mark.year}</text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg class="eras" aria-hidden="true">{eras}</svg>
        <svg class="years" aria-hidden="true">{years}</svg>
    }
}
