use super::context::MapContext;
use crate::state::Ui;
use atlas_model::picture::style::{
    number, CROSS_HATCH_LINES, HATCH, HATCH_ANGLE, HATCH_LINES, HATCH_PX, HATCH_TILE,
    STRIPES_ANGLE, STRIPES_PX, STRIPES_TILE,
};
use atlas_model::status::Pattern;
use atlas_model::{ControlKind, Party};
use leptos::prelude::*;

/// The id of a fill pattern in a party's colours.
pub fn pattern_id(ctx: &MapContext, pattern: Pattern, party: Party) -> String {
    ctx.id(&format!("{}-{}", pattern.key(), party.index()))
}

/// The fill patterns the data needs: hatching (occupation) and cross-hatching (contested) in
/// the holder's colour, and stripes in the members' colours for land held in common. They keep
/// their size on screen. Colours are SVG presentation attributes, from `atlas.json`; the
/// geometry and the hatching's stroke are the model's style.
#[component]
pub fn MapPatterns() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let parties = &atlas.config.parties;
    // Each side's map hatches land it held rightful but another held, in any party's colour.
    let mut hatched: Vec<(Pattern, Party)> = parties
        .all()
        .filter(|p| !parties.is_joint(*p))
        .map(|p| (Pattern::Occupation, p))
        .collect();
    for c in atlas.territories.iter().flat_map(|t| t.control.iter()) {
        let pattern = match c.kind {
            Some(ControlKind::Occupation) => Pattern::Occupation,
            Some(ControlKind::Contested) => Pattern::Contested,
            None => continue,
        };
        if !hatched.contains(&(pattern, c.party)) {
            hatched.push((pattern, c.party));
        }
    }
    let (viewport, lines) = (ctx.viewport, ctx.lines);
    // Larger tiles on a projector: wider hatching, further apart.
    let size =
        move |px: f64| move || (px * lines.get() * viewport.with(|v| v.km_per_px())).to_string();
    let colour = |p: Party| parties.info(p).map_or(String::new(), |i| i.colour.clone());
    let hatches = hatched
        .into_iter()
        .map(|(pattern, party)| {
            let lines = if pattern == Pattern::Contested {
                CROSS_HATCH_LINES
            } else {
                HATCH_LINES
            };
            view! {
                <pattern
                    id=pattern_id(&ctx, pattern, party)
                    patternUnits="userSpaceOnUse"
                    viewBox=format!("0 0 {HATCH_TILE} {HATCH_TILE}")
                    width=size(HATCH_PX)
                    height=size(HATCH_PX)
                    patternTransform=format!("rotate({HATCH_ANGLE})")
                >
                    <rect width=HATCH_TILE height=HATCH_TILE fill=colour(party)/>
                    <path
                        class="hatch"
                        d=lines
                        fill="none"
                        stroke=HATCH.colour
                        stroke-opacity=HATCH.opacity
                        stroke-width=HATCH.width
                    />
                </pattern>
            }
        })
        .collect_view();
    let stripes = parties
        .all()
        .filter_map(|p| Some((p, parties.info(p)?)))
        .filter(|(_, info)| !info.members.is_empty())
        .map(|(party, info)| {
            let n = info.members.len();
            let width = STRIPES_TILE / n as f64;
            let bands = info
                .members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    view! { <rect x=number(i as f64 * width) width=number(width) height=STRIPES_TILE fill=colour(*m)/> }
                })
                .collect_view();
            view! {
                <pattern
                    id=pattern_id(&ctx, Pattern::Joint, party)
                    patternUnits="userSpaceOnUse"
                    viewBox=format!("0 0 {STRIPES_TILE} {STRIPES_TILE}")
                    width=size(STRIPES_PX)
                    height=size(STRIPES_PX)
                    patternTransform=format!("rotate({STRIPES_ANGLE})")
                >
                    {bands}
                </pattern>
            }
        })
        .collect_view();
    view! { <defs>{hatches} {stripes}</defs> }
}
