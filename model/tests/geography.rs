//! Checks the committed geography (`geodata/*.geojson`) through the model, and draws check
//! images of each theatre into `target/check/` (SVG, and PNG when `rsvg-convert` is installed).

use atlas_model::{
    Base, BaseLayer, Claim, ClaimKind, Claims, ControlKind, Date, Day, Party, Territories,
};
use geo::{
    BoundingRect, Contains, CoordsIter, GeodesicArea, Geometry, InteriorPoint, Intersects,
    MultiPolygon, Point, Validation,
};
use std::collections::HashSet;
use std::path::PathBuf;

const LON: (f64, f64) = (115.0, 160.0);
const LAT: (f64, f64) = (40.0, 56.0);

fn geodata(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join("geodata")
        .join(file)
}

fn read(file: &str) -> String {
    std::fs::read_to_string(geodata(file)).unwrap_or_else(|e| panic!("geodata/{file}: {e}"))
}

fn territories() -> Territories {
    Territories::from_geojson(&read("territories.geojson")).expect("territories.geojson loads")
}

fn claims() -> Claims {
    Claims::from_geojson(&read("claims.geojson")).expect("claims.geojson loads")
}

fn base() -> Base {
    Base::from_geojson(&read("base.geojson")).expect("base.geojson loads")
}

fn day(s: &str) -> Day {
    Date::parse(s).unwrap().first_day()
}

fn today() -> Day {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    Day((secs / 86_400) as i32)
}

fn in_bounds(g: &Geometry<f64>) -> bool {
    g.coords_iter()
        .all(|c| c.x >= LON.0 && c.x <= LON.1 && c.y >= LAT.0 && c.y <= LAT.1)
}

/// RFC 7946: exterior rings counter-clockwise, holes clockwise (spherical renderers such as
/// d3-geo read the other winding as "the whole globe but this").
fn counter_clockwise(mp: &MultiPolygon<f64>) -> bool {
    use geo::Winding;
    mp.0.iter()
        .all(|p| p.exterior().is_ccw() && p.interiors().iter().all(|r| r.is_cw()))
}

#[test]
fn geometry_is_valid_and_inside_the_atlas_box() {
    for t in territories().iter() {
        let g = Geometry::MultiPolygon(t.geometry.clone());
        if let Err(e) = t.geometry.check_validation() {
            panic!("territory {}: invalid geometry: {e}", t.id);
        }
        assert!(in_bounds(&g), "territory {} leaves the box", t.id);
        assert!(
            counter_clockwise(&t.geometry),
            "territory {}: rings not wound as RFC 7946 asks",
            t.id
        );
    }
    for c in claims().iter() {
        if let Geometry::MultiPolygon(mp) = &c.geometry {
            assert!(
                counter_clockwise(mp),
                "claim {}: rings not wound as RFC 7946 asks",
                c.id
            );
        }
        if let Err(e) = c.geometry.check_validation() {
            panic!("claim {}: invalid geometry: {e}", c.id);
        }
        assert!(in_bounds(&c.geometry), "claim {} leaves the box", c.id);
    }
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
    for required in [
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "urup",
        "northern-kurils",
        "southern-sakhalin",
        "northern-sakhalin",
        "hokkaido",
        "kamchatka",
        "khalkhin-gol-strip",
        "mongolian-side",
        "manchurian-side",
    ] {
        assert!(t.get(required).is_some(), "no unit {required}");
    }
}

/// One controller on every day from a unit's first date to today: checked day by day against
/// a linear count of the intervals, independent of the binary search.
#[test]
fn exactly_one_controller_every_day_to_today() {
    let today = today();
    for unit in territories().iter() {
        let mut d = unit.first_day();
        assert!(unit.controller_at(d.plus(-1)).is_none(), "{}", unit.id);
        while d <= today {
            let holders = unit.control.iter().filter(|c| c.contains(d)).count();
            assert_eq!(holders, 1, "{} on {d}: {holders} controllers", unit.id);
            let found = unit.controller_at(d).expect("controller");
            assert!(found.contains(d));
            d = d.plus(1);
        }
        assert!(unit.control.last().unwrap().until.is_none(), "{}", unit.id);
    }
}

