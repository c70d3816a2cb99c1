//! The map's viewport: which part of the projected map is on screen, and how panning, zooming
//! and pinching change it. Everything is in map kilometres (boxes as in [`crate::scene`]) and
//! screen pixels; nothing here touches the browser.
//!
//! The SVG shows its view box with `preserveAspectRatio="xMidYMid meet"`: the box is scaled to
//! fit and centred, so the part actually visible ([`Viewport::visible`]) is the box widened (or
//! heightened) to the screen's shape. Every gesture works on that visible box and returns one
//! of the screen's shape, clamped by [`Limits`].

use crate::scene::{MapBox, Scene};
use geo::{BoundingRect, MultiPolygon};

/// The size assumed when the map has not been laid out (hidden, or measured too early).
pub const FALLBACK_SCREEN: (f64, f64) = (800.0, 600.0);

/// A view box on a screen of a given size in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Viewport {
    pub view_box: MapBox,
    /// Width and height in CSS pixels.
    pub screen: (f64, f64),
}

/// How far the reader may zoom and pan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// The whole map: the centre of the view stays inside it, and zooming out stops a little
    /// beyond showing all of it.
    pub world: MapBox,
    /// The shorter side of the visible box never gets smaller than this (kilometres).
    pub min_span_km: f64,
    /// How much farther out than "the whole world fits" one may zoom.
    pub max_zoom_out: f64,
}

impl Limits {
    /// Limits for a map whose whole extent is `world`: down to about 10 km across.
    pub fn for_world(world: MapBox) -> Limits {
        Limits {
            world,
            min_span_km: 10.0,
            max_zoom_out: 1.5,
        }
    }
}

/// A box's width and height.
pub fn size(b: MapBox) -> (f64, f64) {
    (b[2] - b[0], b[3] - b[1])
}

/// A box's centre.
pub fn centre(b: MapBox) -> (f64, f64) {
    ((b[0] + b[2]) / 2.0, (b[1] + b[3]) / 2.0)
}

/// Whether two boxes overlap (touching counts).
pub fn intersects(a: MapBox, b: MapBox) -> bool {
    a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]
}

/// Whether a point lies in a box (edges included).
pub fn contains(b: MapBox, p: (f64, f64)) -> bool {
    b[0] <= p.0 && p.0 <= b[2] && b[1] <= p.1 && p.1 <= b[3]
}

/// The projected box of each polygon of a unit: finer than the unit's box for telling whether
/// any of its land is on screen (a chain of islands has a large, mostly empty box).
pub fn part_boxes(geometry: &MultiPolygon<f64>, scene: &Scene) -> Vec<MapBox> {
    geometry
        .0
        .iter()
        .filter_map(|p| p.bounding_rect())
        .map(|r| scene.box_of([r.min().x, r.min().y, r.max().x, r.max().y]))
        .collect()
}

fn is_usable(b: MapBox) -> bool {
    b.iter().all(|v| v.is_finite()) && b[2] > b[0] && b[3] > b[1]
}

/// A screen size that can be divided by: finite and at least one pixel each way.
pub fn usable_screen(width: f64, height: f64) -> (f64, f64) {
    if width.is_finite() && height.is_finite() && width >= 1.0 && height >= 1.0 {
        (width, height)
    } else {
        FALLBACK_SCREEN
    }
}

fn box_around(c: (f64, f64), half_w: f64, half_h: f64) -> MapBox {
    [c.0 - half_w, c.1 - half_h, c.0 + half_w, c.1 + half_h]
}

impl Viewport {
    pub fn new(view_box: MapBox, width: f64, height: f64) -> Viewport {
        Viewport {
            view_box,
            screen: usable_screen(width, height),
        }
    }

    /// Kilometres per screen pixel (the same both ways: the map is never stretched).
    pub fn km_per_px(&self) -> f64 {
        let (w, h) = size(self.view_box);
        let (sw, sh) = self.screen;
        let k = (w / sw).max(h / sh);
        if k.is_finite() && k > 0.0 {
            k
        } else {
            1.0
        }
    }

    /// The part of the map on screen: the view box widened to the screen's shape.
    pub fn visible(&self) -> MapBox {
        let k = self.km_per_px();
        let c = centre(self.view_box);
        let c = if c.0.is_finite() && c.1.is_finite() {
            c
        } else {
            (0.0, 0.0)
        };
        box_around(c, self.screen.0 * k / 2.0, self.screen.1 * k / 2.0)
    }

