use super::announce::RestAnnouncer;
use super::context::TimelineContext;
use super::date_entry::DateEntry;
use super::play_controls::PlayControls;
use super::track::{Bands, Ticks};
use crate::state::{Ui, UrlStep};
use atlas_model::key;
use atlas_model::timeline::{self, SPAN};
use leptos::prelude::*;

/// The time slider: a range over the record from its first event to today, with the date under
/// the thumb, its era, a typed date and play controls.
#[component]
pub fn TimeSlider() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = TimelineContext::new(ui);
    let (scale, playback, dragged) = (ctx.scale.clone(), ctx.playback, ctx.dragged);
    let value = {
        let scale = scale.clone();
        move || {
            let day = ui.day.get();
            let position = dragged
                .get_value()
                .filter(|p| scale.day_at(*p) == day)
                .unwrap_or_else(|| scale.position(day));
            position.to_string()
        }
    };
    // Written once per step for the date line and the slider's spoken value.
    let label = Memo::new(move |_| date_label(ui));
    // The attribute gives the first position to a page drawn before the app runs.
    let first = scale.position(ui.day.get_untracked()).to_string();
    let on_input = move |ev: leptos::ev::Event| {
        let position = event_target::<web_sys::HtmlInputElement>(&ev).value_as_number();
        if position.is_nan() {
            return;
        }
        playback.stop();
        dragged.set_value(Some(position));
        ui.move_day(scale.day_at(position));
    };
    let on_keydown = {
        let ctx = ctx.clone();
        move |ev: leptos::ev::KeyboardEvent| {
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
            ctx.interrupt();
        }
    };
    view! {
        <section class="atlas-timeline" aria-label=move || ui.t(key::TIMELINE_LABEL)>
            <RestAnnouncer/>
            <div class="timeline-head">
                <DateNow label/>
                // One row that scrolls sideways on a phone, beside the date.
                <div class="timeline-tools">
                    <PlayControls/>
                    <DateEntry/>
                </div>
            </div>
            <div class="timeline-track">
                <Ticks/>
                <input
                    id=crate::components::SLIDER_ID
                    class="slider"
                    type="range"
                    data-ui="date"
                    aria-label=move || ui.t(key::TIMELINE_DATE)
                    min="0"
                    max=SPAN
                    step="any"
                    value=first
                    prop:value=value
                    aria-valuetext=value_text(ui, label)
                    on:input=on_input
                    on:change=move |_| ui.write_url(UrlStep::Replace)
                    on:keydown=on_keydown
                />
                <Bands/>
            </div>
        </section>
    }
    .into_any()
}

/// The day under the thumb; on an event's first day, the event's date at its precision
/// ("1806" rather than "1 January 1806").
pub fn date_label(ui: Ui) -> String {
    let day = ui.day.get();
    let atlas = ui.atlas();
    match ui.shown.get().and_then(|i| atlas.event(i)) {
        Some(e) if e.day() == day => ui.i18n.date(e.date),
        _ => ui.i18n.date(day.date()),
    }
}

/// What a screen reader hears for the slider: the date and the event shown.
fn value_text(ui: Ui, label: Memo<String>) -> impl Fn() -> String {
    move || {
        let atlas = ui.atlas();
        let day = ui.day.get();
        let date = label.get();
        match ui.shown.get().and_then(|i| atlas.event(i)) {
            Some(e) if e.covers(day) => format!("{date} — {}", ui.i18n.title(e).0),
            Some(e) => format!(
                "{date} — {} ({})",
                ui.i18n.title(e).0,
                ui.i18n.span(e.date, e.end)
            ),
            None => date,
        }
    }
}

/// The date shown, in the calendar of the time where the record has it, and its era.
#[component]
fn DateNow(label: Memo<String>) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let original = move || {
        let day = ui.day.get();
        let atlas = ui.atlas();
        ui.shown
            .get()
            .and_then(|i| atlas.event(i))
            .filter(|e| e.date.contains(day))
            .and_then(|e| e.old_style())
            .map(|os| ui.i18n.date(os))
    };
    // The era's name is looked up again only when the era changes.
    let era_index = Memo::new(move |_| {
        let atlas = ui.atlas();
        let day = ui.day.get();
        atlas.config.era_index_at(day)
    });
    let era = move || {
        let atlas = ui.atlas();
        let era = atlas.config.eras.get(era_index.get()?)?;
        Some(era.name.get(ui.lang.get()).to_string())
    };
    view! {
        <p class="timeline-now">
            <output class="slider-date" for=crate::components::SLIDER_ID>{label}</output>
            <span class="slider-original" title=move || ui.t(key::DATE_OLD_STYLE_TITLE)>
                {original}
            </span>
            <span class="slider-era">{era}</span>
        </p>
    }
}
