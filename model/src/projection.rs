//! The map projection and SVG path text.
//!
//! A Lambert conformal conic projection on the sphere, with standard parallels at 42°N and 52°N:
//! conformal (island shapes are kept) and within about 1% of true scale over 40–56°N, the band the
//! atlas covers. Coordinates come out in kilometres, x east and y **down**, as SVG expects.
//! Geometry is projected once; panning and zooming only change the SVG view box.

use geo::{Coord, LineString, MultiPolygon};
use std::f64::consts::FRAC_PI_4;
use std::fmt::Write;

/// Mean Earth radius in kilometres.
pub const EARTH_RADIUS_KM: f64 = 6371.0;

/// A Lambert conformal conic projection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lambert {
    n: f64,
    f: f64,
    rho0: f64,
    lon0: f64,
}

impl Default for Lambert {
    /// The atlas's projection: standard parallels 42°N and 52°N, origin 47°N 137.5°E.
    fn default() -> Self {
        Lambert::new(42.0, 52.0, 47.0, 137.5)
    }
}

fn t(lat_rad: f64) -> f64 {
    (FRAC_PI_4 + lat_rad / 2.0).tan()
}

impl Lambert {
    /// A projection with standard parallels `lat1` ≠ `lat2` and origin (`lat0`, `lon0`), in degrees.
    pub fn new(lat1: f64, lat2: f64, lat0: f64, lon0: f64) -> Lambert {
        let (p1, p2, p0) = (lat1.to_radians(), lat2.to_radians(), lat0.to_radians());
        let n = (p1.cos() / p2.cos()).ln() / (t(p2) / t(p1)).ln();
        let f = p1.cos() * t(p1).powf(n) / n;
        let rho0 = EARTH_RADIUS_KM * f / t(p0).powf(n);
        Lambert {
            n,
            f,
            rho0,
            lon0: lon0.to_radians(),
        }
    }

    /// Longitude and latitude in degrees to map kilometres (x east, y down).
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let rho = EARTH_RADIUS_KM * self.f / t(lat.to_radians()).powf(self.n);
        let theta = self.n * (lon.to_radians() - self.lon0);
        (rho * theta.sin(), -(self.rho0 - rho * theta.cos()))
    }

    /// Map kilometres back to longitude and latitude in degrees.
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let y = -y;
        let dy = self.rho0 - y;
        let rho = self.n.signum() * (x * x + dy * dy).sqrt();
        let theta = (self.n.signum() * x).atan2(self.n.signum() * dy);
        let lat =
            2.0 * (EARTH_RADIUS_KM * self.f / rho).powf(1.0 / self.n).atan() - 2.0 * FRAC_PI_4;
        let lon = self.lon0 + theta / self.n;
        (lon.to_degrees(), lat.to_degrees())
    }

    /// A geo coordinate (x = longitude, y = latitude) projected.
    pub fn coord(&self, c: Coord<f64>) -> (f64, f64) {
        self.project(c.x, c.y)
    }
}

/// Writes a number with at most two decimals and no trailing zeros.
/// Path coordinates are written in hundredths of a kilometre (10 m, well under a pixel at the
/// closest zoom).
const STEPS_PER_KM: f64 = 100.0;

/// A coordinate in path steps.
pub(crate) fn steps(v: f64) -> i64 {
    if v.is_finite() {
        (v * STEPS_PER_KM).round() as i64
    } else {
        0
    }
}

