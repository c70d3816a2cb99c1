use super::map_view::{MapCtx, ZOOM_STEP};
use crate::state::Ui;
use atlas_model::link::View;
use leptos::prelude::*;

/// The map's buttons: the view presets, and zoom in, zoom out and reset.
#[component]
pub(crate) fn MapControls() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = expect_context::<MapCtx>();
    let (viewport, limits) = (ctx.viewport, ctx.limits);
    let zoom = move |factor: f64| {
        ui.view_box
            .set(viewport.get_untracked().zoom(factor, &limits));
    };
    let reset = move |_| {
        let view = ui.view.get_untracked();
        ui.view_box.set(ui.atlas().view_box(view));
    };
    let presets = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    data-ui=format!("view-{}", v.key())
                    aria-pressed=move || if ui.view.get() == v { "true" } else { "false" }
                    on:click=move |_| ui.set_view(v)
                >
                    {v.label()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="map-views" role="group" aria-label="Map views">
            {presets}
        </div>
        <div class="map-zoom" role="group" aria-label="Zoom">
            <button
                type="button"
                data-ui="zoom-in"
                aria-label="Zoom in"
                title="Zoom in (+)"
                on:click=move |_| zoom(ZOOM_STEP)
            >
                "+"
            </button>
            <button
                type="button"
                data-ui="zoom-out"
                aria-label="Zoom out"
                title="Zoom out (−)"
                on:click=move |_| zoom(1.0 / ZOOM_STEP)
            >
                "−"
            </button>
            <button
                type="button"
                data-ui="zoom-reset"
                aria-label="Reset the view"
                title="Reset the view (0)"
                on:click=reset
            >
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                    <path d="M3.2 9.5A5 5 0 1 0 4.6 4.4M4.2 1.8v3h3"></path>
                </svg>
            </button>
        </div>
    }
}
