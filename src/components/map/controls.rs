use super::context::MapContext;
use crate::state::Ui;
use atlas_model::gesture::ZOOM_STEP;
use atlas_model::key::{self, Key};
use leptos::html::{Button, Div, Label, P};
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
            ctx.covers.add(node);
            let view = atlas.config.view(v).clone();
            view! {
                <button
                    type="button"
                    node_ref=node
                    data-ui=format!("view-{}", view.id)
                    aria-pressed=move || if ui.view.get() == v { "true" } else { "false" }
                    on:click=move |_| ui.set_view(v)
                >
                    {let name = view.name.clone(); move || name.get(ui.lang.get()).to_string()}
                </button>
            }
        })
        .collect_view();
    let zoom_group = NodeRef::<Div>::new();
    ctx.covers.add(zoom_group);
    let (zoom_in, zoom_out, reset) = (ctx.clone(), ctx.clone(), ctx);
    let t = move |key: Key| move || ui.t(key);
    view! {
        <div class="map-views" role="group" aria-label=t(key::MAP_VIEWS)>
            {presets}
            <PerspectiveChoice/>
        </div>
        <div class="map-zoom" role="group" aria-label=t(key::MAP_ZOOM) node_ref=zoom_group>
            <button
                type="button"
                data-ui="zoom-in"
                aria-label=t(key::MAP_ZOOM_IN)
                title=t(key::MAP_ZOOM_IN_KEY)
                on:click=move |_| zoom_in.zoom(ZOOM_STEP)
            >
                "+"
            </button>
            <button
                type="button"
                data-ui="zoom-out"
                aria-label=t(key::MAP_ZOOM_OUT)
                title=t(key::MAP_ZOOM_OUT_KEY)
                on:click=move |_| zoom_out.zoom(1.0 / ZOOM_STEP)
            >
                "−"
            </button>
            <button
                type="button"
                data-ui="zoom-reset"
                aria-label=t(key::MAP_ZOOM_RESET)
                title=t(key::MAP_ZOOM_RESET_KEY)
                on:click=move |_| reset.reset()
            >
                <svg viewBox="0 0 16 16" aria-hidden="true" class="icon">
                    <path d="M3.2 9.5A5 5 0 1 0 4.6 4.4M4.2 1.8v3h3"></path>
                </svg>
            </button>
        </div>
    }
}

/// The choice of whose map to draw: as it was, or as one side saw it on the date shown. The
/// parties' names follow the date ("As the Soviet Union saw it"); a side that did not exist on
/// the date is offered disabled, with the days it existed. Where the chosen side did not exist,
/// a line says why the map is drawn as it was.
#[component]
fn PerspectiveChoice() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let shown = ctx.shown;
    let day = Memo::new(move |_| shown.moment.with(|m| m.day));
    let parties = &atlas.config.parties;
    let options = parties
        .sides()
        .map(|side| {
            let key = parties.key(side).to_string();
            let spans = parties.existence(side).to_vec();
            let existed = {
                let atlas = atlas.clone();
                Memo::new(move |_| atlas.config.parties.existed(side, day.get()))
            };
            // The map's party names change only at the turn of an era, not at every step.
            let name = move || {
                let party = shown.in_text(side);
                let option = ui
                    .i18n
                    .fill(key::PERSPECTIVE_AS_PARTY, &[("party", &party)]);
                if existed.get() {
                    option
                } else {
                    let spans = ui.i18n.with(|w| w.existence(&spans));
                    ui.i18n.fill(
                        key::PERSPECTIVE_ABSENT,
                        &[("option", &option), ("spans", &spans)],
                    )
                }
            };
            view! {
                <option
                    value=key
                    disabled=move || !existed.get()
                    selected=move || ui.perspective.get() == Some(side)
                >
                    {name}
                </option>
            }
        })
        .collect_view();
    let parties_atlas = ui.atlas();
    // Labels keep clear of the choice, as of the buttons beside it.
    let node = NodeRef::<Label>::new();
    ctx.covers.add(node);
    // The line saying why the side's map is not drawn: the labels keep clear of it too, so it is
    // always in the page, hidden while it has nothing to say.
    let absent_line = NodeRef::<P>::new();
    ctx.covers.add(absent_line);
    let absent = move || {
        let side = shown.absent_side.get()?;
        let atlas = ui.atlas();
        let spans = ui
            .i18n
            .with(|w| w.existence(atlas.config.parties.existence(side)));
        let text = ui.i18n.fill(
            key::PERSPECTIVE_NOT_DRAWN,
            &[
                ("party", &shown.in_text(side)),
                ("date", &ui.i18n.date(day.get().date())),
                ("spans", &spans),
            ],
        );
        Some(text)
    };
    let absent = Memo::new(move |_| absent());
    view! {
        <label class="perspective-choice" node_ref=node>
            <span>{move || ui.t(key::PERSPECTIVE_LABEL)}</span>
            <select
                data-ui="perspective"
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    ui.set_perspective(parties_atlas.config.parties.find(&value));
                }
            >
                <option value="" selected=move || ui.perspective.get().is_none()>
                    {move || ui.t(key::PERSPECTIVE_AS_IT_WAS)}
                </option>
                {options}
            </select>
        </label>
        <p
            class="side-absent"
            data-ui="side-absent"
            node_ref=absent_line
            hidden=move || absent.with(Option::is_none)
        >
            {move || absent.get()}
        </p>
    }
}
