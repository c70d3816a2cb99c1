//! Reading a GeoJSON FeatureCollection (RFC 7946) straight into typed properties and `geo`
//! geometries.
//!
//! The text goes through serde once, into the structs below; nothing is built as a generic JSON
//! tree first. Each feature is kept as raw text until its turn, so that a broken feature is
//! reported by its id. The `geojson` crate, the reference reader, checks in the tests that both
//! read every geography file the same way.

use geo::{Coord, Geometry, LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon};
use serde::de::{self, DeserializeOwned, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;
use std::fmt;

use crate::error::{message_of, DataError, Lines, Location, Problem, Severity, Unreadable, Within};
use crate::unread::{unread_properties, Fields};

/// One feature of a collection: its label for errors, where it starts in the file, its typed
/// properties and its geometry.
#[derive(Debug)]
pub(crate) struct RawFeature<P> {
    pub label: String,
    pub at: Location,
    pub props: P,
    pub geometry: Geometry<f64>,
}

#[derive(Deserialize)]
struct Collection<'a> {
    #[serde(rename = "type")]
    kind: String,
    #[serde(borrow, default)]
    features: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
struct Feature<'a> {
    #[serde(borrow, default)]
    properties: Option<&'a RawValue>,
    #[serde(borrow, default)]
    geometry: Option<&'a RawValue>,
}

/// Only the id of a feature's properties or of an entry, read first so that later problems
/// can name it.
#[derive(Deserialize)]
pub(crate) struct IdOnly {
    pub id: String,
}

/// A position: longitude, latitude and an optional altitude, which the atlas ignores.
struct Position(Coord<f64>);

impl<'de> Deserialize<'de> for Position {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PositionVisitor;
        impl<'de> Visitor<'de> for PositionVisitor {
            type Value = Position;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a position [longitude, latitude]")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Position, A::Error> {
                let x: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let y: f64 = seq
                    .next_element()?
                    .ok_or_else(|| de::Error::invalid_length(1, &self))?;
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Position(Coord { x, y }))
            }
        }
        deserializer.deserialize_seq(PositionVisitor)
    }
}

type Ring = Vec<Position>;

/// The geometry types the atlas draws. A GeometryCollection is not one of them.
#[derive(Deserialize)]
#[serde(tag = "type", content = "coordinates")]
enum GeometryIn {
    Point(Position),
    MultiPoint(Vec<Position>),
    LineString(Ring),
    MultiLineString(Vec<Ring>),
    Polygon(Vec<Ring>),
    MultiPolygon(Vec<Vec<Ring>>),
}

fn line(ring: Ring) -> LineString<f64> {
    LineString::new(ring.into_iter().map(|p| p.0).collect())
}

fn polygon(rings: Vec<Ring>) -> Result<Polygon<f64>, String> {
    let mut rings = rings.into_iter().map(line);
    let exterior = rings.next().ok_or("a polygon has no rings")?;
    Ok(Polygon::new(exterior, rings.collect()))
}

impl GeometryIn {
    fn into_geo(self) -> Result<Geometry<f64>, String> {
        Ok(match self {
            GeometryIn::Point(p) => Geometry::Point(Point(p.0)),
            GeometryIn::MultiPoint(ps) => Geometry::MultiPoint(MultiPoint::new(
                ps.into_iter().map(|p| Point(p.0)).collect(),
            )),
            GeometryIn::LineString(r) => Geometry::LineString(line(r)),
            GeometryIn::MultiLineString(rs) => {
                Geometry::MultiLineString(MultiLineString::new(rs.into_iter().map(line).collect()))
            }
            GeometryIn::Polygon(rs) => Geometry::Polygon(polygon(rs)?),
            GeometryIn::MultiPolygon(ps) => Geometry::MultiPolygon(MultiPolygon::new(
                ps.into_iter().map(polygon).collect::<Result<_, _>>()?,
            )),
        })
    }
}

