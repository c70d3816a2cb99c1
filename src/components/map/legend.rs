use super::context::MapContext;
use crate::platform::dom::{window_laid_out, window_wider_than};
use crate::platform::resize::on_resize;
use crate::state::{Atlas, Ui};
use atlas_model::key::{self, Key};
use atlas_model::picture::style::{self, BOUNDARY, SAMPLE};
use atlas_model::status::Pattern;
use atlas_model::{ClaimKind, OnScreen, Party};
use leptos::html::Details;
use leptos::prelude::*;

/// Whether the legend starts open: on screens wider than a phone's. The build-time first view
/// draws it open; its stylesheet hides the open legend's body on narrow screens. A frame hidden
/// at first (no size yet) decides once it is laid out at its real size.
fn open_at_start(node: NodeRef<Details>) -> RwSignal<bool> {
    let open = RwSignal::new(window_wider_than(720.0));
    if !window_laid_out() {
        let decided = StoredValue::new(false);
        on_resize(
            move || node.get_untracked().map(Into::into).into_iter().collect(),
            move || {
                if !decided.get_value() && window_laid_out() {
                    decided.set_value(true);
                    open.set(window_wider_than(720.0));
                }
            },
        );
    }
    open
}

/// A legend swatch: the party's colour, the members' stripes for land held in common, or the
/// colour of land with no recorded holder.
fn swatch(atlas: &Atlas, party: Option<Party>) -> impl IntoView {
    let parties = &atlas.config.parties;
    let info = party.and_then(|p| parties.info(p));
    let colours: Vec<String> = match info {
        Some(i) if !i.members.is_empty() => i
            .members
            .iter()
            .filter_map(|m| parties.info(*m).map(|m| m.colour.clone()))
            .collect(),
        Some(i) => vec![i.colour.clone()],
        None => vec![atlas.config.unrecorded.colour.clone()],
    };
    let h = 10.0 / colours.len().max(1) as f64;
    let bands = colours
        .into_iter()
        .enumerate()
        .map(|(i, c)| view! { <rect y=i as f64 * h width="16" height=h fill=c/> })
        .collect_view();
    view! {
        <svg class="swatch" viewBox="0 0 16 10" preserveAspectRatio="none" aria-hidden="true">
            {bands}
        </svg>
    }
}

/// The legend: only the holders, fills and lines that are on screen at the current date.
#[component]
pub fn MapLegend() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    // What is on screen: the map's moment within its view, recomputed when either changes.
    let shown = {
        let (atlas, moment, viewport) = (atlas.clone(), ctx.shown.moment, ctx.viewport);
        Memo::new(move |_| {
            let visible = viewport.with(|v| v.visible());
            moment.with(|m| m.on_screen(&atlas, visible))
        })
    };
    let parties = atlas
        .config
        .parties
        .all()
        .map(Some)
        .chain([None])
        .map(|p| {
            let names = ctx.shown;
            let name = move || match p {
                Some(p) => names.name(p),
                None => no_holder_words(ui, ctx.shown.side.get()),
            };
            let key = atlas.config.parties.key_of(p).to_string();
            view! {
                <li data-legend=key hidden=move || !shown.with(|s: &OnScreen| s.holds(p))>
                    {swatch(&atlas, p)}
                    {name}
                </li>
            }
        })
        .collect_view();
    let kinds = claim_kinds(ui, shown);
    let how = [Pattern::Occupation, Pattern::Contested].map(|pattern| {
        let crossed = pattern == Pattern::Contested;
        let text = move || ui.t(hatch_key(crossed, ctx.shown.side.get().is_some()));
        view! {
            <li data-legend=pattern.key() hidden=move || !shown.with(|s| s.pattern(pattern))>
                <span class=format!("swatch {}", pattern.key()) aria-hidden="true"></span>
                {text}
            </li>
        }
    });
    let t = move |key: Key| move || ui.t(key);
    let side = {
        let names = ctx.clone();
        move || {
            ctx.shown.side.get().map(|p| {
                let party = names.party_in_text(p);
                view! { <p class="legend-side" data-ui="legend-side">{ui.i18n.fill(key::LEGEND_SIDE, &[("party", &party)])}</p> }
            })
        }
    };
    let node = NodeRef::<Details>::new();
    ctx.covers.add(node);
    let open = open_at_start(node);
    view! {
        <details class="map-legend" node_ref=node open=open>
            <summary>{t(key::LEGEND_TITLE)}</summary>
            {side}
            <ul aria-label=t(key::LEGEND_HELD_BY)>{parties}</ul>
            <ul aria-label=t(key::LEGEND_HOW)>
                {how}
                <li data-legend="disputed" hidden=move || !shown.with(|s| s.disputed)>
                    <span class="swatch disputed" aria-hidden="true"></span>
                    {t(key::LEGEND_DISPUTED)}
                </li>
            </ul>
            <ul aria-label=t(key::LEGEND_LINES)>
                {kinds}
                <li data-legend="boundary-today" hidden=move || !shown.with(|s| s.boundary)>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path
                            class="boundary-today"
                            stroke=BOUNDARY.colour
                            stroke-width=style::BOUNDARY_SAMPLE_WIDTH
                            stroke-dasharray=style::dash_text(BOUNDARY.dash, 1.0)
                            d="M2 5H26"
                        ></path>
                    </svg>
                    {t(key::LEGEND_BOUNDARY_TODAY)}
                </li>
            </ul>
        </details>
    }
}

/// The legend's entries for the kinds of claim line, each shown while such a line is on screen.
fn claim_kinds(ui: Ui, shown: Memo<OnScreen>) -> impl IntoView {
    ClaimKind::ALL
        .into_iter()
        .map(|kind| {
            view! {
                <li data-legend=kind.key() hidden=move || !shown.with(|s| s.kind(kind))>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path
                            class=format!("claim sample kind-{}", kind.key())
                            stroke=SAMPLE.colour
                            stroke-width=SAMPLE.width
                            stroke-dasharray=style::dash_text(style::claim_dash(kind), 1.0)
                            d="M2 5H26"
                        ></path>
                    </svg>
                    {move || ui.t(key::of_claim_kind(kind))}
                </li>
            }
        })
        .collect_view()
}

/// The legend's words for land with no holder: in a side's map, no one's (renounced, no title
/// recognised); as it was, the atlas's name for land with no recorded holder. Tracked.
pub fn no_holder_words(ui: Ui, side: Option<atlas_model::Party>) -> String {
    match side {
        Some(_) => ui.t(key::LEGEND_NO_ONE),
        None => ui
            .atlas()
            .config
            .unrecorded
            .name
            .get(ui.lang.get())
            .to_string(),
    }
}

/// The key of a hatched pattern's legend words (cross-hatched: fought over); hatching alone
/// is occupation, or in a side's map "held by another side".
pub fn hatch_key(crossed: bool, side_map: bool) -> Key {
    match (crossed, side_map) {
        (true, _) => key::LEGEND_CONTESTED,
        (false, true) => key::LEGEND_HELD_BY_ANOTHER,
        (false, false) => key::LEGEND_OCCUPATION,
    }
}