/// Writes `n` path steps as kilometres in the shortest form SVG reads (`.5`, `-1.25`, `3`),
/// separated from the number before it only where the two would otherwise run together.
pub(crate) fn push_steps(out: &mut String, n: i64, first: bool) {
    let (whole, frac) = (n.unsigned_abs() / 100, n.unsigned_abs() % 100);
    let mut text = String::new();
    if n < 0 {
        text.push('-');
    }
    if whole > 0 || frac == 0 {
        let _ = write!(text, "{whole}");
    }
    if frac > 0 {
        let digits = format!("{frac:02}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    // After a number with a decimal point, a number starting with a point needs no separator
    // ("1.5.25" is 1.5 then .25); a minus sign always starts a new number.
    let last = out
        .rsplit(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next();
    let apart = first
        || text.starts_with('-')
        || (text.starts_with('.') && last.is_some_and(|l| l.contains('.')));
    if !apart {
        out.push(',');
    }
    out.push_str(&text);
}

/// One ring or line: its first point absolute, then relative steps, points that round to the
/// one before left out.
fn push_ring(out: &mut String, ring: &LineString<f64>, proj: &Lambert, close: bool) {
    let points = ring.coords().map(|c| {
        let (x, y) = proj.coord(*c);
        (steps(x), steps(y))
    });
    push_steps_path(out, points, close && ring.0.len() > 2);
}

/// Writes points given in path steps: the first absolute, then relative steps, a point equal
/// to the one before left out; `Z` after them when `close`.
pub(crate) fn push_steps_path(
    out: &mut String,
    points: impl Iterator<Item = (i64, i64)>,
    close: bool,
) {
    let mut previous: Option<(i64, i64)> = None;
    for point in points {
        match previous {
            None => {
                out.push('M');
                push_steps(out, point.0, true);
                push_steps(out, point.1, false);
                out.push('l');
            }
            Some(p) if p == point => continue,
            Some(p) => {
                push_steps(out, point.0 - p.0, out.ends_with('l'));
                push_steps(out, point.1 - p.1, false);
            }
        }
        previous = Some(point);
    }
    if out.ends_with('l') {
        out.pop();
    }
    if close {
        out.push('Z');
    }
}

/// The SVG path text of polygons (holes included; fill with the even-odd or non-zero rule).
pub fn polygons_path(geometry: &MultiPolygon<f64>, proj: &Lambert) -> String {
    let mut out = String::new();
    for polygon in geometry {
        push_ring(&mut out, polygon.exterior(), proj, true);
        for hole in polygon.interiors() {
            push_ring(&mut out, hole, proj, true);
        }
    }
    out
}

/// The SVG path text of open lines.
pub fn lines_path<'a>(
    lines: impl IntoIterator<Item = &'a LineString<f64>>,
    proj: &Lambert,
) -> String {
    let mut out = String::new();
    for line in lines {
        push_ring(&mut out, line, proj, false);
    }
    out
}

/// Great-circle distance in kilometres between two (lon, lat) points in degrees.
pub fn haversine_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, la2) = (a.1.to_radians(), b.1.to_radians());
    let dlat = la2 - la1;
    let dlon = (b.0 - a.0).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().asin()
}

/// Reads path text as [`polygons_path`] and [`lines_path`] write it: each subpath's points,
/// absolute. For tests.
#[cfg(test)]
pub(crate) fn path_points(d: &str) -> Vec<Vec<(f64, f64)>> {
    let mut subpaths: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut numbers: Vec<f64> = Vec::new();
    let mut relative = false;
    let flush = |numbers: &mut Vec<f64>, relative: bool, subpaths: &mut Vec<Vec<(f64, f64)>>| {
        for pair in numbers.chunks(2) {
            let sub = subpaths.last_mut().expect("a path starts with M");
            let (x, y) = (pair[0], pair[1]);
            let point = match (relative, sub.last()) {
                (true, Some(&(px, py))) => (px + x, py + y),
                _ => (x, y),
            };
            sub.push(point);
        }
        numbers.clear();
    };
    let mut token = String::new();
    let end = |token: &mut String, numbers: &mut Vec<f64>| {
        if !token.is_empty() {
            numbers.push(token.parse().expect("a number"));
            token.clear();
        }
    };
    for c in d.chars() {
        match c {
            'M' | 'l' | 'Z' => {
                end(&mut token, &mut numbers);
                flush(&mut numbers, relative, &mut subpaths);
                if c == 'M' {
                    subpaths.push(Vec::new());
                }
                relative = c == 'l';
            }
            ',' => end(&mut token, &mut numbers),
            '-' => {
                end(&mut token, &mut numbers);
                token.push(c);
            }
            '.' if token.contains('.') => {
                end(&mut token, &mut numbers);
                token.push(c);
            }
            _ => token.push(c),
        }
    }
    end(&mut token, &mut numbers);
    flush(&mut numbers, relative, &mut subpaths);
    subpaths
}

