use crate::state::Ui;
use atlas_model::Day;
use leptos::prelude::*;

/// The time slider: a range over days, from the first event's year to today.
#[component]
pub fn TimeSlider() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let (min, max) = (atlas.first_day, atlas.today);
    let value_text = move || {
        let date = ui.day.get().date().human();
        match ui
            .shown
            .get()
            .and_then(|i| ui.atlas().event(i).map(|e| e.title.clone()))
        {
            Some(title) => format!("{date} — {title}"),
            None => date,
        }
    };
    view! {
        <section class="atlas-timeline" aria-label="Time">
            <label class="slider-date" for="date-slider">{move || ui.day.get().date().human()}</label>
            <input
                id="date-slider"
                class="slider"
                type="range"
                data-ui="date"
                min=min.0
                max=max.0
                step="1"
                prop:value=move || ui.day.get().0.to_string()
                aria-valuetext=value_text
                on:input=move |ev| {
                    if let Ok(n) = event_target_value(&ev).parse::<i32>() {
                        ui.set_day(Day(n));
                    }
                }
            />
        </section>
    }
}
