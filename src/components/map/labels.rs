use super::context::MapContext;
use crate::state::Ui;
use atlas_model::labels::{self, Align, LabelSpec, Placement, FONT_PX};
use atlas_model::picture::style::{HALO, INK, LABEL_WEIGHT, LEADER};
use atlas_model::viewport::Viewport;
use leptos::prelude::*;

/// The territory labels, in the language chosen, at a constant size on screen; shown when the
/// unit is big enough on screen or its theatre is in view, never overlapping.
#[component]
pub fn MapLabels() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let specs: Vec<LabelSpec> = labels::specs(&atlas);
    let lines = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let lang = ui.lang.get();
            atlas
                .territories
                .iter()
                .map(|t| labels::lines(t.names.get(lang)))
                .collect::<Vec<_>>()
        })
    };
    let (viewport, scale) = (ctx.viewport, ctx.type_scale);
    let obstacles = ctx.covers.obstacles;
    // Larger labels (on a projector) are placed on a screen as many times smaller, then drawn
    // as many times larger: they keep clear of each other and of the controls at their size.
    let placed = Memo::new(move |_| {
        let k = scale.get();
        lines.with(|lines| {
            viewport.with(|v| {
                obstacles.with(|avoid| {
                    let small = Viewport::new(v.view_box, v.screen.0 / k, v.screen.1 / k);
                    let avoid: Vec<[f64; 4]> = avoid.iter().map(|b| b.map(|x| x / k)).collect();
                    labels::place(&specs, lines, &small, &avoid)
                })
            })
        })
    });
    let items = atlas
        .territories
        .iter()
        .zip(&atlas.scene.units)
        .enumerate()
        .map(|(i, (unit, shape))| {
            // Each label follows its own placement: one label moving leaves the others be.
            let at = Memo::new(move |_| placed.with(|p| p.get(i).copied().flatten()));
            let at = move || at.get();
            let (ax, ay) = shape.anchor;
            let transform = move || {
                let k = viewport.with(|v| v.km_per_px()) * scale.get();
                format!("translate({ax} {ay}) scale({k})")
            };
            let offset = move || at().map_or((0.0, 0.0), |p: Placement| (p.dx, p.dy));
            let leader_end = move || {
                let p = at()?;
                if !p.leader {
                    return None;
                }
                // Stop short of the text.
                let back = match p.align {
                    Align::Start => -3.0,
                    Align::End => 3.0,
                    Align::Middle => 0.0,
                };
                Some((p.dx + back, p.dy))
            };
            let tspans = move || {
                let own = lines.with(|l| l.get(i).cloned().unwrap_or_default());
                let baselines = labels::baselines(own.len());
                own.into_iter()
                    .zip(baselines)
                    .map(|(line, y)| view! { <tspan x="0" y=y>{line}</tspan> })
                    .collect_view()
            };
            view! {
                <g
                    class="label"
                    class:off=move || at().is_none()
                    data-label=unit.id.clone()
                    aria-hidden="true"
                    transform=transform
                >
                    <line
                        class="leader"
                        stroke=LEADER.colour
                        stroke-width=LEADER.width
                        opacity=LEADER.opacity
                        class:off=move || leader_end().is_none()
                        x2=move || leader_end().map_or(0.0, |e| e.0)
                        y2=move || leader_end().map_or(0.0, |e| e.1)
                    ></line>
                    <text
                        lang=move || ui.lang.get().key()
                        font-size=FONT_PX
                        font-weight=LABEL_WEIGHT
                        fill=INK
                        stroke=HALO.colour
                        stroke-opacity=HALO.opacity
                        stroke-width=HALO.width
                        text-anchor=move || at().map_or("middle", |p| p.align.text_anchor())
                        transform=move || {
                            let (dx, dy) = offset();
                            format!("translate({dx} {dy})")
                        }
                    >
                        {tspans}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! { <g class="labels">{items}</g> }
}
