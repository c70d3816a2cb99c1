//! Everything the map draws, projected once: SVG path text, label anchors and boxes in map
//! kilometres. The view only pans and zooms over this; it never projects again.

use crate::claim::Claims;
use crate::geometry::{Base, BaseLayer};
use crate::projection::{lines_path, polygons_path, Lambert};
use crate::territory::Territories;
use geo::{BoundingRect, Geometry, LineString, MultiPolygon};

/// A box in map kilometres: min x, min y, max x, max y.
pub type MapBox = [f64; 4];

/// One drawn shape: a territory unit or a claim.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub id: String,
    /// SVG path text.
    pub d: String,
    /// Where its label goes.
    pub anchor: (f64, f64),
    pub bbox: MapBox,
    /// Drawn as a line rather than an area.
    pub is_line: bool,
}

/// The projected map.
#[derive(Clone, Debug, PartialEq)]
pub struct Scene {
    pub projection: Lambert,
    pub units: Vec<Shape>,
    pub claims: Vec<Shape>,
    pub land: String,
    pub lakes: String,
    pub rivers: Vec<Shape>,
    pub boundaries: String,
}

fn lines_of(geometry: &Geometry<f64>) -> Vec<&LineString<f64>> {
    match geometry {
        Geometry::LineString(l) => vec![l],
        Geometry::MultiLineString(m) => m.0.iter().collect(),
        _ => Vec::new(),
    }
}

fn polygons_of(geometry: &Geometry<f64>) -> MultiPolygon<f64> {
    match geometry {
        Geometry::Polygon(p) => MultiPolygon(vec![p.clone()]),
        Geometry::MultiPolygon(m) => m.clone(),
        _ => MultiPolygon(Vec::new()),
    }
}

fn path_of(geometry: &Geometry<f64>, proj: &Lambert) -> String {
    let polygons = polygons_of(geometry);
    if polygons.0.is_empty() {
        lines_path(lines_of(geometry), proj)
    } else {
        polygons_path(&polygons, proj)
    }
}

/// The projected box of a geometry (its corners and edges are projected densely enough for the
/// gentle curvature of the conic).
fn projected_box(geometry: &Geometry<f64>, proj: &Lambert) -> MapBox {
    let Some(rect) = geometry.bounding_rect() else {
        return [0.0; 4];
    };
    let mut out = [
        f64::INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NEG_INFINITY,
    ];
    for i in 0..=8 {
        for j in 0..=8 {
            let lon = rect.min().x + (rect.max().x - rect.min().x) * f64::from(i) / 8.0;
            let lat = rect.min().y + (rect.max().y - rect.min().y) * f64::from(j) / 8.0;
            let (x, y) = proj.project(lon, lat);
            out = [out[0].min(x), out[1].min(y), out[2].max(x), out[3].max(y)];
        }
    }
    out
}

/// A label anchor: the data's label point if it has one, else the middle vertex of a line or
/// the centre of the box.
fn anchor_of(geometry: &Geometry<f64>, label: Option<(f64, f64)>, proj: &Lambert) -> (f64, f64) {
    if let Some((lon, lat)) = label {
        return proj.project(lon, lat);
    }
    if let Some(line) = lines_of(geometry).first().filter(|l| !l.0.is_empty()) {
        return proj.coord(line.0[line.0.len() / 2]);
    }
    let [x0, y0, x1, y1] = projected_box(geometry, proj);
    ((x0 + x1) / 2.0, (y0 + y1) / 2.0)
}

fn shape(id: &str, geometry: &Geometry<f64>, label: Option<(f64, f64)>, proj: &Lambert) -> Shape {
    Shape {
        id: id.to_string(),
        d: path_of(geometry, proj),
        anchor: anchor_of(geometry, label, proj),
        bbox: projected_box(geometry, proj),
        is_line: polygons_of(geometry).0.is_empty(),
    }
}

impl Scene {
    pub fn build(territories: &Territories, claims: &Claims, base: &Base, proj: Lambert) -> Scene {
        let layer = |l: BaseLayer| -> String {
            base.layer(l).map(|f| path_of(&f.geometry, &proj)).collect()
        };
        Scene {
            projection: proj,
            units: territories
                .iter()
                .map(|t| {
                    shape(
                        &t.id,
                        &Geometry::MultiPolygon(t.geometry.clone()),
                        t.label,
                        &proj,
                    )
                })
                .collect(),
            claims: claims
                .iter()
                .map(|c| shape(&c.id, &c.geometry, None, &proj))
                .collect(),
            land: layer(BaseLayer::Land),
            lakes: layer(BaseLayer::Lake),
            rivers: base
                .layer(BaseLayer::River)
                .map(|f| {
                    shape(
                        f.name.as_deref().unwrap_or("river"),
                        &f.geometry,
                        None,
                        &proj,
                    )
                })
                .collect(),
            boundaries: layer(BaseLayer::Boundary),
        }
    }

    /// The projected box of a longitude/latitude box (west, south, east, north).
    pub fn box_of(&self, bounds: [f64; 4]) -> MapBox {
        let [w, s, e, n] = bounds;
        projected_box(
            &Geometry::Rect(geo::Rect::new((w, s), (e, n))),
            &self.projection,
        )
    }
}
