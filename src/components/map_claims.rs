use super::map_view::MapCtx;
use crate::state::Ui;
use atlas_model::ClaimKind;
use leptos::prelude::*;

/// The CSS class of a claim kind; the dash pattern follows it (see `public/map.css`).
pub(crate) fn kind_class(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::TreatyBorder => "treaty-border",
        ClaimKind::Claim => "claim",
        ClaimKind::Proposal => "proposal",
        ClaimKind::Demarcation => "demarcation",
    }
}

/// Lines and areas asserted, proposed or agreed, drawn while they stood: coloured by party,
/// dashed by kind; areas as outlines.
#[component]
pub(crate) fn MapClaims() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = expect_context::<MapCtx>();
    let atlas = ui.atlas();
    let all_active = ctx.claims_active;
    let claims = atlas
        .claims
        .iter()
        .zip(&atlas.scene.claims)
        .enumerate()
        .map(|(i, (claim, shape))| {
            let active = Memo::new(move |_| all_active.with(|a| a.get(i).copied().unwrap_or(false)));
            let class = format!(
                "claim kind-{} party-{} {}",
                kind_class(claim.kind),
                claim.party.key(),
                if shape.is_line { "claim-line" } else { "claim-area" }
            );
            let title = format!(
                "{} ({}–{}). {}",
                claim.names.en,
                claim.from.human(),
                claim.until.map(|u| u.human()).unwrap_or_default(),
                claim.description
            );
            // A pale casing under each line keeps it readable on any fill.
            view! {
                <g class="claim-group" class:inactive=move || !active.get() data-claim=claim.id.clone()>
                    <path class="claim-casing" d=shape.d.clone()></path>
                    <path class=class d=shape.d.clone()>
                        <title>{title}</title>
                    </path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="claims">{claims}</g> }
}
