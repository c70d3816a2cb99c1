use crate::state::Ui;
use leptos::prelude::*;

/// The map: territories filled by their controller at the current date, claims, context land.
#[component]
pub fn MapView() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let scene = &atlas.scene;
    let view_box = move || {
        let [x0, y0, x1, y1] = ui.view_box.get();
        format!("{x0} {y0} {} {}", x1 - x0, y1 - y0)
    };
    let units = atlas
        .territories
        .iter()
        .zip(&scene.units)
        .map(|(unit, shape)| {
            let atlas = atlas.clone();
            let id = unit.id.clone();
            let control = move || {
                atlas
                    .territories
                    .get(&id)
                    .and_then(|u| u.controller_at(ui.day.get()))
                    .map(|c| c.party.key())
                    .unwrap_or("none")
            };
            view! {
                <path class="unit" data-unit=unit.id.clone() data-control=control d=shape.d.clone()/>
            }
        })
        .collect_view();
    view! {
        <section class="atlas-map" aria-label="Map">
            <svg viewBox=view_box role="img" preserveAspectRatio="xMidYMid meet">
                <title>"Map of the frontier"</title>
                <path class="land" d=scene.land.clone()/>
                <g class="units">{units}</g>
            </svg>
        </section>
    }
}
