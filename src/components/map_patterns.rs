use super::map_view::MapCtx;
use crate::state::Ui;
use atlas_model::{ControlKind, Party};
use leptos::prelude::*;

/// Hatching size on screen, in pixels.
const HATCH_PX: f64 = 7.0;
/// Width of one stripe pair of the joint fill, in pixels.
const STRIPES_PX: f64 = 12.0;

/// The pattern id of a fill that is not plain: "occupation", "contested" (with the holder)
/// or "joint".
pub(crate) fn pattern_id(ctx: &MapCtx, pattern: &str, party: Party) -> String {
    if pattern == "joint" {
        ctx.id("joint")
    } else {
        ctx.id(&format!("{pattern}-{}", party.key()))
    }
}

/// The fill patterns the data needs: hatching (occupation), cross-hatching (contested) in the
/// holder's colour, and Japanese–Russian stripes (joint). They keep their size on screen.
#[component]
pub(crate) fn MapPatterns() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = expect_context::<MapCtx>();
    let atlas = ui.atlas();
    let mut kinds: Vec<(ControlKind, Party)> = Vec::new();
    for c in atlas.territories.iter().flat_map(|t| t.control.iter()) {
        if let Some(k) = c.kind {
            if !kinds.contains(&(k, c.party)) {
                kinds.push((k, c.party));
            }
        }
    }
    let viewport = ctx.viewport;
    let size = move |px: f64| move || (px * viewport.with(|v| v.km_per_px())).to_string();
    let hatches = kinds
        .into_iter()
        .map(|(kind, party)| {
            let (name, lines) = match kind {
                ControlKind::Occupation => ("occupation", "M4,0V8"),
                ControlKind::Contested => ("contested", "M4,0V8M0,4H8"),
            };
            view! {
                <pattern
                    id=pattern_id(&ctx, name, party)
                    patternUnits="userSpaceOnUse"
                    viewBox="0 0 8 8"
                    width=size(HATCH_PX)
                    height=size(HATCH_PX)
                    patternTransform="rotate(45)"
                >
                    <rect width="8" height="8" style=format!("fill: var(--{})", party.key())/>
                    <path class="hatch" d=lines/>
                </pattern>
            }
        })
        .collect_view();
    view! {
        <defs>
            {hatches}
            <pattern
                id=ctx.id("joint")
                patternUnits="userSpaceOnUse"
                viewBox="0 0 12 12"
                width=size(STRIPES_PX)
                height=size(STRIPES_PX)
                patternTransform="rotate(90)"
            >
                <rect width="6" height="12" style="fill: var(--japan)"/>
                <rect x="6" width="6" height="12" style="fill: var(--russia)"/>
            </pattern>
        </defs>
    }
}
