use super::context::MapContext;
use crate::state::{Atlas, Ui};
use atlas_model::status::Pattern;
use atlas_model::viewport::intersects;
use atlas_model::{ClaimKind, Party, Region};
use leptos::html::Details;
use leptos::prelude::*;

/// What is on screen at the current date and view.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    /// By party index, then one more for "no holder recorded".
    held: Vec<bool>,
    patterns: [bool; Pattern::ALL.len()],
    disputed: bool,
    kinds: [bool; ClaimKind::ALL.len()],
    boundary: bool,
}

fn slot(atlas: &Atlas, party: Option<Party>) -> usize {
    party.map_or(atlas.config.parties.len(), Party::index)
}

fn index_of<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|y| y == x).unwrap_or(0)
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
    let shown = shown_memo(ui, &ctx);
    let parties = atlas
        .config
        .parties
        .all()
        .map(Some)
        .chain([None])
        .map(|p| {
            let slot = slot(&atlas, p);
            let names = ctx.party_names;
            let unrecorded = atlas.config.unrecorded.name.clone();
            let name = move || match p {
                Some(p) => names.with(|n| n.name.get(p.index()).cloned().unwrap_or_default()),
                None if ui.perspective.get().is_some() => ui.t("legend.no-one"),
                None => unrecorded.get(ui.lang.get()).to_string(),
            };
            let key = atlas.config.parties.key_of(p).to_string();
            view! {
                <li data-legend=key hidden=move || !shown.with(|s| s.held[slot])>
                    {swatch(&atlas, p)}
                    {name}
                </li>
            }
        })
        .collect_view();
    let kinds = ClaimKind::ALL
        .into_iter()
        .enumerate()
        .map(|(k, kind)| {
            view! {
                <li data-legend=kind.key() hidden=move || !shown.with(|s| s.kinds[k])>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path class=format!("claim sample kind-{}", kind.key()) d="M2 5H26"></path>
                    </svg>
                    {move || ui.i18n.fill(&format!("claim-kind.{}", kind.key()), &[])}
                </li>
            }
        })
        .collect_view();
    let how = [
        (
            Pattern::Occupation,
            "legend.occupation",
            "legend.held-by-another",
        ),
        (Pattern::Contested, "legend.contested", "legend.contested"),
    ]
    .map(|(pattern, text, in_view)| {
        let k = index_of(&Pattern::ALL, &pattern);
        let text = move || {
            ui.t(if ui.perspective.get().is_some() {
                in_view
            } else {
                text
            })
        };
        view! {
            <li data-legend=pattern.key() hidden=move || !shown.with(|s| s.patterns[k])>
                <span class=format!("swatch {}", pattern.key()) aria-hidden="true"></span>
                {text}
            </li>
        }
    });
    let t = move |key: &'static str| move || ui.t(key);
    let side = {
        let names = ctx.clone();
        move || {
            ui.perspective.get().map(|p| {
                let party = names.party_in_text(p);
                view! { <p class="legend-side" data-ui="legend-side">{ui.i18n.fill("legend.side", &[("party", &party)])}</p> }
            })
        }
    };
    let node = NodeRef::<Details>::new();
    ctx.cover(node);
    let open = wide_screen();
    view! {
        <details class="map-legend" node_ref=node open=open>
            <summary>{t("legend.title")}</summary>
            {side}
            <ul aria-label=t("legend.held-by")>{parties}</ul>
            <ul aria-label=t("legend.how")>
                {how}
                <li data-legend="disputed" hidden=move || !shown.with(|s| s.disputed)>
                    <span class="swatch disputed" aria-hidden="true"></span>
                    {t("legend.disputed")}
                </li>
            </ul>
            <ul aria-label=t("legend.lines")>
                {kinds}
                <li data-legend="boundary-today" hidden=move || !shown.with(|s| s.boundary)>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path class="boundary-today" d="M2 5H26"></path>
                    </svg>
                    {t("legend.boundary-today")}
                </li>
            </ul>
        </details>
    }
}

/// Which entries the legend shows, recomputed when the date or the view changes.
fn shown_memo(ui: Ui, ctx: &MapContext) -> Memo<Shown> {
    let atlas = ui.atlas();
    let (viewport, status, sides, parts, active) = (
        ctx.viewport,
        ctx.status.clone(),
        ctx.side_view.clone(),
        ctx.parts.clone(),
        ctx.claims_active,
    );
    let config = &atlas.config;
    let boundary_view = config.view_for_regions(&[Region::KhalkhinGol]);
    let theatre = atlas.view_box(boundary_view);
    Memo::new(move |_| {
        let visible = viewport.with(|v| v.visible());
        let mut s = Shown {
            held: vec![false; atlas.config.parties.len() + 1],
            ..Shown::default()
        };
        for ((boxes, st), side) in parts.iter().zip(status.iter()).zip(sides.iter()) {
            if !boxes.iter().any(|b| intersects(*b, visible)) {
                continue;
            }
            let st = st.get();
            // A side's map draws what it held rightful.
            let st = side.get().map_or(st, |v| v.drawn(&st));
            s.held[slot(&atlas, st.party)] = true;
            if let Some(p) = st.pattern {
                s.patterns[index_of(&Pattern::ALL, &p)] = true;
            }
            s.disputed |= st.disputed_by.is_some();
        }
        let active = active.get();
        for ((claim, shape), on) in atlas.claims.iter().zip(&atlas.scene.claims).zip(active) {
            if on && intersects(shape.bbox, visible) {
                s.kinds[index_of(&ClaimKind::ALL, &claim.kind)] = true;
            }
        }
        s.boundary = !atlas.scene.boundaries.is_empty() && intersects(theatre, visible);
        s
    })
}

/// Whether the legend starts open: on screens wider than a phone's. The build-time pre-render
/// draws it open; its stylesheet hides the open legend's body on narrow screens.
fn wide_screen() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > 720.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
}
