//! The context layers of `geodata/base.geojson`: land outside the territory units, the Khalkhin
//! Gol, today's Mongolia–China boundary and Buir Nur. Coordinates are longitude/latitude (WGS 84).

use crate::error::{DataError, Read, Unreadable};
use crate::geojson_read::read_features;
use crate::text::{Lang, Names};
use crate::unread::Fields;
use geo::Geometry;
use serde::{Deserialize, Serialize};

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
    /// Its English name, as GIS tools read it.
    pub name: Option<String>,
    /// Its name in the atlas's three languages.
    pub names: Option<Names>,
    pub geometry: Geometry<f64>,
}

#[derive(Deserialize)]
struct BaseProps {
    layer: BaseLayer,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    names: Option<Names>,
}

impl BaseFeature {
    /// Its name in `lang`: from `names`, else (in English) `name`.
    pub fn name_in(&self, lang: Lang) -> Option<&str> {
        match &self.names {
            Some(names) => Some(names.get(lang)),
            None if lang == Lang::En => self.name.as_deref(),
            None => None,
        }
        .filter(|n| !n.trim().is_empty())
    }
}

/// The context layers: land, river, boundary, lake.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Base {
    pub features: Vec<BaseFeature>,
}

impl Base {
    pub fn from_geojson(text: &str) -> Result<Base, DataError> {
        Base::read(text)?.strict()
    }

    /// Loads the good features; each bad one is left out with a problem saying where it is.
    pub fn read(text: &str) -> Result<Read<Base>, Unreadable> {
        let (raw, problems) = read_features::<BaseProps>(text, Fields::BASE, |_| None)?;
        let features = raw
            .into_iter()
            .map(|f| BaseFeature {
                layer: f.props.layer,
                name: f.props.name,
                names: f.props.names,
                geometry: f.geometry,
            })
            .collect();
        Ok(Read {
            value: Base { features },
            problems,
        })
    }

    pub fn layer(&self, layer: BaseLayer) -> impl Iterator<Item = &BaseFeature> {
        self.features.iter().filter(move |f| f.layer == layer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
