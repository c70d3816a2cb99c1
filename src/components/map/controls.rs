use super::context::MapContext;
use crate::state::Ui;
use atlas_model::gesture::ZOOM_STEP;
use atlas_model::Lang;
use leptos::html::{Button, Div};
use leptos::prelude::*;

/// The map's buttons: the view presets (from `atlas.json`), and zoom in, zoom out and reset.
/// Each registers the room it covers, so labels keep clear of it.
#[component]
pub fn MapControls() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let presets = atlas
        .config
        .view_ids()
        .map(|v| {
            let node = NodeRef::<Button>::new();
            ctx.cover(node);
            let view = atlas.config.view(v);
            view! {
                <button
                    type="button"
                    node_ref=node
                    data-ui=format!("view-{}", view.id)
                    aria-pressed=move || if ui.view.get() == v { "true" } else { "false" }
                    on:click=move |_| ui.set_view(v)
                >
                    {view.name.get(Lang::En).to_string()}
                </button>
            }
        })
        .collect_view();
    let zoom_group = NodeRef::<Div>::new();
    ctx.cover(zoom_group);
    let (zoom_in, zoom_out, reset) = (ctx.clone(), ctx.clone(), ctx);
    view! {
        <div class="map-views" role="group" aria-label="Map views">
            {presets}
        </div>
        <div class="map-zoom" role="group" aria-label="Zoom" node_ref=zoom_group>
            <button
                type="button"
                data-ui="zoom-in"
                aria-label="Zoom in"
                title="Zoom in (+)"
                on:click=move |_| zoom_in.zoom(ZOOM_STEP)
            >
                "+"
            </button>
            <button
                type="button"
                data-ui="zoom-out"
                aria-label="Zoom out"
                title="Zoom out (−)"
                on:click=move |_| zoom_out.zoom(1.0 / ZOOM_STEP)
            >
                "−"
            </button>
            <button
                type="button"
                data-ui="zoom-reset"
                aria-label="Reset the view"
                title="Reset the view (0)"
                on:click=move |_| reset.reset()
            >
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                    <path d="M3.2 9.5A5 5 0 1 0 4.6 4.4M4.2 1.8v3h3"></path>
                </svg>
            </button>
        </div>
    }
}
