use super::context::MapContext;
use crate::state::Ui;
use atlas_model::status::Pattern;
use atlas_model::{ControlKind, Party};
use leptos::prelude::*;

/// Hatching size on screen, in pixels.
const HATCH_PX: f64 = 7.0;
/// Width of one stripe pair of a joint fill, in pixels.
const STRIPES_PX: f64 = 12.0;

/// The id of a fill pattern in a party's colours.
pub fn pattern_id(ctx: &MapContext, pattern: Pattern, party: Party) -> String {
    ctx.id(&format!("{}-{}", pattern.key(), party.index()))
}

/// The fill patterns the data needs: hatching (occupation) and cross-hatching (contested) in
/// the holder's colour, and stripes in the members' colours for land held in common. They keep
/// their size on screen. Colours are SVG presentation attributes, from `atlas.json`.
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
    let viewport = ctx.viewport;
    let size = move |px: f64| move || (px * viewport.with(|v| v.km_per_px())).to_string();
    let colour = |p: Party| parties.info(p).map_or(String::new(), |i| i.colour.clone());
    let hatches = hatched
        .into_iter()
        .map(|(pattern, party)| {
            let lines = if pattern == Pattern::Contested {
                "M4,0V8M0,4H8"
            } else {
                "M4,0V8"
            };
            view! {
                <pattern
                    id=pattern_id(&ctx, pattern, party)
                    patternUnits="userSpaceOnUse"
                    viewBox="0 0 8 8"
                    width=size(HATCH_PX)
                    height=size(HATCH_PX)
                    patternTransform="rotate(45)"
                >
                    <rect width="8" height="8" fill=colour(party)/>
                    <path class="hatch" d=lines/>
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
            let width = 12.0 / n as f64;
            let bands = info
                .members
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    view! { <rect x=i as f64 * width width=width height="12" fill=colour(*m)/> }
                })
                .collect_view();
            view! {
                <pattern
                    id=pattern_id(&ctx, Pattern::Joint, party)
                    patternUnits="userSpaceOnUse"
                    viewBox="0 0 12 12"
                    width=size(STRIPES_PX)
                    height=size(STRIPES_PX)
                    patternTransform="rotate(90)"
                >
                    {bands}
                </pattern>
            }
        })
        .collect_view();
    view! { <defs>{hatches} {stripes}</defs> }
}
