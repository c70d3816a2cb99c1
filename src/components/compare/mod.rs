//! Two maps of one frontier: two dates, two sides, or both. The first map is the slider's
//! ([`Ui::now`]), the second has its own date and side ([`Ui::then`]); both are the same map
//! component, drawing the same kind of value, and share the part of the map on screen. On a
//! wide screen they stand side by side; on a phone or in a small frame the second lies over the
//! first behind a divider the reader drags (or moves with ← and →). What changed between them
//! is listed in words (`changes`), which is also what a screen reader gets for the pair.

mod bar;
mod changes;
mod swipe;

pub use bar::CompareOpen;
pub use changes::ChangesList;

use crate::components::map::MapView;
use crate::state::{Shown, Ui};
use atlas_model::key;
use bar::CompareBar;
use leptos::prelude::*;
use swipe::SwipeDivider;

/// Both maps with their captions, the second map's controls and the divider.
#[component]
pub fn CompareView() -> impl IntoView {
    let ui = expect_context::<Ui>();
    // Where the divider stands, in per cent of the width from the left (swipe layout only).
    let split = RwSignal::new(50.0_f64);
    // Type-erased: two maps in one view are deeper than the compiler's limit otherwise.
    let bar = view! { <CompareBar/> }.into_any();
    let first = view! { <MapView side="a"/> }.into_any();
    let second = view! { <MapView shown=ui.then side="b"/> }.into_any();
    let divider = view! { <SwipeDivider split=split/> }.into_any();
    view! {
        <section
            class="compare"
            data-ui="compare"
            aria-label=move || ui.t(key::COMPARE_LABEL)
            aria-describedby="compare-changes"
            style:--split=move || format!("{:.1}%", split.get())
        >
            {bar}
            <div class="compare-maps">
                <figure class="compare-map" data-side="a">
                    <figcaption data-ui="compare-caption">{caption(ui, ui.now)}</figcaption>
                    {first}
                </figure>
                <figure class="compare-map" data-side="b">
                    <figcaption data-ui="compare-caption">{caption(ui, ui.then)}</figcaption>
                    {second}
                </figure>
                {divider}
            </div>
        </section>
    }
}

/// "5 September 1905 — As Japan saw it": a map's date and side, in the language shown.
fn caption(ui: Ui, shown: Shown) -> impl Fn() -> String + Copy {
    move || {
        let date = ui.i18n.date(shown.moment.with(|m| m.day).date());
        let side = match shown.side.get() {
            Some(p) => ui
                .i18n
                .fill(key::PERSPECTIVE_AS_PARTY, &[("party", &shown.in_text(p))]),
            None => ui.t(key::PERSPECTIVE_AS_IT_WAS),
        };
        ui.i18n
            .fill(key::COMPARE_CAPTION, &[("date", &date), ("side", &side)])
    }
}
