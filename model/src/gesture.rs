//! How the reader moves the map: drags, pinches, the wheel and keys, turned into new view boxes
//! through [`Viewport`]. This is the behaviour; the browser only feeds it pointer positions
//! (pixels from the map's top-left corner) and applies the boxes it returns — as d3-zoom keeps
//! its behaviour apart from its transform.

use crate::scene::MapBox;
use crate::viewport::{Limits, Viewport};

/// How far a press may move before it counts as a drag rather than a click (pixels).
pub const DRAG_THRESHOLD_PX: f64 = 4.0;
/// The zoom of one button press or key press.
pub const ZOOM_STEP: f64 = 1.6;
/// Arrow keys move the map by this share of the screen.
pub const KEY_PAN_SHARE: f64 = 0.15;

/// A screen point in pixels from the map's top-left corner.
pub type Px = (f64, f64);

/// The pointers pressed on the map.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    /// Pointer id and its last position.
    pointers: Vec<(i32, Px)>,
    /// Where the single pointer went down.
    start: Px,
    /// The press has moved far enough to be a drag (or became a pinch): no click follows.
    dragged: bool,
}

/// What a pointer's move asks of the view.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Move {
    /// The press has just become a drag: capture the pointer, hide the tooltip.
    pub started: bool,
    /// The new view box, when the map moves.
    pub view_box: Option<MapBox>,
}

/// What a key pressed on the focused map asks for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum KeyAction {
    /// Pan or zoom to this box.
    Go(MapBox),
    /// Back to the chosen view preset's box.
    Reset,
    /// Close the tooltip.
    Dismiss,
}

