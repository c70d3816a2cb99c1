//! What the geography files share: parties, names, the loading error and the context (base)
//! layers.
//!
//! The files are `geodata/territories.geojson`, `geodata/claims.geojson` and
//! `geodata/base.geojson` (see `geodata/README.md`). Coordinates are longitude/latitude (WGS 84).

use crate::geojson_read::read_features;
use geo::{Geometry, MultiPolygon};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A state that controlled land or asserted a line. Russia is one party across the Empire, the
/// USSR and the Federation; China across the Qing, the Republic and the People's Republic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Party {
    Japan,
    Russia,
    China,
    Manchukuo,
    Mongolia,
    /// Both sides together: Sakhalin held in common by Japan and Russia (1855–1875), or a line
    /// that both sides agreed (a treaty border, a demarcation).
    Joint,
}

impl Party {
    pub const ALL: [Party; 6] = [
        Party::Japan,
        Party::Russia,
        Party::China,
        Party::Manchukuo,
        Party::Mongolia,
        Party::Joint,
    ];

    /// The key used in the data files ("japan", …).
    pub fn key(self) -> &'static str {
        match self {
            Party::Japan => "japan",
            Party::Russia => "russia",
            Party::China => "china",
            Party::Manchukuo => "manchukuo",
            Party::Mongolia => "mongolia",
            Party::Joint => "joint",
        }
    }

    /// An English label that fits every period (the state changed its name, not its identity).
    pub fn label_en(self) -> &'static str {
        match self {
            Party::Japan => "Japan",
            Party::Russia => "Russia / USSR",
            Party::China => "China",
            Party::Manchukuo => "Manchukuo (Japan)",
            Party::Mongolia => "Mongolia",
            Party::Joint => "Japan and Russia jointly",
        }
    }
}

/// A name in the atlas's three languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub en: String,
    pub ja: String,
    pub ru: String,
}

impl Names {
    pub(crate) fn check(&self) -> Result<(), String> {
        for (lang, text) in [("en", &self.en), ("ja", &self.ja), ("ru", &self.ru)] {
            if text.trim().is_empty() {
                return Err(format!("its {lang} name is empty"));
            }
        }
        Ok(())
    }
}

/// Why a geography file could not be loaded. Loading never panics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The text is not GeoJSON at all.
    NotGeoJson(String),
    /// The GeoJSON is not a FeatureCollection.
    NotFeatureCollection,
    /// One feature is wrong; `feature` is its id, or `#index` when it has none.
    Feature { feature: String, problem: String },
    /// Two features have the same id.
    DuplicateId(String),
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::NotGeoJson(e) => write!(f, "not GeoJSON: {e}"),
            DataError::NotFeatureCollection => write!(f, "the GeoJSON is not a FeatureCollection"),
            DataError::Feature { feature, problem } => write!(f, "feature {feature}: {problem}"),
            DataError::DuplicateId(id) => write!(f, "two features have the id “{id}”"),
        }
    }
}

impl std::error::Error for DataError {}

impl DataError {
    pub(crate) fn feature(feature: &str, problem: impl Into<String>) -> DataError {
        DataError::Feature {
            feature: feature.to_string(),
            problem: problem.into(),
        }
    }
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

/// Which layer of the context map a base feature belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BaseLayer {
    /// Natural Earth land outside the territory units (drawn under them).
    Land,
    /// The Khalkhin Gol.
    River,
    /// Today's Mongolia–China boundary around the battle area.
    Boundary,
    /// Buir Nur.
    Lake,
}

/// A context feature of `geodata/base.geojson`.
#[derive(Clone, Debug, PartialEq)]
pub struct BaseFeature {
    pub layer: BaseLayer,
    pub name: Option<String>,
    pub geometry: Geometry<f64>,
}

#[derive(Deserialize)]
struct BaseProps {
    layer: BaseLayer,
    #[serde(default)]
    name: Option<String>,
}

/// The context layers: land, river, boundary, lake.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Base {
    pub features: Vec<BaseFeature>,
}

impl Base {
    pub fn from_geojson(text: &str) -> Result<Base, DataError> {
        let raw = read_features::<BaseProps>(text, |_| None)?;
        let features = raw
            .into_iter()
            .map(|f| BaseFeature {
                layer: f.props.layer,
                name: f.props.name,
                geometry: f.geometry,
            })
            .collect();
        Ok(Base { features })
    }

    pub fn layer(&self, layer: BaseLayer) -> impl Iterator<Item = &BaseFeature> {
        self.features.iter().filter(move |f| f.layer == layer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_keys_match_serde() {
        for p in Party::ALL {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.key()));
            let back: Party = serde_json::from_str(&json).unwrap();
            assert_eq!(back, p);
        }
        assert!(serde_json::from_str::<Party>("\"Japan\"").is_err());
    }

    #[test]
    fn empty_names_are_reported() {
        let n = Names {
            en: "Urup".into(),
            ja: " ".into(),
            ru: "Уруп".into(),
        };
        assert_eq!(n.check().unwrap_err(), "its ja name is empty");
    }

    #[test]
    fn base_reads_layers_and_rejects_unknown_ones() {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"layer":"river","name":"Khalkhin Gol"},
           "geometry":{"type":"LineString","coordinates":[[118.5,47.6],[118.4,47.9]]}},
          {"type":"Feature","properties":{"layer":"land","name":null},
           "geometry":{"type":"Polygon","coordinates":[[[118,47],[119,47],[119,48],[118,47]]]}}]}"#;
        let base = Base::from_geojson(text).unwrap();
        assert_eq!(base.layer(BaseLayer::River).count(), 1);
        assert_eq!(base.features[1].name, None);
        let bad = text.replace("\"river\"", "\"road\"");
        assert!(matches!(
            Base::from_geojson(&bad),
            Err(DataError::Feature { .. })
        ));
    }

    #[test]
    fn not_geojson_and_not_a_collection_are_errors() {
        assert!(matches!(
            Base::from_geojson("{"),
            Err(DataError::NotGeoJson(_))
        ));
        let point = r#"{"type":"Point","coordinates":[1,2]}"#;
        assert_eq!(
            Base::from_geojson(point),
            Err(DataError::NotFeatureCollection)
        );
    }

    #[test]
    fn coordinates_off_the_globe_are_errors() {
        let text = r#"{"type":"FeatureCollection","features":[
          {"type":"Feature","properties":{"layer":"river"},
           "geometry":{"type":"LineString","coordinates":[[218.5,47.6],[118.4,47.9]]}}]}"#;
        let err = Base::from_geojson(text).unwrap_err();
        assert!(
            err.to_string().contains("not a longitude/latitude"),
            "{err}"
        );
    }
}
