//! Checks the committed geography (`geodata/*.geojson`) through the model: valid geometry
//! inside the atlas's box, closed and well-wound rings, unique ids, complete names, units that
//! do not overlap, areas, label points inside their units, and files that stay small.

mod kit;

use atlas_model::{BaseLayer, Region};
use geo::{
    Area, BooleanOps, BoundingRect, Contains, CoordsIter, GeodesicArea, Geometry, Intersects,
    MultiPolygon, Point, Validation, Winding,
};
use kit::data::{base, claims, config, read, territories};
use std::collections::HashSet;

/// Whether every position lies in the overview's bounds (the first view of `atlas.json`).
fn in_bounds(g: &Geometry<f64>) -> bool {
    let config = config();
    let [w, s, e, n] = config.view(config.default_view()).bounds;
    g.coords_iter()
        .all(|c| (w..=e).contains(&c.x) && (s..=n).contains(&c.y))
}

/// RFC 7946: exterior rings counter-clockwise, holes clockwise (spherical renderers such as
/// d3-geo read the other winding as "the whole globe but this").
fn counter_clockwise(mp: &MultiPolygon<f64>) -> bool {
    mp.0.iter()
        .all(|p| p.exterior().is_ccw() && p.interiors().iter().all(|r| r.is_cw()))
}

/// The polygons of an area geometry; `None` for a line.
fn polygons(g: &Geometry<f64>) -> Option<MultiPolygon<f64>> {
    match g {
        Geometry::Polygon(p) => Some(MultiPolygon::new(vec![p.clone()])),
        Geometry::MultiPolygon(mp) => Some(mp.clone()),
        _ => None,
    }
}

#[test]
fn territory_geometry_is_valid_wound_and_inside_the_atlas_box() {
    for t in territories().iter() {
        if let Err(e) = t.geometry.check_validation() {
            panic!("territory {}: invalid geometry: {e}", t.id);
        }
        let g = Geometry::MultiPolygon(t.geometry.clone());
        assert!(in_bounds(&g), "territory {} leaves the box", t.id);
        assert!(
            counter_clockwise(&t.geometry),
            "territory {}: rings not wound as RFC 7946 asks",
            t.id
        );
    }
}

#[test]
fn claim_geometry_is_valid_wound_and_inside_the_atlas_box() {
    for c in claims().iter() {
        if let Err(e) = c.geometry.check_validation() {
            panic!("claim {}: invalid geometry: {e}", c.id);
        }
        assert!(in_bounds(&c.geometry), "claim {} leaves the box", c.id);
        if let Some(mp) = polygons(&c.geometry) {
            assert!(
                counter_clockwise(&mp),
                "claim {}: rings not wound as RFC 7946 asks",
                c.id
            );
        }
    }
}

#[test]
fn base_geometry_is_valid_inside_the_atlas_box_and_has_every_layer() {
    let base = base();
    for f in &base.features {
        if let Err(e) = f.geometry.check_validation() {
            panic!("base {:?}: invalid geometry: {e}", f.layer);
        }
        assert!(in_bounds(&f.geometry), "base {:?} leaves the box", f.layer);
    }
    for layer in [
        BaseLayer::Land,
        BaseLayer::River,
        BaseLayer::Boundary,
        BaseLayer::Lake,
    ] {
        assert!(base.layer(layer).count() >= 1, "no {layer:?} in base");
    }
}

/// The files are valid GeoJSON for the reference reader (the `geojson` crate), and it finds the
/// same geometry, feature by feature, as the model's own reader.
#[test]
fn the_reference_geojson_reader_agrees_with_the_model() {
    let reference = |file: &str| -> Vec<Geometry<f64>> {
        let collection: geojson::FeatureCollection = read(file)
            .parse()
            .unwrap_or_else(|e| panic!("{file} is not a FeatureCollection: {e}"));
        collection
            .features
            .into_iter()
            .map(|f| Geometry::try_from(f.geometry.expect("a geometry")).unwrap())
            .collect()
    };
    let as_multi = |g: Geometry<f64>| match g {
        Geometry::Polygon(p) => Geometry::MultiPolygon(MultiPolygon::new(vec![p])),
        other => other,
    };
    let model: Vec<Geometry<f64>> = territories()
        .units
        .into_iter()
        .map(|u| Geometry::MultiPolygon(u.geometry))
        .collect();
    let reference_units: Vec<Geometry<f64>> = reference("territories.geojson")
        .into_iter()
        .map(as_multi)
        .collect();
    assert_eq!(model, reference_units);
    let model: Vec<Geometry<f64>> = claims().claims.into_iter().map(|c| c.geometry).collect();
    assert_eq!(model, reference("claims.geojson"));
    let model: Vec<Geometry<f64>> = base().features.into_iter().map(|f| f.geometry).collect();
    assert_eq!(model, reference("base.geojson"));
}

