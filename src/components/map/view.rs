use super::claims::MapClaims;
use super::context::MapContext;
use super::controls::MapControls;
use super::labels::MapLabels;
use super::legend::MapLegend;
use super::pan_zoom::PanZoom;
use super::patterns::MapPatterns;
use super::territories::MapTerritories;
use super::tooltip::MapTooltip;
use crate::platform::resize::on_resize;
use crate::state::{Shown, Ui};
use atlas_model::key;
use atlas_model::picture::style::{self, BOUNDARY, LAKE_EDGE, LAND, LAND_EDGE, RIVER, SEA};
use atlas_model::scene::MapBox;
use atlas_model::Names;
use leptos::html::{Div, P};
use leptos::prelude::*;

fn view_box_text(b: MapBox) -> String {
    let [x0, y0, x1, y1] = b;
    format!("{x0} {y0} {} {}", x1 - x0, y1 - y0)
}

/// The map: territories filled by who held them at the current date, claims, context land and
/// labels, with pan, zoom, view presets, a legend and territory tooltips.
///
/// `shown` is what it draws (the first map by default: [`Ui::now`]); in a comparison the second
/// map draws [`Ui::then`] as `side` "b", without the view controls (both maps share the part of
/// the map on screen).
#[component]
pub fn MapView(
    #[prop(optional)] shown: Option<Shown>,
    #[prop(optional)] side: Option<&'static str>,
) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::new(ui, shown.unwrap_or(ui.now));
    let second = side == Some("b");
    let surface = NodeRef::<Div>::new();
    let credits = NodeRef::<P>::new();
    ctx.covers.add(credits);
    let pan_zoom = PanZoom::new(ctx.clone(), surface);

    // The surface's size, and the room the controls cover, whenever either changed.
    let measure = {
        let (ctx, pan_zoom) = (ctx.clone(), pan_zoom.clone());
        move || {
            pan_zoom.measure();
            if let Some(el) = surface.get_untracked() {
                ctx.covers.measure(&el);
            }
        }
    };
    on_resize(
        {
            let ctx = ctx.clone();
            move || {
                let surface = surface.get_untracked().map(Into::into);
                surface.into_iter().chain(ctx.covers.elements()).collect()
            }
        },
        measure,
    );

    let wheel_hint = ctx.wheel_hint.shown;
    // Type-erased, as the map's other overlays are deep enough for the compiler already.
    let hint = view! {
        <p class="map-hint" data-ui="wheel-hint" role="status" hidden=move || !wheel_hint.get()>
            {move || ui.t(key::MAP_WHEEL_HINT)}
        </p>
    }
    .into_any();
    view! {
        <section
            class="atlas-map"
            data-ui="map"
            data-side=side
            id=(!second).then_some(crate::components::MAP_ID)
            tabindex="0"
            aria-label=move || ui.t(key::MAP_HELP)
            aria-describedby=ctx.id("holders-note")
            on:keydown=pan_zoom.handler(PanZoom::key)
        >
            <div
                class="map-surface"
                node_ref=surface
                on:pointerdown=pan_zoom.handler(PanZoom::pointer_down)
                on:pointermove=pan_zoom.handler(PanZoom::pointer_move)
                on:pointerup=pan_zoom.handler(PanZoom::pointer_up)
                on:pointercancel=pan_zoom.handler(PanZoom::pointer_up)
                on:wheel=pan_zoom.handler(PanZoom::wheel)
            >
                <svg
                    viewBox=move || view_box_text(ui.view_box.get())
                    preserveAspectRatio="xMidYMid meet"
                    role="group"
                    aria-label=move || ui.t(key::MAP_SVG_LABEL)
                >
                    <MapPatterns/>
                    <MapBase world=ctx.limits.world/>
                    <MapClaims/>
                    <MapLabels/>
                </svg>
            </div>
            {(!second).then(|| view! { <MapControls/> })}
            <MapLegend/>
            <MapTooltip/>
            {hint}
            <p class="visually-hidden" id=ctx.id("holders-note")>{move || ui.t(key::MAP_TABLE_NOTE)}</p>
            <p
                class="map-attribution"
                node_ref=credits
                title=move || ui.t(key::MAP_ATTRIBUTION)
            >
                "Natural Earth · DCW-GMT · GSHHG"
            </p>
        </section>
    }
}

/// What lies under and between the territories: the sea, context land and lakes, the rivers and
/// today's Mongolia–China boundary, in the model's style.
#[component]
fn MapBase(world: MapBox) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let scene = &atlas.scene;
    // The base map's names in the reader's language, where the data has them.
    let named = move |names: Option<Names>, or: String| {
        move || {
            names
                .as_ref()
                .map_or(or.clone(), |n| n.get(ui.lang.get()).to_string())
        }
    };
    let rivers = scene
        .rivers
        .iter()
        .zip(scene.river_names.iter().chain(std::iter::repeat(&None)))
        .map(|(r, names)| {
            view! {
                <path class="river" stroke=RIVER.colour stroke-width=RIVER.width d=r.d.clone()>
                    <title>{named(names.clone(), r.id.clone())}</title>
                </path>
            }
        })
        .collect_view();
    let lake_title = scene
        .lake_name
        .clone()
        .map(|n| named(Some(n), String::new()));
    let boundary_name = scene.boundary_name.clone();
    let boundary_title = move || match &boundary_name {
        Some(n) => n.get(ui.lang.get()).to_string(),
        None => ui.t(key::MAP_BOUNDARY_TODAY),
    };
    // The sea reaches well past the world's edges, however far the map is zoomed out.
    let world = {
        let [x0, y0, x1, y1] = world;
        let (w, h) = (x1 - x0, y1 - y0);
        (x0 - 2.0 * w, y0 - 2.0 * h, 5.0 * w, 5.0 * h)
    };
    view! {
        <rect class="sea" x=world.0 y=world.1 width=world.2 height=world.3/>
        <path
            class="land"
            fill=LAND
            stroke=LAND_EDGE.colour
            stroke-width=LAND_EDGE.width
            d=scene.land.clone()
        />
        <path
            class="lake"
            fill=SEA
            stroke=LAKE_EDGE.colour
            stroke-width=LAKE_EDGE.width
            d=scene.lakes.clone()
        >
            {lake_title.map(|t| view! { <title>{t}</title> })}
        </path>
        <MapTerritories/>
        <g class="rivers">{rivers}</g>
        <path
            class="boundary-today"
            stroke=BOUNDARY.colour
            stroke-width=BOUNDARY.width
            stroke-dasharray=style::dash_text(BOUNDARY.dash, 1.0)
            d=scene.boundaries.clone()
        >
            <title>{boundary_title}</title>
        </path>
    }
}
