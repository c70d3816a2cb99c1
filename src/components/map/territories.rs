use super::context::{Hover, MapContext};
use super::patterns::pattern_id;
use crate::state::{Atlas, Ui};
use atlas_model::key;
use atlas_model::perspective::{SideView, Standing};
use atlas_model::picture::style::{self, number};
use atlas_model::status::{Pattern, UnitStatus};
use atlas_model::viewport::Viewport;
use atlas_model::Fill;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, KeyboardEvent, PointerEvent};

/// The CSS classes of a unit: its holder, how it was held, whether it was claimed.
fn classes(atlas: &Atlas, s: &UnitStatus) -> String {
    let parties = &atlas.config.parties;
    let mut c = format!("unit party-{}", parties.key_of(s.party));
    if let Some(p) = s.pattern {
        c.push(' ');
        c.push_str(p.key());
    }
    if let Some(by) = s.disputed_by {
        c.push_str(" disputed disputed-by-");
        c.push_str(parties.key(by));
    }
    c
}

/// The fill and outline of a unit, as SVG paint (the rule is the model's `AtlasConfig::paint`).
fn paint(atlas: &Atlas, ctx: &MapContext, s: &UnitStatus) -> (String, String) {
    let paint = atlas.config.paint(s);
    let fill = match paint.fill {
        Fill::Colour(c) => c.to_owned(),
        Fill::Pattern(pattern, party) => format!("url(#{})", pattern_id(ctx, pattern, party)),
    };
    (fill, paint.stroke.to_owned())
}

/// What a screen reader hears for a unit: its name, holder, how it was held, who claimed it,
/// and in a side's view, what it was to that side.
pub fn describe(name: &str, s: &UnitStatus, view: Option<&SideView>, ctx: &MapContext) -> String {
    let ui = ctx.ui();
    let i18n = ui.i18n;
    let mut label = match s.party {
        Some(p) => i18n.fill(
            key::UNIT_HELD_BY,
            &[("name", name), ("party", &ctx.party_in_text(p))],
        ),
        None => i18n.fill(key::UNIT_NO_HOLDER, &[("name", name)]),
    };
    match s.pattern {
        Some(Pattern::Occupation) => label.push_str(&i18n.t(key::UNIT_OCCUPATION)),
        Some(Pattern::Contested) => label.push_str(&i18n.t(key::UNIT_CONTESTED)),
        _ => {}
    }
    if let Some(by) = s.disputed_by {
        label.push_str(&i18n.fill(key::UNIT_CLAIMED_BY, &[("party", &ctx.party_in_text(by))]));
    }
    if let (Some(view), Some(side)) = (view, ctx.shown.side.get()) {
        let seen = standing_words(view, s, ctx);
        label = i18n.fill(
            key::UNIT_IN_VIEW,
            &[
                ("label", &label),
                ("side", &ctx.party_in_text(side)),
                ("view", &seen),
            ],
        );
    }
    label
}

