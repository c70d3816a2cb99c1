//! The second map's controls — its own date and side, swapping the maps, going back to one map,
//! "before and after" the event shown — and the button that opens a comparison.

use crate::state::{Compare, Ui};
use atlas_model::key;
use atlas_model::Date;
use leptos::prelude::*;

/// Opens the comparison: the day before the event shown beside its day; with no event shown,
/// the first map's date beside the same date as it was (or as Japan saw it, where the first map
/// already is as it was), to set as the reader likes.
#[component]
pub fn CompareOpen() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let open = move |_| match ui.shown.get_untracked() {
        Some(event) => ui.compare_around(event),
        None => ui.set_compare(Some(Compare::default())),
    };
    view! {
        <button
            type="button"
            class="compare-open"
            data-ui="compare-open"
            title=move || ui.t(key::COMPARE_OPEN_HINT)
            on:click=open
        >
            {move || ui.t(key::COMPARE_OPEN)}
        </button>
    }
}

#[component]
pub fn CompareBar() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let typed = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let then_day = move || ui.then.moment.with(|m| m.day);
    let go = move || {
        let text = typed.get_untracked();
        match Date::parse(text.trim()) {
            Ok(date) => {
                problem.set(None);
                ui.set_compare_day(date.first_day());
            }
            Err(_) => problem.set(Some(
                ui.i18n
                    .fill(key::COMPARE_DATE_INVALID, &[("value", text.trim())]),
            )),
        }
    };
    let sides = atlas
        .config
        .parties
        .sides()
        .map(|side| {
            let key = atlas.config.parties.key(side).to_string();
            let name = move || {
                ui.i18n.fill(
                    key::PERSPECTIVE_AS_PARTY,
                    &[("party", &ui.then.in_text(side))],
                )
            };
            view! {
                <option value=key selected=move || ui.then.moment.with(|m| m.side.or(m.absent_side)) == Some(side)>
                    {name}
                </option>
            }
        })
        .collect_view();
    let parties = ui.atlas();
    let around = move || {
        let event = ui.shown.get()?;
        Some(view! {
            <button type="button" data-ui="compare-around" on:click=move |_| ui.compare_around(event)>
                {move || ui.t(key::COMPARE_AROUND)}
            </button>
        })
    };
    view! {
        <div class="compare-bar" data-ui="compare-bar">
            <form
                class="compare-date"
                on:submit=move |ev| {
                    ev.prevent_default();
                    go();
                }
            >
                <label>
                    <span>{move || ui.t(key::COMPARE_DATE)}</span>
                    <input
                        type="text"
                        data-ui="compare-date"
                        inputmode="numeric"
                        placeholder="YYYY-MM-DD"
                        prop:value=move || then_day().date().to_string()
                        on:input=move |ev| typed.set(event_target_value(&ev))
                    />
                </label>
                <button type="submit" data-ui="compare-go">{move || ui.t(key::COMPARE_GO)}</button>
            </form>
            <label class="compare-side">
                <span>{move || ui.t(key::COMPARE_SIDE)}</span>
                <select
                    data-ui="compare-perspective"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        ui.set_compare_side(parties.config.parties.find(&value));
                    }
                >
                    <option value="" selected=move || ui.then.moment.with(|m| m.side.is_none() && m.absent_side.is_none())>
                        {move || ui.t(key::PERSPECTIVE_AS_IT_WAS)}
                    </option>
                    {sides}
                </select>
            </label>
            {around}
            <button type="button" data-ui="compare-swap" on:click=move |_| ui.swap_compare()>
                {move || ui.t(key::COMPARE_SWAP)}
            </button>
            <button type="button" data-ui="compare-close" on:click=move |_| ui.set_compare(None)>
                {move || ui.t(key::COMPARE_CLOSE)}
            </button>
            <p class="entry-message" role="status" data-ui="compare-problem">{move || problem.get()}</p>
        </div>
    }
}
