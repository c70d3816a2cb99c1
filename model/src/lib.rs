//! The pure model of Frontier Atlas: no browser, no I/O beyond parsing text handed to it.
//!
//! - [`date`]: dates that keep their precision, and day numbers for the timeline.
//! - [`record`]: the dated events and the documents they quote, with timeline queries.
//! - [`territory`]: territory units and who controlled them when.
//! - [`claim`]: lines and areas asserted, proposed or agreed.
//! - [`geometry`]: parties, names, loading errors and the context (base) layers.
//! - `geojson_read`: reading GeoJSON features into typed properties and `geo` geometries.
//! - [`viewport`], [`labels`], [`status`]: the map's pan and zoom, label placement, and what
//!   each territory shows on a day.

pub mod claim;
pub mod date;
pub(crate) mod geojson_read;
pub mod geometry;
pub mod labels;
pub mod link;
pub mod projection;
pub mod record;
pub mod scene;
pub mod status;
pub mod territory;
pub mod timeline;
pub mod viewport;

pub use claim::{Claim, ClaimKind, Claims};
pub use date::{Date, DateError, Day, Precision};
pub use geometry::{Base, BaseFeature, BaseLayer, DataError, Names, Party};
pub use record::{Basis, Citation, Event, Kind, Record, RecordError, Region, Source};
pub use territory::{ControlInterval, ControlKind, Territories, Territory};
