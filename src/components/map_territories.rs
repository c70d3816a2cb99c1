use super::map_patterns::pattern_id;
use super::map_view::{Hover, MapCtx};
use crate::state::Ui;
use atlas_model::status::UnitStatus;
use atlas_model::viewport::Viewport;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

/// The CSS classes of a unit: its holder, how it was held, whether it was claimed.
fn classes(s: &UnitStatus) -> String {
    let mut c = format!("unit party-{}", s.key());
    if let Some(p) = s.pattern() {
        c.push(' ');
        c.push_str(p);
    }
    if let Some(by) = s.disputed_by {
        c.push_str(" disputed disputed-by-");
        c.push_str(by.key());
    }
    c
}

/// Sets or removes an attribute.
fn set(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// The unit (index in file order) an event happened on, from its `data-i` attribute.
fn unit_of(ev: &Event) -> Option<(usize, Element)> {
    let el = ev.target()?.dyn_into::<Element>().ok()?;
    let i = el.get_attribute("data-i")?.parse().ok()?;
    Some((i, el))
}

/// The territory units, filled by who held them at the current date. Each is a button: hover
/// or focus shows its tooltip, click or Enter shows the event that gave it its status.
///
/// A unit's attributes are written by one effect that runs when its status changes; the
/// pointer, focus and key handlers sit on the group and find the unit from the event.
#[component]
pub(crate) fn MapTerritories() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = expect_context::<MapCtx>();
    let atlas = ui.atlas();
    let tooltip_id = ctx.id("tooltip");
    let units = atlas
        .territories
        .iter()
        .zip(&atlas.scene.units)
        .enumerate()
        .map(|(i, (unit, shape))| {
            let status = ctx.status[i];
            let node = NodeRef::<leptos::svg::Path>::new();
            let name = unit.names.en.clone();
            let ctx = ctx.clone();
            Effect::new(move |_| {
                let s = status.get();
                // What each party was called changes at the turn of an era.
                let party_name = |p| ctx.party_name(p);
                let Some(el) = node.get() else { return };
                let fill = match (s.party, s.pattern()) {
                    (Some(p), Some(pattern)) => format!("url(#{})", pattern_id(&ctx, pattern, p)),
                    (Some(p), None) => format!("var(--{})", p.key()),
                    (None, _) => "var(--unrecorded)".to_string(),
                };
                let mut label = match s.party {
                    Some(p) => format!("{name}: held by {}", party_name(p)),
                    None => format!("{name}: no holder recorded yet"),
                };
                match s.pattern() {
                    Some("occupation") => label.push_str(", under military occupation"),
                    Some("contested") => label.push_str(", contested"),
                    _ => {}
                }
                if let Some(by) = s.disputed_by {
                    label.push_str(&format!(", claimed by {}", party_name(by)));
                }
                set(&el, "class", Some(&classes(&s)));
                set(&el, "data-control", Some(s.key()));
                set(&el, "data-pattern", s.pattern());
                set(&el, "data-disputed", s.disputed_by.map(|p| p.key()));
                set(&el, "style", Some(&format!("fill: {fill}")));
                set(&el, "aria-label", Some(&label));
            });
            view! {
                <path
                    node_ref=node
                    class="unit"
                    data-unit=unit.id.clone()
                    data-i=i
                    d=shape.d.clone()
                    tabindex="0"
                    role="button"
                    aria-describedby=tooltip_id.clone()
                ></path>
            }
        })
        .collect_view();

    let (hover, gesture, viewport, limits) = (ctx.hover, ctx.gesture, ctx.viewport, ctx.limits);
    let anchors: Vec<(f64, f64)> = atlas.scene.units.iter().map(|s| s.anchor).collect();
    let events = ctx.events.clone();
    let status = ctx.status.clone();
    let open_event = move |i: usize| {
        let event = status
            .get(i)
            .and_then(|s| s.get_untracked().interval)
            .and_then(|k| events.get(i).and_then(|e| e.get(k)).copied().flatten());
        if let Some(index) = event {
            ui.show_event(index);
        }
    };
    let open_on_key = open_event.clone();
    let leave = move |ev: Event| {
        if let Some((i, _)) = unit_of(&ev) {
            hover.update(|h| {
                if h.is_some_and(|h| h.unit == i) {
                    *h = None;
                }
            });
        }
    };
    view! {
        <g
            class="units"
            on:pointermove=move |ev: PointerEvent| {
                if gesture.with_value(|g| g.dragged) {
                    return;
                }
                let Some((i, el)) = unit_of(&ev) else { return };
                let Some(surface) = el.closest(".map-surface").ok().flatten() else { return };
                let r = surface.get_bounding_client_rect();
                let x = f64::from(ev.client_x()) - r.left();
                let y = f64::from(ev.client_y()) - r.top();
                hover.set(Some(Hover { unit: i, x, y }));
            }
            on:pointerout=move |ev: PointerEvent| leave(ev.into())
            on:focusout=move |ev: web_sys::FocusEvent| leave(ev.into())
            on:focusin=move |ev: web_sys::FocusEvent| {
                // Focus from a click comes with a press: the pointer places the tooltip.
                if gesture.with_value(|g| g.is_pressed()) {
                    return;
                }
                let Some((i, _)) = unit_of(&ev) else { return };
                let Some(&anchor) = anchors.get(i) else { return };
                // Keyboard focus brings an off-screen territory into view.
                let mut vp = viewport.get_untracked();
                if !vp.shows(anchor, 24.0) {
                    let b = vp.centred_on(anchor, &limits);
                    ui.view_box.set(b);
                    vp = Viewport::new(b, vp.screen.0, vp.screen.1);
                }
                let (x, y) = vp.to_screen(anchor);
                hover.set(Some(Hover { unit: i, x, y }));
            }
            on:click=move |ev| {
                if !gesture.with_value(|g| g.dragged) {
                    if let Some((i, _)) = unit_of(&ev) {
                        open_event(i);
                    }
                }
            }
            on:keydown=move |ev: KeyboardEvent| {
                if ev.key() == "Enter" || ev.key() == " " {
                    if let Some((i, _)) = unit_of(&ev) {
                        ev.prevent_default();
                        open_on_key(i);
                    }
                }
            }
        >
            {units}
        </g>
    }
}