/// Every ring in the files is written closed (first position = last), as GeoJSON requires;
/// `geo` would close them silently on reading.
#[test]
fn rings_are_closed_in_the_files() {
    for file in ["territories.geojson", "claims.geojson", "base.geojson"] {
        let v: serde_json::Value = serde_json::from_str(&read(file)).unwrap();
        for f in v["features"].as_array().unwrap() {
            let g = &f["geometry"];
            let coords = g["coordinates"].as_array().unwrap();
            let polygons: Vec<&serde_json::Value> = match g["type"].as_str().unwrap() {
                "Polygon" => vec![&g["coordinates"]],
                "MultiPolygon" => coords.iter().collect(),
                _ => continue,
            };
            for polygon in polygons {
                for ring in polygon.as_array().unwrap() {
                    let ring = ring.as_array().unwrap();
                    assert!(ring.len() >= 4, "{file}: a ring with {} points", ring.len());
                    assert_eq!(ring.first(), ring.last(), "{file}: an open ring");
                }
            }
        }
    }
}

#[test]
fn ids_are_unique_and_names_complete() {
    let t = territories();
    let c = claims();
    let mut seen = HashSet::new();
    for id in t.iter().map(|u| &u.id).chain(c.iter().map(|c| &c.id)) {
        assert!(seen.insert(id.clone()), "id {id} used twice");
    }
    for (id, names) in t
        .iter()
        .map(|u| (&u.id, &u.names))
        .chain(c.iter().map(|c| (&c.id, &c.names)))
    {
        for (lang, text) in [("en", &names.en), ("ja", &names.ja), ("ru", &names.ru)] {
            assert!(!text.trim().is_empty(), "{id}: no {lang} name");
        }
    }
    for required in kit::data::UNIT_IDS {
        assert!(t.get(required).is_some(), "no unit {required}");
    }
}

#[test]
fn every_unit_lies_in_a_view_that_frames_its_region() {
    let config = config();
    for unit in territories().iter() {
        let framing: Vec<_> = config
            .views
            .iter()
            .skip(1)
            .filter(|v| v.regions.contains(&unit.region))
            .collect();
        assert!(
            unit.region == Region::General || !framing.is_empty(),
            "{}: no view frames its region",
            unit.id
        );
        for view in framing {
            let [w, s, e, n] = view.bounds;
            let (lon, lat) = unit.label.expect("a label point");
            assert!(
                (w..=e).contains(&lon) && (s..=n).contains(&lat),
                "{}: its label point is outside the {} view",
                unit.id,
                view.id
            );
        }
    }
}

#[test]
fn habomai_has_every_islet_as_its_own_polygon() {
    let t = territories();
    let habomai = t.get("habomai").unwrap();
    // Zeleny, Polonsky, Tanfilyev, Yuri, Anuchina, Demina and rocks.
    assert!(
        habomai.geometry.0.len() >= 6,
        "{}",
        habomai.geometry.0.len()
    );
    for (name, lon, lat) in [
        ("Zeleny", 146.136, 43.508),
        ("Polonsky", 146.324, 43.631),
        ("Tanfilyev", 145.917, 43.439),
        ("Yuri", 146.064, 43.422),
        ("Anuchina", 146.003, 43.369),
    ] {
        assert!(
            habomai.geometry.contains(&Point::new(lon, lat)),
            "{name} is missing from the Habomai"
        );
    }
}

#[test]
fn units_do_not_overlap() {
    let t = territories();
    let units: Vec<_> = t.iter().collect();
    for (i, a) in units.iter().enumerate() {
        for b in &units[i + 1..] {
            let (ra, rb) = (
                a.geometry.bounding_rect().unwrap(),
                b.geometry.bounding_rect().unwrap(),
            );
            if !ra.intersects(&rb) {
                continue;
            }
            let overlap = a.geometry.intersection(&b.geometry).unsigned_area();
            assert!(
                overlap < 1e-8,
                "{} and {} overlap ({overlap} deg²)",
                a.id,
                b.id
            );
        }
    }
}

#[test]
fn the_strip_is_about_1150_square_kilometres() {
    let t = territories();
    let km2 = t
        .get("khalkhin-gol-strip")
        .unwrap()
        .geometry
        .geodesic_area_unsigned()
        / 1e6;
    assert!((1000.0..1300.0).contains(&km2), "{km2} km²");
}

#[test]
fn every_unit_has_its_label_point_inside_it() {
    for unit in territories().iter() {
        let (lon, lat) = unit
            .label
            .unwrap_or_else(|| panic!("{} has no label point", unit.id));
        assert!(
            unit.geometry.contains(&Point::new(lon, lat)),
            "{}: label ({lon}, {lat}) is outside the unit",
            unit.id
        );
    }
}

#[test]
fn the_geography_stays_small() {
    let total: usize = ["base.geojson", "territories.geojson", "claims.geojson"]
        .iter()
        .map(|f| read(f).len())
        .sum();
    // About 80 KB gzipped; the text compresses about 3.3 : 1.
    assert!(total < 300_000, "{total} bytes of GeoJSON");
}