    /// The map point under a screen point (pixels from the map's top-left corner).
    pub fn to_map(&self, px: (f64, f64)) -> (f64, f64) {
        let v = self.visible();
        let k = self.km_per_px();
        (v[0] + px.0 * k, v[1] + px.1 * k)
    }

    /// The screen point (pixels from the top-left corner) of a map point.
    pub fn to_screen(&self, p: (f64, f64)) -> (f64, f64) {
        let v = self.visible();
        let k = self.km_per_px();
        ((p.0 - v[0]) / k, (p.1 - v[1]) / k)
    }

    /// How many pixels a map box spans on screen, along its longer side.
    pub fn extent_px(&self, b: MapBox) -> f64 {
        let (w, h) = size(b);
        w.max(h) / self.km_per_px()
    }

    /// The view box with `km_per_px` kilometres per pixel and the map point `p` under the
    /// screen point `px`, clamped.
    fn with_scale(&self, k: f64, p: (f64, f64), px: (f64, f64), limits: &Limits) -> MapBox {
        let (sw, sh) = self.screen;
        let x0 = p.0 - px.0 * k;
        let y0 = p.1 - px.1 * k;
        limits.clamp([x0, y0, x0 + sw * k, y0 + sh * k], self.screen)
    }

    /// Zooms by `factor` (above 1: closer) keeping the map point under `px` in place.
    pub fn zoom_at(&self, px: (f64, f64), factor: f64, limits: &Limits) -> MapBox {
        let factor = if factor.is_finite() && factor > 0.0 {
            factor
        } else {
            1.0
        };
        let p = self.to_map(px);
        self.with_scale(self.km_per_px() / factor, p, px, limits)
    }

    /// Zooms by `factor` around the middle of the screen.
    pub fn zoom(&self, factor: f64, limits: &Limits) -> MapBox {
        self.zoom_at((self.screen.0 / 2.0, self.screen.1 / 2.0), factor, limits)
    }

    /// Moves the map with the pointer: by `dx`, `dy` screen pixels.
    pub fn pan_by(&self, dx: f64, dy: f64, limits: &Limits) -> MapBox {
        let (dx, dy) = (
            if dx.is_finite() { dx } else { 0.0 },
            if dy.is_finite() { dy } else { 0.0 },
        );
        let k = self.km_per_px();
        let v = self.visible();
        limits.clamp(
            [v[0] - dx * k, v[1] - dy * k, v[2] - dx * k, v[3] - dy * k],
            self.screen,
        )
    }

    /// The same zoom with the map point `p` in the middle of the screen, clamped.
    pub fn centred_on(&self, p: (f64, f64), limits: &Limits) -> MapBox {
        let v = self.visible();
        let (w, h) = size(v);
        limits.clamp(box_around(p, w / 2.0, h / 2.0), self.screen)
    }

    /// Whether a map point is on screen, at least `margin_px` from the edges.
    pub fn shows(&self, p: (f64, f64), margin_px: f64) -> bool {
        let (x, y) = self.to_screen(p);
        let (w, h) = self.screen;
        let m = margin_px.clamp(0.0, w.min(h) / 2.0);
        x >= m && y >= m && x <= w - m && y <= h - m
    }

    /// Two fingers moved from `before` to `after` (screen points): the map point under their
    /// midpoint follows the midpoint, and the map scales with their distance.
    pub fn pinch(
        &self,
        before: [(f64, f64); 2],
        after: [(f64, f64); 2],
        limits: &Limits,
    ) -> MapBox {
        let mid = |p: [(f64, f64); 2]| ((p[0].0 + p[1].0) / 2.0, (p[0].1 + p[1].1) / 2.0);
        let dist = |p: [(f64, f64); 2]| (p[0].0 - p[1].0).hypot(p[0].1 - p[1].1);
        let (d0, d1) = (dist(before), dist(after));
        let factor = if d0 > 1.0 && d1 > 1.0 { d1 / d0 } else { 1.0 };
        let p = self.to_map(mid(before));
        self.with_scale(self.km_per_px() / factor, p, mid(after), limits)
    }
}