impl Gesture {
    /// Whether a pointer is pressed on the map.
    pub fn is_pressed(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// Whether the press became a drag or pinch (a click at its end is not a click).
    pub fn dragged(&self) -> bool {
        self.dragged
    }

    /// A pointer goes down. Returns true when it makes a pinch (capture it, hide the tooltip).
    pub fn press(&mut self, id: i32, at: Px) -> bool {
        self.pointers.retain(|(i, _)| *i != id);
        self.pointers.push((id, at));
        if self.pointers.len() == 1 {
            self.start = at;
            self.dragged = false;
            false
        } else {
            self.dragged = true;
            true
        }
    }

    /// A pressed pointer moves: a drag pans, two pointers pinch.
    pub fn drag(&mut self, id: i32, at: Px, viewport: &Viewport, limits: &Limits) -> Move {
        let Some(k) = self.pointers.iter().position(|(i, _)| *i == id) else {
            return Move::default();
        };
        let far = (at.0 - self.start.0).hypot(at.1 - self.start.1) > DRAG_THRESHOLD_PX;
        let started = !self.dragged && far;
        self.dragged |= far;
        if !self.dragged {
            return Move::default();
        }
        let view_box = match self.pointers.as_slice() {
            [(_, last)] => Some(viewport.pan_by(at.0 - last.0, at.1 - last.1, limits)),
            [(_, a), (_, b), ..] => {
                let after = if k == 0 { [at, *b] } else { [*a, at] };
                Some(viewport.pinch([*a, *b], after, limits))
            }
            [] => None,
        };
        self.pointers[k].1 = at;
        Move { started, view_box }
    }

    /// A pointer goes up or is cancelled. The finger left after a pinch carries on as a drag
    /// from where it is.
    pub fn release(&mut self, id: i32) {
        self.pointers.retain(|(i, _)| *i != id);
        if let [(_, at)] = self.pointers.as_slice() {
            self.start = *at;
        }
    }
}

/// How much one wheel event zooms: `delta_y` in the event's unit (`mode` 0 pixels, 1 lines,
/// 2 pages), at most doubling or halving.
pub fn wheel_factor(delta_y: f64, mode: u32) -> f64 {
    let unit = match mode {
        1 => 16.0,
        2 => 400.0,
        _ => 1.0,
    };
    let factor = (-delta_y * unit * 0.002).exp();
    if factor.is_nan() {
        1.0
    } else {
        factor.clamp(0.5, 2.0)
    }
}

/// What a key (its `KeyboardEvent.key`) does on the focused map; `None` for keys it leaves to
/// the page.
pub fn key_action(key: &str, viewport: &Viewport, limits: &Limits) -> Option<KeyAction> {
    let (w, h) = viewport.screen;
    let (dx, dy) = (w * KEY_PAN_SHARE, h * KEY_PAN_SHARE);
    let go = KeyAction::Go;
    Some(match key {
        "ArrowLeft" => go(viewport.pan_by(dx, 0.0, limits)),
        "ArrowRight" => go(viewport.pan_by(-dx, 0.0, limits)),
        "ArrowUp" => go(viewport.pan_by(0.0, dy, limits)),
        "ArrowDown" => go(viewport.pan_by(0.0, -dy, limits)),
        "+" | "=" => go(viewport.zoom(ZOOM_STEP, limits)),
        "-" | "_" => go(viewport.zoom(1.0 / ZOOM_STEP, limits)),
        "0" => KeyAction::Reset,
        "Escape" => KeyAction::Dismiss,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::viewport::{centre, size};

    fn setup() -> (Viewport, Limits) {
        let world = [0.0, 0.0, 4000.0, 3000.0];
        (
            Viewport::new([1000.0, 1000.0, 1800.0, 1600.0], 800.0, 600.0),
            Limits::for_world(world),
        )
    }

    #[test]
    fn a_small_move_is_a_click_and_a_longer_one_pans() {
        let (vp, limits) = setup();
        let mut g = Gesture::default();
        assert!(!g.press(1, (100.0, 100.0)));
        assert!(g.is_pressed());
        assert_eq!(g.drag(1, (102.0, 101.0), &vp, &limits), Move::default());
        assert!(!g.dragged());
        let m = g.drag(1, (150.0, 100.0), &vp, &limits);
        assert!(m.started && g.dragged());
        let b = m.view_box.unwrap();
        // Dragging right by 50 px (from the last position) shows what lies to the left.
        assert!((centre(b).0 - (1400.0 - 50.0)).abs() < 1e-6, "{b:?}");
        let m = g.drag(1, (160.0, 100.0), &vp, &limits);
        assert!(!m.started && m.view_box.is_some());
        g.release(1);
        assert!(!g.is_pressed());
        assert_eq!(g.drag(1, (200.0, 100.0), &vp, &limits), Move::default());
    }

    #[test]
    fn two_pointers_pinch_and_the_one_left_drags_on() {
        let (vp, limits) = setup();
        let mut g = Gesture::default();
        g.press(1, (300.0, 300.0));
        assert!(g.press(2, (500.0, 300.0)));
        assert!(g.dragged());
        let b = g.drag(2, (700.0, 300.0), &vp, &limits).view_box.unwrap();
        // The fingers moved twice as far apart: half the width on screen.
        assert!((size(b).0 - 400.0).abs() < 1.0, "{b:?}");
        g.release(2);
        assert!(g.is_pressed());
        let m = g.drag(1, (310.0, 300.0), &vp, &limits);
        assert!(m.view_box.is_some());
    }

    #[test]
    fn the_wheel_zooms_in_bounded_steps() {
        assert!(wheel_factor(-100.0, 0) > 1.0);
        assert!(wheel_factor(100.0, 0) < 1.0);
        assert_eq!(wheel_factor(-1e9, 0), 2.0);
        assert_eq!(wheel_factor(1e9, 2), 0.5);
        assert!(wheel_factor(-3.0, 1) > wheel_factor(-3.0, 0));
        assert_eq!(wheel_factor(f64::NAN, 0), 1.0);
    }

    #[test]
    fn keys_pan_zoom_reset_and_dismiss() {
        let (vp, limits) = setup();
        let Some(KeyAction::Go(b)) = key_action("ArrowRight", &vp, &limits) else {
            panic!("ArrowRight does not pan");
        };
        assert!(centre(b).0 > centre(vp.view_box).0);
        let Some(KeyAction::Go(b)) = key_action("+", &vp, &limits) else {
            panic!("+ does not zoom");
        };
        assert!(size(b).0 < size(vp.view_box).0);
        assert_eq!(key_action("0", &vp, &limits), Some(KeyAction::Reset));
        assert_eq!(key_action("Escape", &vp, &limits), Some(KeyAction::Dismiss));
        assert_eq!(key_action("a", &vp, &limits), None);
    }
}
