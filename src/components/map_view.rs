use super::map_claims::MapClaims;
use super::map_controls::MapControls;
use super::map_labels::MapLabels;
use super::map_legend::MapLegend;
use super::map_patterns::MapPatterns;
use super::map_territories::MapTerritories;
use super::map_tooltip::MapTooltip;
use crate::state::Ui;
use atlas_model::link::View;
use atlas_model::scene::MapBox;
use atlas_model::status::{party_name, StatusIndex, UnitStatus};
use atlas_model::viewport::{part_boxes, usable_screen, Limits, Viewport};
use atlas_model::Party;
use leptos::ev;
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use web_sys::{KeyboardEvent, PointerEvent, WheelEvent};

/// How far a press may move before it counts as a drag rather than a click (pixels).
const DRAG_THRESHOLD_PX: f64 = 4.0;
/// The zoom of one button press or key press.
pub(crate) const ZOOM_STEP: f64 = 1.6;
/// Arrow keys move the map by this share of the screen.
const KEY_PAN_SHARE: f64 = 0.15;

/// A territory under the pointer or keyboard focus, and where its tooltip goes (pixels from
/// the map's top-left corner).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Hover {
    pub unit: usize,
    pub x: f64,
    pub y: f64,
}

/// Pointers pressed on the map, for drags and pinches.
#[derive(Clone, Debug, Default)]
pub(crate) struct Gesture {
    /// Pointer id and its last position (pixels from the map's corner).
    pointers: Vec<(i32, (f64, f64))>,
    /// Where the single pointer went down.
    start: (f64, f64),
    /// The press has moved far enough to be a drag (or became a pinch): no click follows.
    pub dragged: bool,
}

/// What the map's parts share besides [`Ui`].
#[derive(Clone)]
pub(crate) struct MapCtx {
    /// Makes ids unique when several maps share a document.
    pub prefix: Arc<str>,
    /// The map's size on screen in pixels.
    pub screen: RwSignal<(f64, f64)>,
    /// The view box on that screen.
    pub viewport: Memo<Viewport>,
    pub limits: Limits,
    /// Each unit's status at the current date (units in file order).
    pub status: Arc<[Memo<UnitStatus>]>,
    /// Whether each claim (file order) stands at the current date.
    pub claims_active: Memo<Vec<bool>>,
    /// For each unit, the projected box of each of its polygons.
    pub parts: Arc<[Vec<MapBox>]>,
    /// For each unit and control interval, the index of its event in the record.
    pub events: Arc<[Vec<Option<usize>>]>,
    /// What each party was called at the current date (`Party::ALL` order); changes only at
    /// the turn of an era.
    pub party_names: Memo<[&'static str; 6]>,
    pub hover: RwSignal<Option<Hover>>,
    pub gesture: StoredValue<Gesture>,
    /// Screen boxes covered by the map's buttons, legend and credits (labels keep clear).
    pub obstacles: RwSignal<Vec<[f64; 4]>>,
    /// Asks for the obstacles to be measured again (after the legend changed).
    pub relayout: Trigger,
}

impl Gesture {
    /// Whether a pointer is pressed on the map.
    pub fn is_pressed(&self) -> bool {
        !self.pointers.is_empty()
    }
}

impl MapCtx {
    /// What a party was called at the current date ("the Soviet Union").
    pub fn party_name(&self, party: Party) -> &'static str {
        let i = Party::ALL.iter().position(|p| *p == party).unwrap_or(0);
        self.party_names.with(|n| n[i])
    }

    /// A document-wide id for a part of this map.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }
}

static MAPS: AtomicUsize = AtomicUsize::new(0);

fn view_box_text(b: MapBox) -> String {
    let [x0, y0, x1, y1] = b;
    format!("{x0} {y0} {} {}", x1 - x0, y1 - y0)
}