impl Limits {
    /// The nearest box of the screen's shape that keeps within the limits: not closer than
    /// `min_span_km`, not farther than the world fits `max_zoom_out` times, centre in the world.
    pub fn clamp(&self, b: MapBox, screen: (f64, f64)) -> MapBox {
        let (sw, sh) = usable_screen(screen.0, screen.1);
        let world = if is_usable(self.world) {
            self.world
        } else {
            [-1.0, -1.0, 1.0, 1.0]
        };
        let (ww, wh) = size(world);
        let k_max = (ww / sw).max(wh / sh) * self.max_zoom_out.max(1.0);
        let k_min = (self.min_span_km / sw.min(sh)).min(k_max);
        let k = if is_usable(b) {
            let (w, h) = size(b);
            (w / sw).max(h / sh)
        } else {
            k_max
        };
        let k = k.clamp(k_min, k_max);
        let c = if is_usable(b) {
            centre(b)
        } else {
            centre(world)
        };
        let c = (c.0.clamp(world[0], world[2]), c.1.clamp(world[1], world[3]));
        box_around(c, sw * k / 2.0, sh * k / 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORLD: MapBox = [-1900.0, -1200.0, 1900.0, 800.0];

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * (1.0 + a.abs().max(b.abs()))
    }

    fn close_box(a: MapBox, b: MapBox) -> bool {
        a.iter().zip(b).all(|(x, y)| close(*x, y))
    }

    #[test]
    fn the_visible_box_is_the_view_box_fitted_to_the_screen() {
        // A square box on a screen twice as wide as high: widened, centred.
        let v = Viewport::new([0.0, 0.0, 100.0, 100.0], 400.0, 200.0);
        assert!(close(v.km_per_px(), 0.5));
        assert!(close_box(v.visible(), [-50.0, 0.0, 150.0, 100.0]));
        assert_eq!(v.to_map((0.0, 0.0)), (-50.0, 0.0));
        assert_eq!(v.to_screen((150.0, 100.0)), (400.0, 200.0));
        assert!(close(v.extent_px([0.0, 0.0, 10.0, 4.0]), 20.0));
    }

    #[test]
    fn unusable_screens_fall_back_instead_of_dividing_by_zero() {
        for (w, h) in [
            (0.0, 0.0),
            (f64::NAN, 10.0),
            (10.0, f64::INFINITY),
            (-5.0, 3.0),
        ] {
            let v = Viewport::new([0.0, 0.0, 100.0, 100.0], w, h);
            assert_eq!(v.screen, FALLBACK_SCREEN);
            assert!(v.km_per_px().is_finite());
        }
        let degenerate = Viewport::new([5.0, 5.0, 5.0, 5.0], 100.0, 100.0);
        assert_eq!(degenerate.km_per_px(), 1.0);
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let limits = Limits::for_world(WORLD);
        let v = Viewport::new([0.0, 0.0, 800.0, 600.0], 800.0, 600.0);
        let px = (200.0, 450.0);
        let before = v.to_map(px);
        let zoomed = Viewport::new(v.zoom_at(px, 2.0, &limits), 800.0, 600.0);
        assert!(close(zoomed.km_per_px(), 0.5));
        let after = zoomed.to_map(px);
        assert!(close(before.0, after.0) && close(before.1, after.1));
        // And back out.
        let out = Viewport::new(zoomed.zoom_at(px, 0.5, &limits), 800.0, 600.0);
        assert!(close_box(out.view_box, v.view_box));
    }

    #[test]
    fn zoom_stops_near_ten_kilometres_and_a_little_beyond_the_world() {
        let limits = Limits::for_world(WORLD);
        let mut v = Viewport::new([0.0, 0.0, 800.0, 600.0], 800.0, 600.0);
        for _ in 0..100 {
            v = Viewport::new(v.zoom(2.0, &limits), 800.0, 600.0);
        }
        let (w, h) = size(v.visible());
        assert!(close(w.min(h), 10.0), "{w} × {h}");
        for _ in 0..100 {
            v = Viewport::new(v.zoom(0.5, &limits), 800.0, 600.0);
        }
        let (w, _) = size(v.visible());
        assert!(close(w, 3800.0 * 1.5), "{w}");
        // Zooming around the middle of the screen keeps the centre.
        let c = centre(v.view_box);
        assert!(close(c.0, 400.0) && close(c.1, 300.0), "{c:?}");
    }

    #[test]
    fn panning_follows_the_pointer_and_keeps_the_centre_in_the_world() {
        let limits = Limits::for_world(WORLD);
        let v = Viewport::new([0.0, 0.0, 200.0, 100.0], 400.0, 200.0);
        let moved = v.pan_by(40.0, -20.0, &limits);
        assert!(close_box(moved, [-20.0, 10.0, 180.0, 110.0]));
        let far = Viewport::new(moved, 400.0, 200.0).pan_by(1e9, 0.0, &limits);
        assert!(close(centre(far).0, WORLD[0]));
        let nan = v.pan_by(f64::NAN, 0.0, &limits);
        assert!(close_box(nan, v.view_box));
    }

    #[test]
    fn pinching_scales_with_the_fingers_and_follows_their_midpoint() {
        let limits = Limits::for_world(WORLD);
        let v = Viewport::new([0.0, 0.0, 400.0, 400.0], 400.0, 400.0);
        let before = [(100.0, 200.0), (300.0, 200.0)];
        let p = v.to_map((200.0, 200.0));
        // Fingers spread to twice the distance and move 50 px right.
        let after = [(50.0, 200.0), (450.0, 200.0)];
        let pinched = Viewport::new(v.pinch(before, after, &limits), 400.0, 400.0);
        assert!(close(pinched.km_per_px(), 0.5));
        let q = pinched.to_map((250.0, 200.0));
        assert!(close(p.0, q.0) && close(p.1, q.1));
        // Fingers on top of each other: no scale, no panic.
        let same = v.pinch([(1.0, 1.0); 2], [(1.0, 1.0); 2], &limits);
        assert!(close_box(same, v.view_box));
    }

    #[test]
    fn clamp_repairs_broken_boxes() {
        let limits = Limits::for_world(WORLD);
        let b = limits.clamp([f64::NAN, 0.0, 1.0, 1.0], (400.0, 300.0));
        assert!(b.iter().all(|v| v.is_finite()));
        assert!(close_box(
            [centre(b).0, centre(b).1, 0.0, 0.0],
            [0.0, -200.0, 0.0, 0.0]
        ));
        let inverted = limits.clamp([10.0, 10.0, 0.0, 0.0], (400.0, 300.0));
        assert!(inverted[2] > inverted[0]);
    }

    #[test]
    fn part_boxes_are_one_per_polygon_inside_the_unit_box() {
        use crate::projection::Lambert;
        use crate::{Base, Claims, Territories};
        let text = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"two","names":{"en":"A","ja":"A","ru":"A"},"region":"kurils",
            "control":[{"party":"japan","from":"1855","event":"e"}]},
            "geometry":{"type":"MultiPolygon","coordinates":[[[[146,43],[146.2,43],[146.2,43.2],[146,43]]],[[[150,45],[150.1,45],[150.1,45.1],[150,45]]]]}}]}"#;
        let t = Territories::from_geojson(text, &crate::fixtures::parties()).unwrap();
        let scene = Scene::build(&t, &Claims::default(), &Base::default(), Lambert::default());
        let parts = part_boxes(&t.units[0].geometry, &scene);
        assert_eq!(parts.len(), 2);
        let unit = scene.units[0].bbox;
        for p in &parts {
            assert!(
                p[0] >= unit[0] - 1e-6 && p[2] <= unit[2] + 1e-6,
                "{p:?} in {unit:?}"
            );
        }
        // The gap between the two islands is in the unit's box but in neither part.
        let gap = [
            centre(unit).0,
            centre(unit).1,
            centre(unit).0,
            centre(unit).1,
        ];
        assert!(intersects(unit, gap));
        assert!(!parts.iter().any(|p| intersects(*p, gap)));
    }

    #[test]
    fn centring_keeps_the_zoom_and_checks_what_is_shown() {
        let limits = Limits::for_world(WORLD);
        let v = Viewport::new([0.0, 0.0, 200.0, 100.0], 400.0, 200.0);
        assert!(v.shows((100.0, 50.0), 20.0));
        assert!(!v.shows((5.0, 50.0), 20.0));
        assert!(!v.shows((500.0, 50.0), 0.0));
        let c = Viewport::new(v.centred_on((500.0, -300.0), &limits), 400.0, 200.0);
        assert!(close(c.km_per_px(), v.km_per_px()));
        assert!(close(centre(c.view_box).0, 500.0) && close(centre(c.view_box).1, -300.0));
    }

    #[test]
    fn box_helpers() {
        assert!(intersects([0.0, 0.0, 1.0, 1.0], [1.0, 1.0, 2.0, 2.0]));
        assert!(!intersects([0.0, 0.0, 1.0, 1.0], [1.5, 0.0, 2.0, 1.0]));
        assert!(contains([0.0, 0.0, 1.0, 1.0], (0.5, 1.0)));
        assert!(!contains([0.0, 0.0, 1.0, 1.0], (0.5, 1.1)));
    }
}