#[test]
fn every_event_exists_in_events_json() {
    let path = geodata("events.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}): the event ids of territories and claims cannot be checked",
            path.display()
        )
    });
    let events: serde_json::Value = serde_json::from_str(&text).expect("events.json is JSON");
    let ids: HashSet<&str> = events
        .as_array()
        .expect("events.json is an array")
        .iter()
        .filter_map(|e| e["id"].as_str())
        .collect();
    let mut missing = Vec::new();
    for unit in territories().iter() {
        for c in &unit.control {
            if !ids.contains(c.event.as_str()) {
                missing.push(format!("{} ({})", c.event, unit.id));
            }
        }
    }
    for c in claims().iter() {
        if !ids.contains(c.event.as_str()) {
            missing.push(format!("{} ({})", c.event, c.id));
        }
    }
    assert!(missing.is_empty(), "events not in events.json: {missing:?}");
}

/// (what, lon, lat, date, unit, party, kind)
type Probe = (
    &'static str,
    f64,
    f64,
    &'static str,
    &'static str,
    Option<Party>,
    Option<ControlKind>,
);

#[test]
fn points_fall_in_the_right_unit_and_hands() {
    use ControlKind::*;
    use Party::*;
    let probes: &[Probe] = &[
        (
            "Kurilsk, Iturup",
            147.88,
            45.23,
            "1900",
            "iturup",
            Some(Japan),
            None,
        ),
        (
            "Iturup",
            147.62,
            45.03,
            "1950",
            "iturup",
            Some(Russia),
            None,
        ),
        (
            "Iturup",
            147.62,
            45.03,
            "1945-08-27",
            "iturup",
            Some(Japan),
            None,
        ),
        (
            "Iturup",
            147.62,
            45.03,
            "1945-10-01",
            "iturup",
            Some(Russia),
            Some(Occupation),
        ),
        ("Iturup", 147.62, 45.03, "1800", "iturup", None, None),
        (
            "Kunashir",
            145.85,
            44.12,
            "1930",
            "kunashir",
            Some(Japan),
            None,
        ),
        (
            "Kunashir",
            145.85,
            44.12,
            "2020",
            "kunashir",
            Some(Russia),
            None,
        ),
        (
            "Shikotan",
            146.75,
            43.80,
            "1945-09-01",
            "shikotan",
            Some(Russia),
            Some(Occupation),
        ),
        (
            "Zeleny (Shibotsu)",
            146.136,
            43.508,
            "1945-09-02",
            "habomai",
            Some(Japan),
            None,
        ),
        (
            "Zeleny (Shibotsu)",
            146.136,
            43.508,
            "1945-09-04",
            "habomai",
            Some(Russia),
            Some(Occupation),
        ),
        (
            "Anuchina (Akiyuri)",
            146.003,
            43.369,
            "1950",
            "habomai",
            Some(Russia),
            None,
        ),
        (
            "Polonsky (Taraku)",
            146.324,
            43.631,
            "1920",
            "habomai",
            Some(Japan),
            None,
        ),
        (
            "Tanfilyev (Suisho)",
            145.917,
            43.439,
            "1920",
            "habomai",
            Some(Japan),
            None,
        ),
        (
            "Yuri",
            146.064,
            43.422,
            "1920",
            "habomai",
            Some(Japan),
            None,
        ),
        ("Urup", 150.0, 45.9, "1860", "urup", Some(Russia), None),
        ("Urup", 150.0, 45.9, "1900", "urup", Some(Japan), None),
        (
            "Shumshu",
            156.32,
            50.73,
            "1900",
            "northern-kurils",
            Some(Japan),
            None,
        ),
        (
            "Shumshu",
            156.32,
            50.73,
            "1945-08-20",
            "northern-kurils",
            Some(Russia),
            Some(Occupation),
        ),
        (
            "Paramushir",
            155.75,
            50.33,
            "1870",
            "northern-kurils",
            Some(Russia),
            None,
        ),
        (
            "Simushir",
            152.0,
            46.95,
            "1930",
            "northern-kurils",
            Some(Japan),
            None,
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1860",
            "southern-sakhalin",
            Some(Joint),
            None,
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1880",
            "southern-sakhalin",
            Some(Russia),
            None,
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1905-08",
            "southern-sakhalin",
            Some(Japan),
            Some(Occupation),
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1910",
            "southern-sakhalin",
            Some(Japan),
            None,
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1945-12",
            "southern-sakhalin",
            Some(Russia),
            Some(Occupation),
        ),
        (
            "Yuzhno-Sakhalinsk (Toyohara)",
            142.73,
            46.95,
            "1946-06",
            "southern-sakhalin",
            Some(Russia),
            None,
        ),
        (
            "Okha",
            142.93,
            53.57,
            "1860",
            "northern-sakhalin",
            Some(Joint),
            None,
        ),
        (
            "Okha",
            142.93,
            53.57,
            "1910",
            "northern-sakhalin",
            Some(Russia),
            None,
        ),
        (
            "Okha",
            142.93,
            53.57,
            "1922",
            "northern-sakhalin",
            Some(Japan),
            Some(Occupation),
        ),
        (
            "Okha",
            142.93,
            53.57,
            "1930",
            "northern-sakhalin",
            Some(Russia),
            None,
        ),
        (
            "just north of 50°N",
            142.5,
            50.05,
            "1930",
            "northern-sakhalin",
            Some(Russia),
            None,
        ),
        (
            "just south of 50°N",
            142.5,
            49.95,
            "1930",
            "southern-sakhalin",
            Some(Japan),
            None,
        ),
        (
            "Nemuro, Hokkaido",
            145.58,
            43.33,
            "1950",
            "hokkaido",
            Some(Japan),
            None,
        ),
        (
            "Petropavlovsk-Kamchatsky",
            158.65,
            53.02,
            "1950",
            "kamchatka",
            Some(Russia),
            None,
        ),
        (
            "the strip, west of Nomonhan",
            118.70,
            47.75,
            "1930",
            "khalkhin-gol-strip",
            Some(Mongolia),
            None,
        ),
        (
            "the strip, west of Nomonhan",
            118.70,
            47.75,
            "1939-07",
            "khalkhin-gol-strip",
            Some(Mongolia),
            Some(Contested),
        ),
        (
            "the strip, west of Nomonhan",
            118.70,
            47.75,
            "1950",
            "khalkhin-gol-strip",
            Some(Mongolia),
            None,
        ),
        (
            "Khamar-Daba, west bank",
            118.52,
            47.72,
            "1939-07",
            "mongolian-side",
            Some(Mongolia),
            None,
        ),
        (
            "east of Nomonhan",
            119.0,
            47.85,
            "1930",
            "manchurian-side",
            Some(China),
            None,
        ),
        (
            "east of Nomonhan",
            119.0,
            47.85,
            "1939-07",
            "manchurian-side",
            Some(Manchukuo),
            None,
        ),
        (
            "east of Nomonhan",
            119.0,
            47.85,
            "1945-10",
            "manchurian-side",
            Some(Russia),
            Some(Occupation),
        ),
        (
            "east of Nomonhan",
            119.0,
            47.85,
            "1950",
            "manchurian-side",
            Some(China),
            None,
        ),
    ];
    let t = territories();
    for &(what, lon, lat, date, unit, party, kind) in probes {
        let (found, held) = t
            .unit_at(Point::new(lon, lat), day(date))
            .unwrap_or_else(|| panic!("{what} ({lon}, {lat}) is in no unit"));
        assert_eq!(found.id, unit, "{what}");
        assert_eq!(held.map(|c| c.party), party, "{what} on {date}");
        assert_eq!(held.and_then(|c| c.kind), kind, "{what} on {date}");
    }
    for (what, lon, lat) in [
        ("Sea of Okhotsk", 148.0, 50.0),
        ("Pacific, east of Iturup", 150.0, 44.5),
        ("Nemuro Strait", 145.3, 43.85),
        ("Vladivostok (context land)", 131.9, 43.12),
    ] {
        assert!(
            t.unit_at(Point::new(lon, lat), day("1950")).is_none(),
            "{what} should be in no unit"
        );
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
fn units_of_a_theatre_do_not_overlap() {
    use geo::{Area, BooleanOps};
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

fn contains_point(g: &Geometry<f64>, lon: f64, lat: f64) -> bool {
    g.contains(&Point::new(lon, lat))
}

#[test]
fn claims_cover_what_they_claim_when_they_claim_it() {
    let c = claims();
    let ids = |d: &str| -> Vec<String> { c.active_at(day(d)).map(|c| c.id.clone()).collect() };
    assert!(ids("1860").contains(&"shimoda-border-1855".to_string()));
    assert!(!ids("1900").contains(&"shimoda-border-1855".to_string()));
    assert!(ids("1900").contains(&"st-petersburg-border-1875".to_string()));
    assert!(ids("1930").contains(&"portsmouth-50th-parallel-1905".to_string()));
    assert!(!ids("1950").contains(&"portsmouth-50th-parallel-1905".to_string()));
    assert!(ids("1958").contains(&"declaration-1956-transfer".to_string()));
    assert!(!ids("1961").contains(&"declaration-1956-transfer".to_string()));
    assert!(ids("2019").contains(&"declaration-1956-basis".to_string()));
    assert!(ids("2019").contains(&"japan-claim-four-islands".to_string()));
    let kg_1939 = ids("1939-07");
    for id in ["manchukuo-claim-khalkhin-gol", "mongolian-claim-nomonhan"] {
        assert!(kg_1939.contains(&id.to_string()), "{id} in 1939");
        assert!(!ids("1941").contains(&id.to_string()), "{id} in 1941");
    }
    assert!(ids("1950").contains(&"khalkhin-gol-demarcation-1940".to_string()));

    let get = |id: &str| -> &Claim { c.get(id).unwrap_or_else(|| panic!("no claim {id}")) };
    let four = &get("japan-claim-four-islands").geometry;
    for (what, lon, lat) in [
        ("Iturup", 147.62, 45.03),
        ("Kunashir", 145.85, 44.12),
        ("Shikotan", 146.75, 43.80),
        ("Zeleny", 146.136, 43.508),
        ("Anuchina", 146.003, 43.369),
    ] {
        assert!(contains_point(four, lon, lat), "Japan's claim lacks {what}");
    }
    assert!(
        !contains_point(four, 145.58, 43.33),
        "Japan's claim covers Nemuro"
    );
    assert!(
        !contains_point(four, 150.0, 45.9),
        "Japan's claim covers Urup"
    );
    let two = &get("declaration-1956-transfer").geometry;
    assert!(contains_point(two, 146.75, 43.80) && contains_point(two, 146.136, 43.508));
    assert!(
        !contains_point(two, 145.85, 44.12),
        "the 1956 offer covers Kunashir"
    );
    for c in c.iter() {
        match c.kind {
            ClaimKind::TreatyBorder | ClaimKind::Demarcation => assert!(c.is_line(), "{}", c.id),
            ClaimKind::Claim | ClaimKind::Proposal => {}
        }
    }
    // The 50th parallel line lies on 50°N.
    let line = &get("portsmouth-50th-parallel-1905").geometry;
    assert!(line.coords_iter().all(|p| (p.y - 50.0).abs() < 1e-9));
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

// ---------------------------------------------------------------------------------------------
// Check images

struct View {
    name: &'static str,
    date: &'static str,
    lon: (f64, f64),
    lat: (f64, f64),
    width: f64,
}

impl View {
    fn scale(&self) -> (f64, f64) {
        let k = ((self.lat.0 + self.lat.1) / 2.0).to_radians().cos();
        let sx = self.width / ((self.lon.1 - self.lon.0) * k);
        (sx * k, sx)
    }
    fn height(&self) -> f64 {
        (self.lat.1 - self.lat.0) * self.scale().1
    }
    fn xy(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (sx, sy) = self.scale();
        ((lon - self.lon.0) * sx, (self.lat.1 - lat) * sy)
    }
}

fn party_colour(p: Party) -> &'static str {
    match p {
        Party::Japan => "#d9534f",
        Party::Russia => "#3f6fc6",
        Party::China => "#e0b400",
        Party::Manchukuo => "#e07b20",
        Party::Mongolia => "#3c9a4a",
        Party::Joint => "#9b59b6",
    }
}

fn path_of(view: &View, g: &Geometry<f64>) -> String {
    let mut d = String::new();
    let mut line = |pts: &mut dyn Iterator<Item = geo::Coord<f64>>, close: bool| {
        for (i, c) in pts.enumerate() {
            let (x, y) = view.xy(c.x, c.y);
            d.push_str(&format!("{}{x:.1},{y:.1}", if i == 0 { "M" } else { "L" }));
        }
        if close {
            d.push('Z');
        }
    };
    match g {
        Geometry::MultiPolygon(mp) => {
            for p in &mp.0 {
                line(&mut p.exterior().coords().copied(), true);
                for r in p.interiors() {
                    line(&mut r.coords().copied(), true);
                }
            }
        }
        Geometry::Polygon(p) => {
            line(&mut p.exterior().coords().copied(), true);
            for r in p.interiors() {
                line(&mut r.coords().copied(), true);
            }
        }
        Geometry::LineString(l) => line(&mut l.coords().copied(), false),
        Geometry::MultiLineString(ml) => {
            for l in &ml.0 {
                line(&mut l.coords().copied(), false);
            }
        }
        _ => {}
    }
    d
}

fn draw(view: &View, t: &Territories, c: &Claims, b: &Base) -> String {
    let d = day(view.date);
    let (w, h) = (view.width, view.height());
    let mut svg = format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w:.0}" height="{h:.0}" viewBox="0 0 {w:.0} {h:.0}" font-family="sans-serif"><rect width="100%" height="100%" fill="#dceaf5"/>"##
    );
    for f in b.layer(BaseLayer::Land) {
        svg += &format!(
            r##"<path d="{}" fill="#eeeae0" stroke="#b9b3a3" stroke-width="0.6"/>"##,
            path_of(view, &f.geometry)
        );
    }
    for (unit, held) in t.at(d) {
        let (fill, opacity, dash) = match held {
            None => ("#aaaaaa", 0.6, ""),
            Some(ci) => match ci.kind {
                None => (party_colour(ci.party), 0.75, ""),
                Some(ControlKind::Occupation) => {
                    (party_colour(ci.party), 0.4, r#" stroke-dasharray="4 2""#)
                }
                Some(ControlKind::Contested) => {
                    (party_colour(ci.party), 0.25, r#" stroke-dasharray="1 2""#)
                }
            },
        };
        svg += &format!(
            r##"<path d="{}" fill="{fill}" fill-opacity="{opacity}" fill-rule="evenodd" stroke="#333" stroke-width="0.5"{dash}/>"##,
            path_of(view, &Geometry::MultiPolygon(unit.geometry.clone()))
        );
    }
    for f in b.layer(BaseLayer::Lake) {
        svg += &format!(
            r##"<path d="{}" fill="#a9cbe6" stroke="#5a8fbf" stroke-width="0.6"/>"##,
            path_of(view, &f.geometry)
        );
    }
    for f in b.layer(BaseLayer::River) {
        svg += &format!(
            r##"<path d="{}" fill="none" stroke="#2f7fd0" stroke-width="2"/>"##,
            path_of(view, &f.geometry)
        );
    }
    for f in b.layer(BaseLayer::Boundary) {
        svg += &format!(
            r##"<path d="{}" fill="none" stroke="#555" stroke-width="1" stroke-dasharray="6 3"/>"##,
            path_of(view, &f.geometry)
        );
    }
    for claim in c.active_at(d) {
        let colour = party_colour(claim.party);
        let style = if claim.is_line() {
            format!(r#"fill="none" stroke="{colour}" stroke-width="3" stroke-opacity="0.85""#)
        } else {
            format!(
                r#"fill="{colour}" fill-opacity="0.08" stroke="{colour}" stroke-width="2" stroke-dasharray="8 4""#
            )
        };
        svg += &format!(
            r#"<path d="{}" {style}><title>{}</title></path>"#,
            path_of(view, &claim.geometry),
            claim.id
        );
    }
    for unit in t.iter() {
        if let Some(p) = largest(&unit.geometry).and_then(|p| p.interior_point()) {
            if p.x() > view.lon.0 && p.x() < view.lon.1 && p.y() > view.lat.0 && p.y() < view.lat.1
            {
                let (x, y) = view.xy(p.x(), p.y());
                svg += &format!(
                    r##"<text x="{x:.0}" y="{y:.0}" font-size="11" fill="#111" text-anchor="middle">{}</text>"##,
                    unit.id
                );
            }
        }
    }
    let legend: Vec<String> = c.active_at(d).map(|c| c.id.clone()).collect();
    svg += &format!(
        r##"<text x="8" y="18" font-size="15" fill="#000">{} — {} (claims: {})</text></svg>"##,
        view.name,
        view.date,
        legend.join(", ")
    );
    svg
}

fn largest(mp: &MultiPolygon<f64>) -> Option<&geo::Polygon<f64>> {
    use geo::Area;
    mp.0.iter()
        .max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))
}

#[test]
fn draws_check_images() {
    let (t, c, b) = (territories(), claims(), base());
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/check");
    std::fs::create_dir_all(&dir).unwrap();
    let views = [
        View {
            name: "overview",
            date: "1930",
            lon: LON,
            lat: LAT,
            width: 1400.0,
        },
        View {
            name: "kurils",
            date: "1900",
            lon: (144.3, 157.2),
            lat: (42.9, 51.3),
            width: 1200.0,
        },
        View {
            name: "kurils",
            date: "1958",
            lon: (144.3, 157.2),
            lat: (42.9, 51.3),
            width: 1200.0,
        },
        View {
            name: "four-islands",
            date: "2019",
            lon: (144.8, 149.3),
            lat: (42.9, 45.9),
            width: 1100.0,
        },
        View {
            name: "habomai",
            date: "1958",
            lon: (145.3, 147.1),
            lat: (43.25, 44.05),
            width: 1200.0,
        },
        View {
            name: "vries",
            date: "1860",
            lon: (148.3, 150.0),
            lat: (44.9, 46.1),
            width: 900.0,
        },
        View {
            name: "lopatka",
            date: "1900",
            lon: (155.5, 157.2),
            lat: (50.3, 51.2),
            width: 900.0,
        },
        View {
            name: "sakhalin",
            date: "1922",
            lon: (140.8, 145.8),
            lat: (45.6, 54.6),
            width: 800.0,
        },
        View {
            name: "sakhalin",
            date: "1945-12",
            lon: (140.8, 145.8),
            lat: (45.6, 54.6),
            width: 800.0,
        },
        View {
            name: "khalkhin-gol",
            date: "1939-07",
            lon: (117.3, 120.3),
            lat: (46.8, 48.6),
            width: 1200.0,
        },
        View {
            name: "khalkhin-gol",
            date: "1950",
            lon: (117.3, 120.3),
            lat: (46.8, 48.6),
            width: 1200.0,
        },
    ];
    for v in &views {
        let svg = draw(v, &t, &c, &b);
        let stem = format!("{}-{}", v.name, v.date);
        let svg_path = dir.join(format!("{stem}.svg"));
        std::fs::write(&svg_path, svg).unwrap();
        // PNG for eyes; skipped quietly where rsvg-convert is not installed.
        let _ = std::process::Command::new("rsvg-convert")
            .arg("-o")
            .arg(dir.join(format!("{stem}.png")))
            .arg(&svg_path)
            .status();
    }
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
fn area_claims_list_exactly_the_units_they_cover() {
    let t = territories();
    for claim in claims().iter() {
        let covered: Vec<String> = match &claim.geometry {
            Geometry::Polygon(_) | Geometry::MultiPolygon(_) => t
                .iter()
                .filter(|u| {
                    let (lon, lat) = u.label.unwrap();
                    claim.geometry.contains(&Point::new(lon, lat))
                })
                .map(|u| u.id.clone())
                .collect(),
            _ => Vec::new(),
        };
        assert_eq!(claim.units, covered, "{}", claim.id);
    }
    let four = claims()
        .get("japan-claim-four-islands")
        .unwrap()
        .units
        .clone();
    assert_eq!(four, ["iturup", "kunashir", "shikotan", "habomai"]);
}
