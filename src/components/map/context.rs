//! What the map's parts share besides [`Ui`]: the screen and viewport, each unit's status at
//! the current date, the hover, the gesture in progress, and the screen room that controls and
//! legend cover (labels keep clear of it).

use super::covers::Covers;
use super::wheel_hint::WheelHint;
use crate::state::{Shown, Ui};
use atlas_model::gesture::Gesture;
use atlas_model::perspective::SideView;
use atlas_model::picture::style;
use atlas_model::scene::MapBox;
use atlas_model::status::UnitStatus;
use atlas_model::viewport::{usable_screen, Limits, Viewport};
use atlas_model::Party;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// A territory under the pointer or keyboard focus, and where its tooltip goes (pixels from
/// the map's top-left corner).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hover {
    pub unit: usize,
    pub x: f64,
    pub y: f64,
}

#[derive(Clone)]
pub struct MapContext {
    /// Makes ids unique when several maps share a document.
    pub prefix: Arc<str>,
    /// The map's size on screen in pixels.
    pub screen: RwSignal<(f64, f64)>,
    /// The view box on that screen.
    pub viewport: Memo<Viewport>,
    pub limits: Limits,
    /// What this map shows: the day, the side, the parties' names.
    pub shown: Shown,
    /// Each unit's status at the map's date (units in file order): a unit's signal changes
    /// only when its own status does.
    pub status: Arc<[Memo<UnitStatus>]>,
    /// Each unit as the chosen side saw it at the map's date; `None` as it was.
    pub side_view: Arc<[Memo<Option<SideView>>]>,
    pub hover: RwSignal<Option<Hover>>,
    pub gesture: StoredValue<Gesture>,
    /// The screen room the map's buttons, legend and credits cover.
    pub covers: Covers,
    /// Embedded: the hint that the wheel zooms only with ctrl or ⌘ held.
    pub wheel_hint: WheelHint,
    /// How many times wider lines, outlines and hatching are drawn (1, but on a projector).
    pub lines: Memo<f64>,
    /// How many times larger the labels are drawn (1, but on a projector).
    pub type_scale: Memo<f64>,
    ui: Ui,
}

/// On a projector, `factor`, and more on a larger screen (a map more than 600 pixels high and
/// wide), so the room sees the same map whatever the projector's resolution; else 1.
fn projector(ui: Ui, screen: RwSignal<(f64, f64)>, factor: f64) -> f64 {
    if !ui.presenting() {
        return 1.0;
    }
    let (w, h) = screen.get();
    factor * (w.min(h) / 600.0).max(1.0)
}

static MAPS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// The map last drawn on the page, while it is there: what the Share panel's files show.
    static ON_PAGE: std::cell::RefCell<Option<MapContext>> = const { std::cell::RefCell::new(None) };
}

impl MapContext {
    /// Builds the context of a map of `shown` (the first map: [`Ui::now`]; the second map of a
    /// comparison: [`Ui::then`]) and provides it to the map's parts.
    pub fn new(ui: Ui, shown: Shown) -> MapContext {
        let atlas = ui.atlas();
        let moment = shown.moment;
        let units = atlas.territories.units.len();
        let status = (0..units)
            .map(|i| Memo::new(move |_| moment.with(|m| m.status(i))))
            .collect();
        let side_view = (0..units)
            .map(|i| Memo::new(move |_| moment.with(|m| m.view(i))))
            .collect();
        let screen = RwSignal::new(usable_screen(0.0, 0.0));
        let ctx = MapContext {
            prefix: format!("map{}", MAPS.fetch_add(1, Ordering::Relaxed)).into(),
            screen,
            viewport: Memo::new(move |_| {
                let (w, h) = screen.get();
                Viewport::new(ui.view_box.get(), w, h)
            }),
            limits: Limits::for_world(atlas.view_box(atlas.config.default_view())),
            shown,
            status,
            side_view,
            hover: RwSignal::new(None),
            gesture: StoredValue::new(Gesture::default()),
            covers: Covers::new(),
            wheel_hint: WheelHint::new(),
            lines: Memo::new(move |_| projector(ui, screen, style::PROJECTOR_LINES)),
            type_scale: Memo::new(move |_| projector(ui, screen, style::PROJECTOR_TYPE)),
            ui,
        };
        provide_context(ctx.clone());
        ON_PAGE.with(|m| *m.borrow_mut() = Some(ctx.clone()));
        let prefix = ctx.prefix.clone();
        on_cleanup(move || {
            ON_PAGE.with(|m| {
                let mut m = m.borrow_mut();
                if m.as_ref().is_some_and(|c| c.prefix == prefix) {
                    *m = None;
                }
            });
        });
        ctx
    }

    /// The map on the page (the last one drawn), for the parts of the page outside it.
    pub fn on_page() -> Option<MapContext> {
        ON_PAGE.with(|m| m.borrow().clone())
    }

    /// The shared state this map draws.
    pub fn ui(&self) -> Ui {
        self.ui
    }

    /// Whether the atlas is embedded in another page (see [`Ui::embed`]).
    pub fn embedded(&self) -> bool {
        self.ui.embed.get_untracked()
    }

    /// The context of the map this part belongs to.
    pub fn expect() -> MapContext {
        expect_context::<MapContext>()
    }

    /// Shows another part of the map.
    pub fn set_view_box(&self, view_box: MapBox) {
        self.ui.view_box.set(view_box);
    }

    /// Zooms about the centre (the zoom buttons).
    pub fn zoom(&self, factor: f64) {
        self.set_view_box(self.viewport.get_untracked().zoom(factor, &self.limits));
    }

    /// Back to the box of the chosen view preset.
    pub fn reset(&self) {
        let view = self.ui.view.get_untracked();
        self.set_view_box(self.ui.atlas().view_box(view));
    }

    /// What a party was called at the map's date, in running text ("the Soviet Union").
    pub fn party_in_text(&self, party: Party) -> String {
        self.shown.in_text(party)
    }

    /// A document-wide id for a part of this map.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.prefix)
    }
}
