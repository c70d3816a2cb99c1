//! A map's path drawn at the precision of one size of the map: the first view written into the
//! page at build time shows the whole frontier at one zoom, where a point closer to the line
//! through its neighbours than a fraction of a pixel changes nothing on screen. Dropping such
//! points (Ramer–Douglas–Peucker, `geo`'s [`Simplify`]) and writing the rest to a tenth of a
//! kilometre makes that page a fraction of its size; the app draws the full detail.

use crate::projection::push_steps_path;
use geo::{Coord, LineString, Simplify};

/// Hundredths of a kilometre (the path's steps) in a tenth of a kilometre.
const GRID: i64 = 10;

/// One subpath: its points (absolute, in kilometres) and whether it is closed.
type Subpath = (Vec<Coord<f64>>, bool);

/// `d` (path text as [`crate::projection`] writes it: `M` with an absolute point, then `l` with
/// relative steps, and `Z`) with the points within `tolerance_km` of the line through their
/// neighbours left out, and the rest written to a tenth of a kilometre. A ring that would keep
/// fewer than four points keeps all of them; a ring smaller than the tolerance each way is left
/// out, unless it is the path's largest. `None` for text that is not such a path.
pub fn coarser(d: &str, tolerance_km: f64) -> Option<String> {
    let paths = subpaths(d)?;
    // A ring smaller than the tolerance each way is under a pixel: left out, unless the path
    // has nothing larger (its largest ring then stays, so every shape keeps a place).
    let sizes: Vec<f64> = paths.iter().map(|(points, _)| extent(points)).collect();
    let largest = sizes.iter().copied().fold(0.0, f64::max);
    let mut out = String::new();
    for ((points, closed), size) in paths.into_iter().zip(sizes) {
        if closed && size < tolerance_km && size < largest {
            continue;
        }
        let line = LineString::from(points.clone());
        let kept = line.simplify(tolerance_km).0;
        let kept = if closed && kept.len() < 4 {
            points
        } else {
            kept
        };
        push(&mut out, &kept, closed);
    }
    Some(out)
}

/// The larger side of the box around `points`.
fn extent(points: &[Coord<f64>]) -> f64 {
    let span = |of: fn(&Coord<f64>) -> f64| {
        let (low, high) = points
            .iter()
            .map(of)
            .fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(v), h.max(v)));
        (high - low).max(0.0)
    };
    span(|p| p.x).max(span(|p| p.y))
}

/// A point in steps of a tenth of a kilometre (in hundredths).
fn on_grid(c: Coord<f64>) -> (i64, i64) {
    let snap = |v: f64| (crate::projection::steps(v) as f64 / GRID as f64).round() as i64 * GRID;
    (snap(c.x), snap(c.y))
}

/// Writes one subpath: its first point absolute, then relative steps; points that fall on the
/// one before are left out.
fn push(out: &mut String, points: &[Coord<f64>], closed: bool) {
    push_steps_path(
        out,
        points.iter().map(|&c| on_grid(c)),
        closed && points.len() > 2,
    );
}

/// The subpaths of `d`, or `None` when it holds anything else than `M`, `l`, `Z` and numbers.
fn subpaths(d: &str) -> Option<Vec<Subpath>> {
    let mut paths: Vec<Subpath> = Vec::new();
    let mut relative = false;
    let mut numbers: Vec<f64> = Vec::new();
    let mut token = String::new();
    let end = |token: &mut String, numbers: &mut Vec<f64>| -> Option<()> {
        if !token.is_empty() {
            numbers.push(token.parse().ok()?);
            token.clear();
        }
        Some(())
    };
    let flush = |numbers: &mut Vec<f64>, relative: bool, paths: &mut Vec<Subpath>| -> Option<()> {
        if numbers.is_empty() {
            return Some(());
        }
        if !numbers.len().is_multiple_of(2) {
            return None;
        }
        let (points, _) = paths.last_mut()?;
        for pair in numbers.chunks(2) {
            let point = match (relative, points.last()) {
                (true, Some(p)) => Coord {
                    x: p.x + pair[0],
                    y: p.y + pair[1],
                },
                _ => Coord {
                    x: pair[0],
                    y: pair[1],
                },
            };
            points.push(point);
        }
        numbers.clear();
        Some(())
    };
    for c in d.chars() {
        match c {
            'M' | 'l' | 'Z' => {
                end(&mut token, &mut numbers)?;
                flush(&mut numbers, relative, &mut paths)?;
                match c {
                    'M' => paths.push((Vec::new(), false)),
                    'Z' => paths.last_mut()?.1 = true,
                    _ => {}
                }
                relative = c == 'l';
            }
            ',' | ' ' => end(&mut token, &mut numbers)?,
            '-' => {
                end(&mut token, &mut numbers)?;
                token.push(c);
            }
            '.' if token.contains('.') => {
                end(&mut token, &mut numbers)?;
                token.push(c);
            }
            '0'..='9' | '.' => token.push(c),
            _ => return None,
        }
    }
    end(&mut token, &mut numbers)?;
    flush(&mut numbers, relative, &mut paths)?;
    Some(paths)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_detailed_coast_keeps_its_shape_in_fewer_points() {
        // A zigzag of 10 m teeth along a 10 km line, closed back to its start.
        let mut d = String::from("M100,200l");
        for i in 0..1000 {
            d.push_str(if i % 2 == 0 { "1,.01" } else { "1-.01" });
            d.push(' ');
        }
        d.push_str("0,5-1000,0Z");
        let coarse = coarser(&d, 0.5).expect("a path");
        assert!(coarse.len() * 20 < d.len(), "{coarse}");
        let rings = subpaths(&coarse).unwrap();
        assert_eq!(rings.len(), 1);
        let (points, closed) = &rings[0];
        assert!(*closed);
        assert_eq!(points[0], Coord { x: 100.0, y: 200.0 });
        // The corners are kept.
        assert!(points
            .iter()
            .any(|p| (p.x - 1100.0).abs() < 0.1 && (p.y - 205.0).abs() < 0.1));
    }

    #[test]
    fn an_islet_under_a_pixel_goes_unless_it_is_all_the_shape_has() {
        let alone = "M5,5l.2,0,0,.2-.2,0Z";
        let coarse = coarser(alone, 1.0).unwrap();
        let (points, closed) = &subpaths(&coarse).unwrap()[0];
        assert!(*closed);
        assert_eq!(points.len(), 4, "{coarse}");
        // Beside an island of 3 km, the islet goes; an islet of 2 km stays, whole.
        let beside = "M0,0l3,0,0,3-3,0ZM5,5l.2,0,0,.2-.2,0ZM9,9l2,0,0,2-2,0Z";
        let rings = subpaths(&coarser(beside, 1.0).unwrap()).unwrap();
        assert_eq!(rings.len(), 2);
        assert_eq!(rings[1].0.len(), 4);
    }

    #[test]
    fn other_paths_are_left_alone() {
        assert_eq!(coarser("M0 0V10M200 0V10", 1.0), None);
        assert_eq!(coarser("M1,2l3", 1.0), None);
        assert_eq!(coarser("", 1.0), Some(String::new()));
    }
}