/// Reads every feature of a FeatureCollection with properties of type `P`; `id_of` names a
/// feature in later error messages. A feature that cannot be read is left out, with a problem
/// saying where it is; a text that is not a FeatureCollection is `Err`.
pub(crate) fn read_features<P: DeserializeOwned>(
    text: &str,
    fields: Fields,
    id_of: impl Fn(&P) -> Option<&str>,
) -> Result<(Vec<RawFeature<P>>, Vec<Problem>), Unreadable> {
    let collection: Collection = serde_json::from_str(text).map_err(|e| Unreadable {
        at: Location::of_error(&e),
        error: DataError::NotGeoJson(message_of(&e)),
    })?;
    let start = Location { line: 1, column: 1 };
    let features = match (collection.kind.as_str(), collection.features) {
        ("FeatureCollection", Some(features)) => features,
        ("FeatureCollection", None) => {
            return Err(Unreadable {
                at: start,
                error: DataError::NotGeoJson("a FeatureCollection without \"features\"".into()),
            })
        }
        _ => {
            return Err(Unreadable {
                at: start,
                error: DataError::NotFeatureCollection,
            })
        }
    };
    let mut out = Vec::with_capacity(features.len());
    let mut problems = Vec::new();
    let mut lines = Lines::new(text);
    for (index, raw) in features.into_iter().enumerate() {
        let at = lines.of_part(raw.get());
        match read_feature(raw, (at, index), (fields, &id_of), &mut problems) {
            Ok(feature) => out.push(feature),
            Err(problem) => problems.push(problem),
        }
    }
    Ok((out, problems))
}

/// Reads one feature; a field of its properties that is left out is a warning in `warnings`.
fn read_feature<P: DeserializeOwned>(
    raw: &RawValue,
    (at, index): (Location, usize),
    (fields, id_of): (Fields, &impl Fn(&P) -> Option<&str>),
    warnings: &mut Vec<Problem>,
) -> Result<RawFeature<P>, Problem> {
    let mut label = format!("#{index}");
    let within = Within {
        at,
        part: raw.get(),
    };
    let inner = |part: &str, e: &serde_json::Error| within.of_error(part, e);
    let feature: Feature = serde_json::from_str(raw.get()).map_err(|e| {
        let at = inner(raw.get(), &e);
        Problem::error(
            at,
            DataError::feature(&label, format!("not a feature: {}", message_of(&e))),
        )
    })?;
    let props = feature
        .properties
        .ok_or_else(|| Problem::error(at, DataError::feature(&label, "it has no properties")))?;
    // Name the feature by its id, if it has one, before reporting other problems.
    if let Ok(IdOnly { id }) = serde_json::from_str(props.get()) {
        label = id;
    }
    let props_raw = props;
    let props: P = serde_json::from_str(props.get()).map_err(|e| {
        let at = inner(props.get(), &e);
        Problem::error(
            at,
            DataError::feature(&label, format!("bad properties: {}", message_of(&e))),
        )
    })?;
    if let Some(id) = id_of(&props) {
        label = id.to_string();
    }
    for (place, why) in unread_properties(within, props_raw, fields) {
        warnings.push(Problem {
            at: place,
            severity: Severity::Warning,
            error: DataError::feature(&label, why),
        });
    }
    let geometry = feature
        .geometry
        .ok_or_else(|| Problem::error(at, DataError::feature(&label, "it has no geometry")))?;
    // Placed only if something is wrong with it: a feature is often one long line.
    let geometry_at = || within.of_part(geometry.get());
    let geometry = serde_json::from_str::<GeometryIn>(geometry.get())
        .map_err(|e| (inner(geometry.get(), &e), message_of(&e)))
        .and_then(|g| g.into_geo().map_err(|e| (geometry_at(), e)))
        .map_err(|(at, e)| {
            Problem::error(at, DataError::feature(&label, format!("bad geometry: {e}")))
        })?;
    check_coordinates(&geometry)
        .map_err(|p| Problem::error(geometry_at(), DataError::feature(&label, p)))?;
    Ok(RawFeature {
        label,
        at,
        props,
        geometry,
    })
}

