//! The map surface's pointer, wheel and key handlers: they measure where an event happened on
//! the surface, hand it to the gesture behaviour (`atlas_model::gesture`) and apply the view box
//! it returns.

use super::context::MapContext;
use atlas_model::gesture::{key_action, wheel_factor, Gesture, KeyAction, Px};
use atlas_model::viewport::usable_screen;
use leptos::html::Div;
use leptos::prelude::*;
use web_sys::{DomRect, KeyboardEvent, PointerEvent, WheelEvent};

/// Pan and zoom for one map surface.
#[derive(Clone)]
pub struct PanZoom {
    ctx: MapContext,
    surface: NodeRef<Div>,
}

impl PanZoom {
    pub fn new(ctx: MapContext, surface: NodeRef<Div>) -> PanZoom {
        PanZoom { ctx, surface }
    }

    /// An event handler that holds its own handle on the behaviour.
    pub fn handler<E: 'static>(&self, f: fn(&PanZoom, E)) -> impl Fn(E) + 'static {
        let this = self.clone();
        move |ev| f(&this, ev)
    }

    /// Measures the surface, updating the screen size when it changed.
    pub fn measure(&self) -> Option<DomRect> {
        let rect = self.surface.get_untracked()?.get_bounding_client_rect();
        let size = usable_screen(rect.width(), rect.height());
        if self.ctx.screen.get_untracked() != size {
            self.ctx.screen.set(size);
        }
        Some(rect)
    }

    /// Where a pointer is on the surface, in pixels from its top-left corner.
    fn local(&self, client_x: i32, client_y: i32) -> Px {
        self.measure().map_or((0.0, 0.0), |r| {
            (
                f64::from(client_x) - r.left(),
                f64::from(client_y) - r.top(),
            )
        })
    }

    fn capture(&self, pointer: i32) {
        self.ctx.hover.set(None);
        if let Some(el) = self.surface.get_untracked() {
            let _ = el.set_pointer_capture(pointer);
        }
    }

    pub fn pointer_down(&self, ev: PointerEvent) {
        if ev.button() > 0 {
            return;
        }
        let at = self.local(ev.client_x(), ev.client_y());
        let pinch = self
            .ctx
            .gesture
            .try_update_value(|g| g.press(ev.pointer_id(), at))
            .unwrap_or(false);
        if pinch {
            self.capture(ev.pointer_id());
        }
    }

    pub fn pointer_move(&self, ev: PointerEvent) {
        if !self.ctx.gesture.with_value(Gesture::is_pressed) {
            return;
        }
        let at = self.local(ev.client_x(), ev.client_y());
        let viewport = self.ctx.viewport.get_untracked();
        let Some(step) = self
            .ctx
            .gesture
            .try_update_value(|g| g.drag(ev.pointer_id(), at, &viewport, &self.ctx.limits))
        else {
            return;
        };
        if step.started {
            self.capture(ev.pointer_id());
        }
        if let Some(view_box) = step.view_box {
            self.ctx.set_view_box(view_box);
        }
    }

    pub fn pointer_up(&self, ev: PointerEvent) {
        let id = ev.pointer_id();
        self.ctx.gesture.update_value(|g| g.release(id));
        if let Some(el) = self.surface.get_untracked() {
            if el.has_pointer_capture(id) {
                let _ = el.release_pointer_capture(id);
            }
        }
    }

    /// Zooms at the pointer. Embedded in another page, the wheel scrolls that page instead
    /// unless ctrl or ⌘ is held (a trackpad's pinch arrives as a wheel with ctrl), as map
    /// widgets on web pages do, and a hint says so.
    pub fn wheel(&self, ev: WheelEvent) {
        if self.ctx.embedded() && !(ev.ctrl_key() || ev.meta_key()) {
            self.ctx.wheel_hint.show();
            return;
        }
        ev.prevent_default();
        let at = self.local(ev.client_x(), ev.client_y());
        let factor = wheel_factor(ev.delta_y(), ev.delta_mode());
        let view_box = self
            .ctx
            .viewport
            .get_untracked()
            .zoom_at(at, factor, &self.ctx.limits);
        self.ctx.set_view_box(view_box);
    }

    /// Arrow keys pan, + and − zoom, 0 resets to the chosen view, Escape closes the tooltip.
    pub fn key(&self, ev: KeyboardEvent) {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        self.measure();
        let viewport = self.ctx.viewport.get_untracked();
        match key_action(&ev.key(), &viewport, &self.ctx.limits) {
            Some(KeyAction::Go(view_box)) => self.ctx.set_view_box(view_box),
            Some(KeyAction::Reset) => self.ctx.reset(),
            Some(KeyAction::Dismiss) => {
                self.ctx.hover.set(None);
                return;
            }
            None => return,
        }
        ev.prevent_default();
    }
}
