use super::map_claims::kind_class;
use super::map_view::MapCtx;
use crate::state::Ui;
use atlas_model::link::View;
use atlas_model::status::short_name;
use atlas_model::viewport::intersects;
use atlas_model::{ClaimKind, Party};
use leptos::prelude::*;

const KINDS: [(ClaimKind, &str); 4] = [
    (ClaimKind::TreatyBorder, "Treaty border"),
    (ClaimKind::Claim, "Claimed line or area"),
    (ClaimKind::Proposal, "Proposed or offered"),
    (ClaimKind::Demarcation, "Border marked on the ground"),
];

/// What is on screen at the current date and view.
#[derive(Clone, Debug, Default, PartialEq)]
struct Shown {
    /// `Party::ALL` in order, then "no holder recorded".
    held: [bool; 7],
    occupation: bool,
    contested: bool,
    disputed: bool,
    kinds: [bool; 4],
    boundary: bool,
}

fn party_slot(p: Option<Party>) -> usize {
    p.and_then(|p| Party::ALL.iter().position(|q| *q == p))
        .unwrap_or(6)
}

/// The legend: only the holders, fills and lines that are on screen at the current date.
#[component]
pub(crate) fn MapLegend() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = expect_context::<MapCtx>();
    let atlas = ui.atlas();
    let viewport = ctx.viewport;
    let status = ctx.status.clone();
    let parts = ctx.parts.clone();
    let ctx_active = ctx.claims_active;
    let theatre = atlas.view_box(View::KhalkhinGol);
    let shown = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let visible = viewport.with(|v| v.visible());
            let mut s = Shown::default();
            for (boxes, st) in parts.iter().zip(status.iter()) {
                if !boxes.iter().any(|b| intersects(*b, visible)) {
                    continue;
                }
                let st = st.get();
                s.held[party_slot(st.party)] = true;
                match st.pattern() {
                    Some("occupation") => s.occupation = true,
                    Some("contested") => s.contested = true,
                    _ => {}
                }
                s.disputed |= st.disputed_by.is_some();
            }
            let active = ctx_active.get();
            for ((claim, shape), on) in atlas.claims.iter().zip(&atlas.scene.claims).zip(active) {
                if on && intersects(shape.bbox, visible) {
                    if let Some(k) = KINDS.iter().position(|(k, _)| *k == claim.kind) {
                        s.kinds[k] = true;
                    }
                }
            }
            s.boundary = !atlas.scene.boundaries.is_empty() && intersects(theatre, visible);
            s
        })
    };
    let parties = Party::ALL
        .into_iter()
        .map(Some)
        .chain([None])
        .map(|p| {
            let slot = party_slot(p);
            let names = ctx.clone();
            let name = move || match p {
                Some(p) => short_name(names.party_name(p)),
                None => "No holder recorded yet",
            };
            let key = p.map_or("none", Party::key);
            view! {
                <li data-legend=key hidden=move || !shown.with(|s| s.held[slot])>
                    <span class=format!("swatch party-{key}") aria-hidden="true"></span>
                    {name}
                </li>
            }
        })
        .collect_view();
    let kinds = KINDS
        .into_iter()
        .enumerate()
        .map(|(k, (kind, text))| {
            view! {
                <li data-legend=kind_class(kind) hidden=move || !shown.with(|s| s.kinds[k])>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path class=format!("claim sample kind-{}", kind_class(kind)) d="M2 5H26"></path>
                    </svg>
                    {text}
                </li>
            }
        })
        .collect_view();
    // The legend's size changes what it covers: labels move clear of it.
    let relayout = ctx.relayout;
    Effect::new(move |_| {
        shown.track();
        relayout.notify();
    });
    let open = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > 720.0);
    view! {
        <details class="map-legend" open=open on:toggle=move |_| relayout.notify()>
            <summary>"Legend"</summary>
            <ul aria-label="Held by">{parties}</ul>
            <ul aria-label="How it was held">
                <li data-legend="occupation" hidden=move || !shown.with(|s| s.occupation)>
                    <span class="swatch occupation" aria-hidden="true"></span>
                    "Military occupation"
                </li>
                <li data-legend="contested" hidden=move || !shown.with(|s| s.contested)>
                    <span class="swatch contested" aria-hidden="true"></span>
                    "Contested in fighting"
                </li>
                <li data-legend="disputed" hidden=move || !shown.with(|s| s.disputed)>
                    <span class="swatch disputed" aria-hidden="true"></span>
                    "Claimed by another state"
                </li>
            </ul>
            <ul aria-label="Lines and areas">
                {kinds}
                <li data-legend="boundary-today" hidden=move || !shown.with(|s| s.boundary)>
                    <svg class="line-sample" viewBox="0 0 28 10" aria-hidden="true">
                        <path class="boundary-today" d="M2 5H26"></path>
                    </svg>
                    "Today’s boundary"
                </li>
            </ul>
        </details>
    }
}