#[cfg(test)]
mod tests {
    use super::*;
    use geo::{polygon, MultiPolygon};

    fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn origin_maps_to_zero_and_north_is_up() {
        let p = Lambert::default();
        let (x, y) = p.project(137.5, 47.0);
        assert!(x.abs() < 1e-9 && y.abs() < 1e-9);
        let (_, y_north) = p.project(137.5, 50.0);
        assert!(y_north < 0.0, "north is up (smaller y)");
        let (x_east, _) = p.project(150.0, 47.0);
        assert!(x_east > 0.0, "east is right");
    }

    #[test]
    fn true_scale_on_the_standard_parallels() {
        let p = Lambert::default();
        for lat in [42.0, 52.0] {
            let a = (140.0, lat);
            let b = (140.1, lat);
            let ratio = dist(p.project(a.0, a.1), p.project(b.0, b.1)) / haversine_km(a, b);
            assert!((ratio - 1.0).abs() < 1e-3, "scale {ratio} at {lat}°N");
        }
    }

    #[test]
    fn known_distances_hold_within_one_percent() {
        let p = Lambert::default();
        let pairs = [
            // Nomonhan Burd Obo to the Khalkhin Gol west of it (the strip, ≈ 14.7 km).
            ((118.757, 47.773), (118.561, 47.775)),
            // Yuzhno-Sakhalinsk to Okha.
            ((142.73, 46.95), (142.93, 53.57)),
            // Kunashir to Shumshu, along the chain.
            ((145.85, 44.12), (156.32, 50.73)),
            // Cape Lopatka across the First Kuril Strait to Shumshu.
            ((156.665, 50.865), (156.32, 50.73)),
        ];
        for (a, b) in pairs {
            let ratio = dist(p.project(a.0, a.1), p.project(b.0, b.1)) / haversine_km(a, b);
            assert!((ratio - 1.0).abs() < 0.01, "{a:?}–{b:?}: scale {ratio}");
        }
    }

    #[test]
    fn unproject_inverts_project() {
        let p = Lambert::default();
        for (lon, lat) in [
            (115.0, 40.0),
            (160.0, 56.0),
            (118.757, 47.773),
            (146.13, 43.5),
        ] {
            let (x, y) = p.project(lon, lat);
            let (lon2, lat2) = p.unproject(x, y);
            assert!((lon - lon2).abs() < 1e-9 && (lat - lat2).abs() < 1e-9);
        }
    }

    #[test]
    fn paths_are_compact_svg() {
        let p = Lambert::default();
        let square = MultiPolygon(vec![polygon![
            (x: 137.5, y: 47.0), (x: 137.6, y: 47.0), (x: 137.6, y: 47.1), (x: 137.5, y: 47.0)
        ]]);
        let d = polygons_path(&square, &p);
        // The first point absolute, the rest as relative steps in the shortest form.
        assert!(d.starts_with("M0,0l7.55,0-"), "{d}");
        assert!(d.ends_with('Z'));
        assert_eq!(d.matches('M').count(), 1);
        let rings = path_points(&d);
        assert_eq!(rings.len(), 1);
        let ring = &rings[0];
        assert_eq!(ring.len(), 4, "{d}");
        for (point, (lon, lat)) in ring
            .iter()
            .zip([(137.5, 47.0), (137.6, 47.0), (137.6, 47.1)])
        {
            let (x, y) = p.project(lon, lat);
            assert!(
                (point.0 - x).abs() <= 0.005 && (point.1 - y).abs() <= 0.005,
                "{d}"
            );
        }
        let (a, b) = (ring[0], ring[3]);
        assert!((a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9, "{d}");
    }

    #[test]
    fn short_numbers_never_run_together() {
        let mut out = String::from("M");
        for (n, first) in [
            (150, true),
            (25, false),
            (-5, false),
            (7, false),
            (300, false),
            (50, false),
        ] {
            push_steps(&mut out, n, first);
        }
        assert_eq!(out, "M1.5.25-.05.07,3,.5");
        let read: Vec<f64> = path_points(&out)[0]
            .iter()
            .flat_map(|&(x, y)| [x, y])
            .collect();
        assert_eq!(read, [1.5, 0.25, -0.05, 0.07, 3.0, 0.5]);
    }
}
