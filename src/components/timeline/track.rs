//! What is drawn along the slider's track: a tick per event day (one path), the current
//! event's tick, era bands and year marks. Positions are shares of the track, from the scale,
//! written as SVG geometry (percentages of the track's width), never as `style` attributes: a
//! school's Content-Security-Policy (`style-src 'self'`) blocks those, in the page the build
//! pre-renders as much as in the live one.

use super::context::TimelineContext;
use crate::platform::resize::on_resize;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::timeline::SPAN;
use atlas_model::Event;
use leptos::html::{Button, Span};
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
    // Whole units of the path: at most one line for each of the SPAN + 1 places, however
    // many days the record has (the events are sorted, so equal places are neighbours).
    let mut places: Vec<i32> = atlas
        .record
        .events()
        .iter()
        .map(|e| scale.position(e.day()).round() as i32)
        .collect();
    places.dedup();
    let ticks = places
        .into_iter()
        .map(|p| format!("M{p} 0V10"))
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
                    // Shown as its page is: a page still out of sight keeps it out of sight too.
                    visibility=move || if current_tick.with(Option::is_some) { "inherit" } else { "hidden" }
                />
            </svg>
        </div>
    }
}

/// An era's band and its two names, measured to choose the one shown.
#[derive(Clone, Copy)]
struct Band {
    button: NodeRef<Button>,
    name: NodeRef<Span>,
    short: NodeRef<Span>,
}

/// The eras of `atlas.json` as bands, and the year marks, under the track. A band is a button
/// that moves the date to the era's start; a band too narrow for the era's name shows its short
/// name.
#[component]
pub fn Bands() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = TimelineContext::expect();
    let scale = ctx.scale.clone();
    let atlas = ui.atlas();
    let mut fits: Vec<Band> = Vec::new();
    let eras = atlas
        .config
        .eras_between(atlas.first_day, atlas.today)
        .into_iter()
        .map(|band| {
            let from = scale.fraction(band.from);
            let until = scale.fraction(band.until.plus(-1).max(band.from));
            let era = band.era.clone();
            let start = band.from;
            let band = Band {
                button: NodeRef::new(),
                name: NodeRef::new(),
                short: NodeRef::new(),
            };
            fits.push(band);
            let (name, short, description) = (
                era.name.clone(),
                era.short.clone().unwrap_or_else(|| era.name.clone()),
                era.description,
            );
            let words = move |text: &atlas_model::Text| text.get(ui.lang.get()).to_string();
            let name = move || words(&name);
            let short = move || words(&short);
            let description = move || words(&description);
            let label = name.clone();
            let ctx = ctx.clone();
            // HTML inside the band, so that a name too long for it ends in an ellipsis.
            view! {
                <foreignObject x=percent(from) width=percent(until - from) height="100%">
                    <button
                        type="button"
                        class="era"
                        node_ref=band.button
                        aria-label=label
                        title=description
                        on:click=move |_| {
                            ctx.interrupt();
                            ui.set_day(start);
                        }
                    >
                        <span class="era-name" node_ref=band.name>{name}</span>
                        <span class="era-short" node_ref=band.short aria-hidden="true">{short}</span>
                    </button>
                </foreignObject>
            }
        })
        .collect_view();
    fit_names(fits);
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
        <svg class="eras" role="group" aria-label=move || ui.t(key::TIMELINE_ERAS)>{eras}</svg>
        <svg class="years" aria-hidden="true">{years}</svg>
    }
}

/// Marks each band whose era's name is wider than the band: `data-fit="short"` shows the short
/// name instead, `"none"` neither where that too is wider. Measured after layout, whenever a
/// band or a name changes size (the window, the language); the names keep their widths while
/// hidden, so the choice holds still.
fn fit_names(bands: Vec<Band>) {
    let bands = std::rc::Rc::new(bands);
    let elements = {
        let bands = bands.clone();
        move || {
            bands
                .iter()
                .flat_map(|band| {
                    let button = band.button.get_untracked().map(web_sys::Element::from);
                    let name = band.name.get_untracked().map(web_sys::Element::from);
                    let short = band.short.get_untracked().map(web_sys::Element::from);
                    button.into_iter().chain(name).chain(short)
                })
                .collect()
        }
    };
    on_resize(elements, move || {
        for band in bands.iter() {
            let (Some(button), Some(name), Some(short)) = (
                band.button.get_untracked(),
                band.name.get_untracked(),
                band.short.get_untracked(),
            ) else {
                continue;
            };
            // The room inside the band's padding.
            let room = f64::from(button.client_width()) - padding(&button);
            let fits = |el: &web_sys::HtmlElement| el.get_bounding_client_rect().width() <= room;
            let fit = if fits(&name) {
                None
            } else if fits(&short) {
                Some("short")
            } else {
                Some("none")
            };
            let _ = match fit {
                Some(fit) => button.set_attribute("data-fit", fit),
                None => button.remove_attribute("data-fit"),
            };
        }
    });
}

/// An element's padding left and right, in pixels, as laid out.
fn padding(el: &web_sys::Element) -> f64 {
    let Some(style) = web_sys::window().and_then(|w| w.get_computed_style(el).ok().flatten())
    else {
        return 0.0;
    };
    ["padding-left", "padding-right"]
        .into_iter()
        .filter_map(|side| style.get_property_value(side).ok())
        .filter_map(|px| px.trim_end_matches("px").parse::<f64>().ok())
        .sum()
}
