//! Everything the map draws, projected once: SVG path text, label anchors and boxes in map
//! kilometres. The view only pans and zooms over this; it never projects again.

use crate::base::{Base, BaseLayer};
use crate::claim::Claims;
use crate::projection::{lines_path, polygons_path, Lambert};
use crate::territory::Territories;
use crate::text::Names;
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
    /// The rivers' names in three languages (as `rivers`), where the data has them.
    pub river_names: Vec<Option<Names>>,
    /// The lake's and today's boundary's names, where the data has them.
    pub lake_name: Option<Names>,
    pub boundary_name: Option<Names>,
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

/// The names of a layer's first feature that has them.
fn first_names(base: &Base, layer: BaseLayer) -> Option<Names> {
    base.layer(layer).find_map(|f| f.names.clone())
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
            river_names: base
                .layer(BaseLayer::River)
                .map(|f| f.names.clone())
                .collect(),
            lake_name: first_names(base, BaseLayer::Lake),
            boundary_name: first_names(base, BaseLayer::Boundary),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{config, parties};
    use crate::record::Region;
    use crate::viewport::{centre, contains, intersects};

    /// Two units: one of two islands, the second with a lake, and a label point; one without
    /// a label point.
    const TERRITORIES: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"isles","names":{"en":"Isles","ja":"島々","ru":"Острова"},"region":"kurils",
        "label":[146.1,43.05],"control":[{"party":"japan","from":"1855","event":"a"}]},
       "geometry":{"type":"MultiPolygon","coordinates":[
         [[[146,43],[146.2,43],[146.2,43.2],[146,43]]],
         [[[150,45],[151,45],[151,46],[150,46],[150,45]],[[150.2,45.2],[150.2,45.8],[150.8,45.8],[150.8,45.2],[150.2,45.2]]]]}},
      {"type":"Feature","properties":{"id":"plain","names":{"en":"Plain","ja":"平","ru":"Равнина"},"region":"sakhalin",
        "control":[{"party":"russia","from":"1875","event":"b"}]},
       "geometry":{"type":"Polygon","coordinates":[[[142,47],[143,47],[143,48],[142,48],[142,47]]]}}]}"#;

    /// An area claim and a line.
    const CLAIMS: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"area","party":"japan","kind":"claim","from":"1951","until":null,
        "event":"sf","names":{"en":"A","ja":"A","ru":"A"},"description":"An area.","units":["isles"]},
       "geometry":{"type":"Polygon","coordinates":[[[145,42],[147,42],[147,44],[145,44],[145,42]]]}},
      {"type":"Feature","properties":{"id":"line","party":"joint","kind":"treaty-border","from":"1855","until":null,
        "event":"s","names":{"en":"L","ja":"L","ru":"L"},"description":"A line."},
       "geometry":{"type":"LineString","coordinates":[[148,44],[149,45],[150,46]]}}]}"#;

    /// One feature of each layer; one river without a name.
    const BASE: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"layer":"land"},"geometry":{"type":"Polygon","coordinates":[[[130,42],[132,42],[132,44],[130,42]]]}},
      {"type":"Feature","properties":{"layer":"lake","name":"Buir Nur"},"geometry":{"type":"Polygon","coordinates":[[[117.5,47.7],[117.7,47.7],[117.7,47.9],[117.5,47.7]]]}},
      {"type":"Feature","properties":{"layer":"river","name":"Khalkhin Gol"},"geometry":{"type":"LineString","coordinates":[[118.5,47.5],[118.6,47.8]]}},
      {"type":"Feature","properties":{"layer":"river"},"geometry":{"type":"MultiLineString","coordinates":[[[119,47],[119.1,47.1]],[[119.2,47.2],[119.3,47.3]]]}},
      {"type":"Feature","properties":{"layer":"boundary"},"geometry":{"type":"LineString","coordinates":[[118,47],[119,48]]}}]}"#;

    fn scene() -> Scene {
        let t = Territories::from_geojson(TERRITORIES, &parties()).unwrap();
        let c = Claims::from_geojson(CLAIMS, &parties()).unwrap();
        let b = Base::from_geojson(BASE).unwrap();
        Scene::build(&t, &c, &b, Lambert::default())
    }

    /// The committed geography, projected.
    fn committed() -> (Territories, Scene) {
        let parties = parties();
        let t =
            Territories::from_geojson(include_str!("../../geodata/territories.geojson"), &parties)
                .unwrap();
        let c =
            Claims::from_geojson(include_str!("../../geodata/claims.geojson"), &parties).unwrap();
        let b = Base::from_geojson(include_str!("../../geodata/base.geojson")).unwrap();
        let scene = Scene::build(&t, &c, &b, Lambert::default());
        (t, scene)
    }

    /// The points of SVG path text, all subpaths together.
    fn points(d: &str) -> Vec<(f64, f64)> {
        crate::projection::path_points(d).concat()
    }

    fn close(a: (f64, f64), b: (f64, f64)) -> bool {
        (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9
    }

    #[test]
    fn shapes_keep_the_files_order_and_ids() {
        let s = scene();
        let ids = |shapes: &[Shape]| shapes.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&s.units), ["isles", "plain"]);
        assert_eq!(ids(&s.claims), ["area", "line"]);
        assert_eq!(ids(&s.rivers), ["Khalkhin Gol", "river"]);
        assert!(s.units.iter().all(|u| !u.is_line));
        assert_eq!(
            s.claims.iter().map(|c| c.is_line).collect::<Vec<_>>(),
            [false, true]
        );
        assert!(s.rivers.iter().all(|r| r.is_line));
        assert_eq!(s.projection, Lambert::default());
    }

    #[test]
    fn every_ring_is_closed_and_every_line_left_open() {
        let s = scene();
        // Two islands, the second with a lake: three rings, each its own closed subpath.
        let isles = &s.units[0].d;
        assert_eq!(isles.matches('M').count(), 3, "{isles}");
        assert_eq!(isles.matches('Z').count(), 3, "{isles}");
        for ring in isles.split_terminator('Z') {
            let p = points(ring);
            assert!(p.len() >= 4, "{ring}");
            let (first, last) = (p[0], p[p.len() - 1]);
            assert!(
                (first.0 - last.0).abs() < 1e-6 && (first.1 - last.1).abs() < 1e-6,
                "a ring ends where it starts: {ring}"
            );
        }
        let line = &s.claims[1].d;
        assert_eq!((line.matches('M').count(), line.contains('Z')), (1, false));
        assert_eq!(points(line).len(), 3);
        let river = &s.rivers[1].d;
        assert_eq!(
            (river.matches('M').count(), river.contains('Z')),
            (2, false)
        );
    }

    #[test]
    fn base_layers_are_one_path_each_and_empty_when_absent() {
        let s = scene();
        assert!(s.land.starts_with('M') && s.land.ends_with('Z'));
        assert!(s.lakes.starts_with('M') && s.lakes.ends_with('Z'));
        assert!(s.boundaries.starts_with('M') && !s.boundaries.contains('Z'));
        let empty = Scene::build(
            &Territories::default(),
            &Claims::default(),
            &Base::default(),
            Lambert::default(),
        );
        assert!(empty.units.is_empty() && empty.claims.is_empty() && empty.rivers.is_empty());
        assert_eq!(
            (empty.land, empty.lakes, empty.boundaries),
            (String::new(), String::new(), String::new())
        );
    }

    #[test]
    fn anchors_are_label_points_middle_vertices_or_box_centres() {
        let s = scene();
        let p = Lambert::default();
        assert!(close(s.units[0].anchor, p.project(146.1, 43.05)));
        // A unit without a label point: the centre of its box.
        assert!(close(s.units[1].anchor, centre(s.units[1].bbox)));
        // A line: its middle vertex.
        assert!(close(s.claims[1].anchor, p.project(149.0, 45.0)));
        assert!(close(s.claims[0].anchor, centre(s.claims[0].bbox)));
    }

    /// Every point of every path of the committed map lies in its shape's box (paths are
    /// written to two decimals), and every label anchor of a unit inside it.
    #[test]
    fn paths_and_anchors_of_the_committed_map_lie_in_their_boxes() {
        let (_, s) = committed();
        for shape in s.units.iter().chain(&s.claims).chain(&s.rivers) {
            let [x0, y0, x1, y1] = shape.bbox;
            assert!(x0 < x1 && y0 < y1, "{}: an empty box", shape.id);
            let grown = [x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01];
            let pts = points(&shape.d);
            assert!(!pts.is_empty(), "{}: no path", shape.id);
            for pt in pts {
                assert!(
                    contains(grown, pt),
                    "{}: {pt:?} outside {:?}",
                    shape.id,
                    shape.bbox
                );
            }
        }
        for unit in &s.units {
            assert!(contains(unit.bbox, unit.anchor), "{}", unit.id);
        }
    }

    /// Parallels are arcs on a conic map: the middle of a box's southern edge lies below its
    /// corners, and the box of a longitude/latitude box still holds it.
    #[test]
    fn box_of_holds_the_curved_edges() {
        let s = scene();
        let bounds = [120.0, 42.0, 155.0, 54.0];
        let b = s.box_of(bounds);
        let p = s.projection;
        let corner = p.project(120.0, 42.0);
        let middle = p.project(137.5, 42.0);
        assert!(
            middle.1 > corner.1 + 1.0,
            "{middle:?} is not below {corner:?}"
        );
        for lon in [120.0, 130.0, 137.5, 145.0, 155.0] {
            for lat in [42.0, 48.0, 54.0] {
                let pt = p.project(lon, lat);
                assert!(contains(b, pt), "({lon}, {lat}) → {pt:?} outside {b:?}");
            }
        }
        assert!(
            (b[3] - middle.1).abs() < 1e-9,
            "the box ends at the southern arc"
        );
        assert!(!contains(b, p.project(160.0, 48.0)));
    }

    /// The box of each theatre of `atlas.json` holds the label anchor of every unit of the
    /// regions it frames, and meets no unit of the other theatres far away.
    #[test]
    fn each_view_box_holds_its_units_and_not_the_far_theatres() {
        let config = config();
        let (t, s) = committed();
        for view in config.views.iter().skip(1) {
            let b = s.box_of(view.bounds);
            for (unit, shape) in t.iter().zip(&s.units) {
                if view.regions.contains(&unit.region) {
                    assert!(
                        contains(b, shape.anchor),
                        "{}: {} outside",
                        view.id,
                        unit.id
                    );
                }
            }
        }
        let box_of = |id: &str| s.box_of(config.view(config.find_view(id).unwrap()).bounds);
        let battle = box_of("khalkhin-gol");
        for (unit, shape) in t.iter().zip(&s.units) {
            let far = matches!(unit.region, Region::Kurils | Region::Sakhalin);
            if far {
                assert!(
                    !intersects(battle, shape.bbox),
                    "{} in the battle's box",
                    unit.id
                );
            }
            if unit.region == Region::KhalkhinGol {
                for view in ["kurils", "sakhalin"] {
                    assert!(
                        !intersects(box_of(view), shape.bbox),
                        "{} in {view}",
                        unit.id
                    );
                }
            }
        }
    }
}