/// Where each feature of a collection begins, by the id of its properties (for reports about a
/// feature once it is read). Empty when the text is not a FeatureCollection.
pub(crate) fn feature_locations(text: &str) -> std::collections::HashMap<String, Location> {
    #[derive(Deserialize)]
    struct Properties<'a> {
        #[serde(borrow, default)]
        properties: Option<&'a RawValue>,
    }
    let Ok(Collection {
        features: Some(features),
        ..
    }) = serde_json::from_str::<Collection>(text)
    else {
        return Default::default();
    };
    let mut lines = Lines::new(text);
    features
        .into_iter()
        .filter_map(|raw| {
            let props = serde_json::from_str::<Properties>(raw.get())
                .ok()?
                .properties?;
            let IdOnly { id } = serde_json::from_str(props.get()).ok()?;
            Some((id, lines.of_part(raw.get())))
        })
        .collect()
}

/// Reads a FeatureCollection whose features each carry an id of their own (`id_of`): a feature
/// whose id is empty or already taken is left out with a problem, and each other one is turned
/// into a `T` by `build`, or left out with the problem `build` gives.
pub(crate) fn read_identified<P: DeserializeOwned, T>(
    text: &str,
    fields: Fields,
    id_of: impl Fn(&P) -> &str,
    mut build: impl FnMut(RawFeature<P>) -> Result<T, Problem>,
) -> Result<(Vec<T>, Vec<Problem>), Unreadable> {
    let (raw, mut problems) = read_features::<P>(text, fields, |p| Some(id_of(p)))?;
    let mut seen = std::collections::HashSet::new();
    let mut built = Vec::with_capacity(raw.len());
    for f in raw {
        let id = id_of(&f.props);
        let taken = if id.trim().is_empty() {
            Some(DataError::feature(&f.label, "its id is empty"))
        } else if !seen.insert(id.to_string()) {
            Some(DataError::DuplicateId(id.to_string()))
        } else {
            None
        };
        let result = match taken {
            Some(e) => Err(Problem::error(f.at, e)),
            None => build(f),
        };
        match result {
            Ok(value) => built.push(value),
            Err(problem) => problems.push(problem),
        }
    }
    Ok((built, problems))
}

/// A Polygon or MultiPolygon as a MultiPolygon; anything else is an error.
pub(crate) fn into_multi_polygon(geometry: Geometry<f64>) -> Result<MultiPolygon<f64>, String> {
    match geometry {
        Geometry::Polygon(p) => Ok(MultiPolygon::new(vec![p])),
        Geometry::MultiPolygon(mp) if !mp.0.is_empty() => Ok(mp),
        Geometry::MultiPolygon(_) => Err("its MultiPolygon is empty".into()),
        other => Err(format!(
            "its geometry is a {}, not a Polygon or MultiPolygon",
            geometry_name(&other)
        )),
    }
}

pub(crate) fn geometry_name(g: &Geometry<f64>) -> &'static str {
    match g {
        Geometry::Point(_) => "Point",
        Geometry::Line(_) => "Line",
        Geometry::LineString(_) => "LineString",
        Geometry::Polygon(_) => "Polygon",
        Geometry::MultiPoint(_) => "MultiPoint",
        Geometry::MultiLineString(_) => "MultiLineString",
        Geometry::MultiPolygon(_) => "MultiPolygon",
        Geometry::GeometryCollection(_) => "GeometryCollection",
        Geometry::Rect(_) => "Rect",
        Geometry::Triangle(_) => "Triangle",
    }
}