/// What a unit was to the chosen side: "its own", "its own, held by the Soviet Union"…
pub fn standing_words(view: &SideView, s: &UnitStatus, ctx: &MapContext) -> String {
    let ui = ctx.ui();
    let name = |p: Option<atlas_model::Party>| p.map(|p| ctx.party_in_text(p));
    ui.i18n.standing(view, name(s.party), name(view.rightful))
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

/// The unit the arrow keys, Home and End move to from unit `i` of `count`, round the ends.
fn next_unit(key: &str, i: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => Some(if i >= last { 0 } else { i + 1 }),
        "ArrowLeft" | "ArrowUp" => Some(if i == 0 { last } else { i - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Moves the keyboard focus from a unit's path to the unit `i` beside it.
fn focus_unit(from: &Element, i: usize) {
    let next = from
        .parent_element()
        .and_then(|g| {
            g.query_selector(&format!("[data-i=\"{i}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok());
    if let Some(next) = next {
        let _ = next.focus();
    }
}

/// A unit's attributes that follow its status.
#[derive(Clone, PartialEq)]
struct Look {
    class: String,
    control: String,
    pattern: Option<&'static str>,
    disputed: Option<String>,
    /// In a side's view: the party it held rightful ("none": no one's), and what the unit was
    /// to it.
    view_holder: Option<String>,
    view: Option<&'static str>,
    fill: String,
    stroke: String,
    /// The outline's width and dash (the model's style).
    width: String,
    dash: Option<String>,
    label: String,
}

impl Look {
    fn of(
        atlas: &Atlas,
        ctx: &MapContext,
        name: &str,
        s: &UnitStatus,
        view: Option<&SideView>,
    ) -> Look {
        let parties = &atlas.config.parties;
        let drawn = view.map_or(*s, |v| v.drawn(s));
        let (fill, stroke) = paint(atlas, ctx, &drawn);
        let mut class = classes(atlas, &drawn);
        let undetermined = view.is_some_and(|v| v.standing == Standing::Undetermined);
        let (width, dash) = style::unit_outline(drawn.disputed_by.is_some(), undetermined);
        let k = ctx.lines.get();
        if let Some(v) = view {
            class.push_str(" view-");
            class.push_str(v.standing.key());
        }
        Look {
            class,
            control: parties.key_of(s.party).to_owned(),
            pattern: s.pattern.map(Pattern::key),
            disputed: s.disputed_by.map(|p| parties.key(p).to_owned()),
            view_holder: view.map(|v| parties.key_of(v.rightful).to_owned()),
            view: view.map(|v| v.standing.key()),
            fill,
            stroke,
            width: number(width * k),
            dash: style::dash_text(dash, k),
            label: describe(name, s, view, ctx),
        }
    }

    fn write(&self, el: &Element) {
        set(el, "class", Some(&self.class));
        set(el, "data-control", Some(&self.control));
        set(el, "data-pattern", self.pattern);
        set(el, "data-disputed", self.disputed.as_deref());
        set(el, "data-view-holder", self.view_holder.as_deref());
        set(el, "data-view", self.view);
        set(el, "fill", Some(&self.fill));
        set(el, "stroke", Some(&self.stroke));
        set(el, "stroke-width", Some(&self.width));
        set(el, "stroke-dasharray", self.dash.as_deref());
        set(el, "aria-label", Some(&self.label));
    }
}

/// One territory unit: a focusable path drawn with its status at the first date; one effect
/// rewrites its attributes when its status (or what its parties were called) changes. Only the
/// unit `tab_stop` names is a stop of the Tab key.
fn unit_view(
    i: usize,
    ui: Ui,
    ctx: &MapContext,
    tooltip_id: String,
    tab_stop: RwSignal<usize>,
) -> impl IntoView {
    let atlas = ui.atlas();
    let unit = &atlas.territories.units[i];
    let (id, d) = (unit.id.clone(), atlas.scene.units[i].d.clone());
    let names = unit.names.clone();
    let (status, side_view) = (ctx.status[i], ctx.side_view[i]);
    let node = NodeRef::<leptos::svg::Path>::new();
    let focus = ui.lessons.focus;
    let look = {
        let ctx = ctx.clone();
        move || {
            let name = names.get(ui.lang.get());
            Look::of(
                &ui.atlas(),
                &ctx,
                name,
                &status.get(),
                side_view.get().as_ref(),
            )
        }
    };
    let first = untrack(&look);
    let drawn = first.clone();
    Effect::new(move |before: Option<Look>| {
        let look = look();
        // The view was drawn with the first look: write only what differs from what is shown.
        if look != *before.as_ref().unwrap_or(&drawn) {
            if let Some(el) = node.get() {
                look.write(&el);
            }
        }
        look
    });
    view! {
        <path
            node_ref=node
            class=first.class
            data-unit=id
            data-i=i
            data-control=first.control
            data-pattern=first.pattern
            data-disputed=first.disputed
            data-view-holder=first.view_holder
            data-view=first.view
            data-focus=move || focus.with(|f| f.contains(&i)).then_some("true")
            d=d
            fill=first.fill
            stroke=first.stroke
            stroke-width=first.width
            stroke-dasharray=first.dash
            tabindex=move || if tab_stop.get() == i { "0" } else { "-1" }
            role="button"
            aria-label=first.label
            aria-describedby=tooltip_id
        ></path>
    }
}

/// The territory units, filled by who held them at the current date. Each is a button: hover
/// or focus shows its tooltip, click or Enter shows the event that gave it its status. The
/// pointer, focus and key handlers sit on the group and find the unit from the event.
#[component]
pub fn MapTerritories() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let ctx = MapContext::expect();
    let atlas = ui.atlas();
    let tooltip_id = ctx.id("tooltip");
    let count = atlas.territories.units.len().min(atlas.scene.units.len());
    // The territories are one stop of the Tab key, at the one last focused; the arrow keys move
    // from one to the next.
    let tab_stop = RwSignal::new(0);
    let units = (0..count)
        .map(|i| unit_view(i, ui, &ctx, tooltip_id.clone(), tab_stop))
        .collect_view();

    let (hover, gesture, viewport, limits) = (ctx.hover, ctx.gesture, ctx.viewport, ctx.limits);
    let anchors: Vec<(f64, f64)> = atlas.scene.units.iter().map(|s| s.anchor).collect();
    let moment = ctx.shown.moment;
    let open_event = move |i: usize| {
        let atlas = ui.atlas();
        if let Some(index) = moment.with_untracked(|m| m.event_of(&atlas, i)) {
            ui.show_event(index);
        }
    };
    let open_on_key = open_event;
    let leave = move |ev: Event| {
        if let Some((i, _)) = unit_of(&ev) {
            hover.update(|h| {
                if h.is_some_and(|h| h.unit == i) {
                    *h = None;
                }
            });
        }
    };
    let dragged = move || gesture.with_value(|g| g.dragged());
    view! {
        <g
            class="units"
            role="group"
            aria-label=move || ui.t(key::MAP_TERRITORIES)
            tabindex="-1"
            data-focusing=move || (!ui.lessons.focus.with(Vec::is_empty)).then_some("true")
            on:pointermove=move |ev: PointerEvent| {
                if dragged() {
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
                if tab_stop.get_untracked() != i {
                    tab_stop.set(i);
                }
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
                if !dragged() {
                    if let Some((i, _)) = unit_of(&ev) {
                        open_event(i);
                    }
                }
            }
            on:keydown=move |ev: KeyboardEvent| {
                let Some((i, el)) = unit_of(&ev) else { return };
                match ev.key().as_str() {
                    "Enter" | " " => open_on_key(i),
                    key => {
                        let Some(next) = next_unit(key, i, count) else { return };
                        focus_unit(&el, next);
                        // The arrow keys move between territories here, not the map.
                        ev.stop_propagation();
                    }
                }
                ev.prevent_default();
            }
        >
            {units}
        </g>
    }
}