/// The map: territories filled by who held them at the current date, claims, context land and
/// labels, with pan, zoom, view presets, a legend and territory tooltips.
#[component]
pub fn MapView() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let index = Arc::new(StatusIndex::new(&atlas.territories, &atlas.claims));
    // One computation per date step; a unit's own memo changes only when its status does.
    let statuses = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let day = ui.day.get();
            (0..atlas.territories.units.len())
                .map(|i| index.status(&atlas.territories, &atlas.claims, i, day))
                .collect::<Vec<_>>()
        })
    };
    let status: Arc<[Memo<UnitStatus>]> = (0..atlas.territories.units.len())
        .map(|i| {
            Memo::new(move |_| {
                statuses.with(|s| {
                    s.get(i).copied().unwrap_or(UnitStatus {
                        party: None,
                        kind: None,
                        disputed_by: None,
                        interval: None,
                    })
                })
            })
        })
        .collect();
    let claims_active = {
        let atlas = atlas.clone();
        Memo::new(move |_| {
            let day = ui.day.get();
            atlas
                .claims
                .iter()
                .map(|c| c.active_at(day))
                .collect::<Vec<_>>()
        })
    };
    let events: Arc<[Vec<Option<usize>>]> = atlas
        .territories
        .iter()
        .map(|t| {
            t.control
                .iter()
                .map(|c| atlas.record.index_of(&c.event))
                .collect()
        })
        .collect();
    let parts: Arc<[Vec<MapBox>]> = atlas
        .territories
        .iter()
        .map(|t| part_boxes(&t.geometry, &atlas.scene))
        .collect();
    let screen = RwSignal::new(usable_screen(0.0, 0.0));
    let viewport = Memo::new(move |_| {
        let (w, h) = screen.get();
        Viewport::new(ui.view_box.get(), w, h)
    });
    let ctx = MapCtx {
        prefix: format!("map{}", MAPS.fetch_add(1, Ordering::Relaxed)).into(),
        screen,
        viewport,
        limits: Limits::for_world(atlas.view_box(View::Overview)),
        status,
        claims_active,
        parts,
        events,
        party_names: Memo::new(move |_| {
            let day = ui.day.get();
            Party::ALL.map(|p| party_name(p, day))
        }),
        hover: RwSignal::new(None),
        gesture: StoredValue::new(Gesture::default()),
        obstacles: RwSignal::new(Vec::new()),
        relayout: Trigger::new(),
    };
    provide_context(ctx.clone());

    let surface = NodeRef::<Div>::new();
    // The surface's size, and a pointer's position on it.
    let measure = move || -> Option<web_sys::DomRect> {
        let el = surface.get_untracked()?;
        let rect = el.get_bounding_client_rect();
        let size = usable_screen(rect.width(), rect.height());
        if screen.get_untracked() != size {
            screen.set(size);
        }
        Some(rect)
    };
    let local = move |ev: &PointerEvent| -> (f64, f64) {
        match measure() {
            Some(r) => (
                f64::from(ev.client_x()) - r.left(),
                f64::from(ev.client_y()) - r.top(),
            ),
            None => (0.0, 0.0),
        }
    };
    let obstacles = ctx.obstacles;
    let measure_obstacles = move || {
        let Some(el) = surface.get_untracked() else {
            return;
        };
        let base = el.get_bounding_client_rect();
        let Some(found) = el.parent_element().and_then(|section| {
            section
                .query_selector_all(".map-views button, .map-zoom, .map-legend, .map-attribution")
                .ok()
        }) else {
            return;
        };
        let mut rects = Vec::new();
        for i in 0..found.length() {
            let Some(e) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
                continue;
            };
            let r = e.get_bounding_client_rect();
            if r.width() > 0.0 && r.height() > 0.0 {
                rects.push([
                    r.left() - base.left(),
                    r.top() - base.top(),
                    r.right() - base.left(),
                    r.bottom() - base.top(),
                ]);
            }
        }
        if obstacles.with_untracked(|o| *o != rects) {
            obstacles.set(rects);
        }
    };
    Effect::new(move |_| {
        measure();
        measure_obstacles();
    });
    let relayout = ctx.relayout;
    Effect::new(move |_| {
        relayout.track();
        request_animation_frame(measure_obstacles);
    });
    let resize = window_event_listener(ev::resize, move |_| {
        measure();
        measure_obstacles();
    });
    on_cleanup(move || resize.remove());

    let limits = ctx.limits;
    let set_box = move |b: MapBox| ui.view_box.set(b);
    let gesture = ctx.gesture;
    let hover = ctx.hover;

    let on_pointerdown = move |ev: PointerEvent| {
        if ev.button() > 0 {
            return;
        }
        let p = local(&ev);
        let id = ev.pointer_id();
        gesture.update_value(|g| {
            g.pointers.retain(|(i, _)| *i != id);
            g.pointers.push((id, p));
            if g.pointers.len() == 1 {
                g.start = p;
                g.dragged = false;
            } else {
                g.dragged = true;
            }
        });
        if gesture.with_value(|g| g.pointers.len() > 1) {
            hover.set(None);
            if let Some(el) = surface.get_untracked() {
                let _ = el.set_pointer_capture(id);
            }
        }
    };
    let on_pointermove = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        if !gesture.with_value(|g| g.pointers.iter().any(|(i, _)| *i == id)) {
            return;
        }
        let p = local(&ev);
        let (before, start_drag) = gesture.with_value(|g| {
            let before: Vec<(i32, (f64, f64))> = g.pointers.clone();
            let far = (p.0 - g.start.0).hypot(p.1 - g.start.1) > DRAG_THRESHOLD_PX;
            (before, !g.dragged && far)
        });
        if start_drag {
            gesture.update_value(|g| g.dragged = true);
            hover.set(None);
            if let Some(el) = surface.get_untracked() {
                let _ = el.set_pointer_capture(id);
            }
        }
        if !gesture.with_value(|g| g.dragged) {
            return;
        }
        let vp = viewport.get_untracked();
        match before.as_slice() {
            [(_, last)] => set_box(vp.pan_by(p.0 - last.0, p.1 - last.1, &limits)),
            [(a, pa), (_, pb), ..] => {
                let (na, nb) = if *a == id { (p, *pb) } else { (*pa, p) };
                set_box(vp.pinch([*pa, *pb], [na, nb], &limits));
            }
            [] => {}
        }
        gesture.update_value(|g| {
            if let Some(entry) = g.pointers.iter_mut().find(|(i, _)| *i == id) {
                entry.1 = p;
            }
        });
    };
    let on_pointerup = move |ev: PointerEvent| {
        let id = ev.pointer_id();
        gesture.update_value(|g| g.pointers.retain(|(i, _)| *i != id));
        if let Some(el) = surface.get_untracked() {
            if el.has_pointer_capture(id) {
                let _ = el.release_pointer_capture(id);
            }
        }
        // The finger left behind after a pinch carries on as a drag from where it is.
        gesture.update_value(|g| {
            if let [(_, p)] = g.pointers.as_slice() {
                g.start = *p;
            }
        });
    };
    let on_wheel = move |ev: WheelEvent| {
        ev.prevent_default();
        let Some(r) = measure() else { return };
        let p = (
            f64::from(ev.client_x()) - r.left(),
            f64::from(ev.client_y()) - r.top(),
        );
        let unit = match ev.delta_mode() {
            WheelEvent::DOM_DELTA_LINE => 16.0,
            WheelEvent::DOM_DELTA_PAGE => 400.0,
            _ => 1.0,
        };
        let factor = (-ev.delta_y() * unit * 0.002).exp().clamp(0.5, 2.0);
        set_box(viewport.get_untracked().zoom_at(p, factor, &limits));
    };
    let reset = {
        let atlas = atlas.clone();
        move || set_box(atlas.view_box(ui.view.get_untracked()))
    };
    let on_keydown = move |ev: KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        measure();
        let vp = viewport.get_untracked();
        let (w, h) = vp.screen;
        let (dx, dy) = (w * KEY_PAN_SHARE, h * KEY_PAN_SHARE);
        match ev.key().as_str() {
            "ArrowLeft" => set_box(vp.pan_by(dx, 0.0, &limits)),
            "ArrowRight" => set_box(vp.pan_by(-dx, 0.0, &limits)),
            "ArrowUp" => set_box(vp.pan_by(0.0, dy, &limits)),
            "ArrowDown" => set_box(vp.pan_by(0.0, -dy, &limits)),
            "+" | "=" => set_box(vp.zoom(ZOOM_STEP, &limits)),
            "-" | "_" => set_box(vp.zoom(1.0 / ZOOM_STEP, &limits)),
            "0" => reset(),
            "Escape" => {
                hover.set(None);
                return;
            }
            _ => return,
        }
        ev.prevent_default();
    };

    let scene = &atlas.scene;
    let rivers = scene
        .rivers
        .iter()
        .map(|r| view! { <path class="river" d=r.d.clone()><title>{r.id.clone()}</title></path> })
        .collect_view();
    let world = {
        let [x0, y0, x1, y1] = ctx.limits.world;
        let (w, h) = (x1 - x0, y1 - y0);
        (x0 - 2.0 * w, y0 - 2.0 * h, 5.0 * w, 5.0 * h)
    };
    view! {
        <section
            class="atlas-map"
            data-ui="map"
            tabindex="0"
            aria-label="Map. Drag or use the arrow keys to pan; scroll, pinch or press + and − to zoom; 0 resets the view. Territories can be focused with Tab: Enter shows the event that gave a territory its status."
            on:keydown=on_keydown
        >
            <div
                class="map-surface"
                node_ref=surface
                on:pointerdown=on_pointerdown
                on:pointermove=on_pointermove
                on:pointerup=on_pointerup
                on:pointercancel=on_pointerup
                on:wheel=on_wheel
            >
                <svg
                    viewBox=move || view_box_text(ui.view_box.get())
                    preserveAspectRatio="xMidYMid meet"
                    role="group"
                    aria-label="Map of the frontier"
                >
                    <MapPatterns/>
                    <rect class="sea" x=world.0 y=world.1 width=world.2 height=world.3/>
                    <path class="land" d=scene.land.clone()/>
                    <path class="lake" d=scene.lakes.clone()/>
                    <MapTerritories/>
                    <g class="rivers">{rivers}</g>
                    <path class="boundary-today" d=scene.boundaries.clone()>
                        <title>"Today’s Mongolia–China boundary"</title>
                    </path>
                    <MapClaims/>
                    <MapLabels/>
                </svg>
            </div>
            <MapControls/>
            <MapLegend/>
            <MapTooltip/>
            <p
                class="map-attribution"
                title="Island outlines: DCW-GMT 2.1.1, © The GMT Team, LGPL-3.0-or-later. Khalkhin Gol and the Mongolia–China boundary: GSHHG 2.3.7 (WDB-II), P. Wessel & W. H. F. Smith, LGPL-3.0-or-later. Context land and Buir Nur: Natural Earth (public domain). Claim lines drawn for the atlas."
            >
                "Natural Earth · DCW-GMT · GSHHG"
            </p>
        </section>
    }
}
