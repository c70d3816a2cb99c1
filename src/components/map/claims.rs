use super::context::MapContext;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::picture::style::{self, number, CASING};
use leptos::prelude::*;

/// Lines and areas asserted, proposed or agreed, drawn while they stood: coloured by party
/// (`atlas.json`'s `line` colour), dashed and sized by kind (the model's style, as presentation
/// attributes); areas as outlines.
#[component]
pub fn MapClaims() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let parties = &atlas.config.parties;
    let moment = ctx.shown.moment;
    let claims = atlas
        .claims
        .iter()
        .zip(&atlas.scene.claims)
        .enumerate()
        .filter(|(_, (claim, _))| claim.kind.is_drawn())
        .map(|(i, (claim, shape))| {
            let active = Memo::new(move |_| moment.with(|m| m.claim_active(i)));
            let class = format!(
                "claim kind-{} party-{} {}",
                claim.kind.key(),
                parties.key(claim.party),
                if shape.is_line {
                    "claim-line"
                } else {
                    "claim-area"
                }
            );
            let stroke = parties.info(claim.party).map(|p| p.line.clone());
            // Wider on a projector, the dashes with them.
            let (lines, kind, area) = (ctx.lines, claim.kind, !shape.is_line);
            let dash = move || style::dash_text(style::claim_dash(kind), lines.get());
            let width = move || number(style::claim_width(kind, area) * lines.get());
            let casing = move || number(CASING.width * lines.get());
            let id = claim.id.clone();
            let claim = claim.clone();
            let title = move || {
                let lang = ui.lang.get();
                let from = ui.i18n.date(claim.from);
                let until = claim.until.map(|u| ui.i18n.date(u)).unwrap_or_default();
                ui.i18n.fill(
                    key::MAP_CLAIM_TITLE,
                    &[
                        ("name", claim.names.get(lang)),
                        ("from", &from),
                        ("until", &until),
                        ("description", claim.description.get(lang)),
                    ],
                )
            };
            // A pale casing under each line keeps it readable on any fill.
            view! {
                <g class="claim-group" class:inactive=move || !active.get() data-claim=id>
                    <path
                        class="claim-casing"
                        stroke=CASING.colour
                        stroke-opacity=CASING.opacity
                        stroke-width=casing
                        d=shape.d.clone()
                    ></path>
                    <path
                        class=class
                        stroke=stroke
                        stroke-width=width
                        stroke-dasharray=dash
                        d=shape.d.clone()
                    >
                        <title>{title}</title>
                    </path>
                </g>
            }
        })
        .collect_view();
    view! { <g class="claims">{claims}</g> }
}