/// Longitude/latitude must be finite and on the globe.
fn check_coordinates(geometry: &Geometry<f64>) -> Result<(), String> {
    use geo::CoordsIter;
    for c in geometry.coords_iter() {
        if !(c.x.is_finite() && c.y.is_finite()) {
            return Err("a coordinate is not a finite number".into());
        }
        if !(-180.0..=180.0).contains(&c.x) || !(-90.0..=90.0).contains(&c.y) {
            return Err(format!("({}, {}) is not a longitude/latitude", c.x, c.y));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize)]
    struct Props {
        id: String,
    }

    /// The test features have only an id.
    const ANY: Fields = Fields {
        own: &["id"],
        lists: &[],
    };

    fn read(text: &str) -> Result<Vec<RawFeature<Props>>, DataError> {
        let (features, problems) = read_features::<Props>(text, ANY, |p| Some(&p.id))?;
        match problems.into_iter().next() {
            Some(p) => Err(p.error),
            None => Ok(features),
        }
    }

    fn one(geometry: &str) -> Result<Geometry<f64>, DataError> {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"a"}},"geometry":{geometry}}}]}}"#
        );
        read(&text).map(|mut f| f.remove(0).geometry)
    }

    #[test]
    fn reads_every_geometry_type_it_draws() {
        let g = one(r#"{"type":"Point","coordinates":[145.5,43.5,12.0]}"#).unwrap();
        assert_eq!(g, Geometry::Point(Point::new(145.5, 43.5)));
        let g =
            one(r#"{"coordinates":[[1,2],[3,4]],"type":"LineString","bbox":[1,2,3,4]}"#).unwrap();
        assert_eq!(g, Geometry::LineString(vec![(1.0, 2.0), (3.0, 4.0)].into()));
        let g = one(r#"{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]],[[0.2,0.2],[0.5,0.2],[0.5,0.5],[0.2,0.2]]]]}"#).unwrap();
        let Geometry::MultiPolygon(mp) = g else {
            panic!("{g:?}")
        };
        assert_eq!(mp.0.len(), 1);
        assert_eq!(mp.0[0].interiors().len(), 1);
        let g = one(r#"{"type":"MultiLineString","coordinates":[[[1,2],[3,4]],[[5,6],[7,8]]]}"#)
            .unwrap();
        assert!(matches!(g, Geometry::MultiLineString(m) if m.0.len() == 2));
    }

    #[test]
    fn problems_name_the_feature_and_never_panic() {
        let err = one(r#"{"type":"GeometryCollection","geometries":[]}"#).unwrap_err();
        assert!(
            err.to_string().starts_with("feature a: bad geometry"),
            "{err}"
        );
        let err = one(r#"{"type":"Polygon","coordinates":[]}"#).unwrap_err();
        assert!(err.to_string().contains("no rings"), "{err}");
        let err = one(r#"{"type":"Point","coordinates":[145.5]}"#).unwrap_err();
        assert!(err.to_string().contains("position"), "{err}");
        let err = one("null").unwrap_err();
        assert_eq!(err.to_string(), "feature a: it has no geometry");
        let err = read(r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"x"},"geometry":null}]}"#).unwrap_err();
        assert!(
            err.to_string().starts_with("feature #0: bad properties"),
            "{err}"
        );
        let err = read(r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":null,"geometry":null}]}"#).unwrap_err();
        assert_eq!(err.to_string(), "feature #0: it has no properties");
        assert!(matches!(
            read(r#"{"type":"FeatureCollection"}"#),
            Err(DataError::NotGeoJson(_))
        ));
        assert_eq!(
            read(r#"{"type":"Feature","properties":null,"geometry":null}"#).unwrap_err(),
            DataError::NotFeatureCollection
        );
        assert!(matches!(read("[1,2"), Err(DataError::NotGeoJson(_))));
    }

    #[test]
    fn a_bad_feature_is_left_out_alone_and_placed_in_the_file() {
        let text = "{\"type\": \"FeatureCollection\", \"features\": [\n\
            {\"type\": \"Feature\", \"properties\": {\"id\": \"a\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [1, 2]}},\n\
            {\"type\": \"Feature\", \"properties\": {\"id\": \"b\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [1e308, 2]}},\n\
            {\"type\": \"Feature\", \"properties\": {\"id\": \"c\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [3, 4]}}\n\
            ]}";
        let (features, problems) = read_features::<Props>(text, ANY, |p| Some(&p.id)).unwrap();
        let ids: Vec<&str> = features.iter().map(|f| f.props.id.as_str()).collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].at.line, 3);
        assert!(
            problems[0].error.to_string().starts_with("feature b:"),
            "{}",
            problems[0].error
        );
        assert_eq!(features[1].at, Location { line: 4, column: 1 });
    }
}
