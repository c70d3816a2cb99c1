//! Why a geography or configuration file could not be loaded. Loading never panics.

use std::fmt;

/// Why a data file could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DataError {
    /// The text is not GeoJSON (or, for `atlas.json`, not JSON) at all.
    NotGeoJson(String),
    /// The GeoJSON is not a FeatureCollection.
    NotFeatureCollection,
    /// One feature or entry is wrong; `feature` is its id, or `#index` when it has none.
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
