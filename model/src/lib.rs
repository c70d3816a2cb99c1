//! The pure model of Frontier Atlas: no browser, no I/O beyond parsing text handed to it.
//!
//! Reading the data:
//! - [`config`]: `atlas.json`, the views (theatres), the [`party`] table and the eras.
//! - [`record`]: `events.json` and `sources.json`, the dated events and the documents they
//!   quote, with timeline queries; [`filter`] narrows the event list.
//! - [`territory`], [`claim`], [`base`]: the GeoJSON files (read by `geojson_read`), checked.
//! - [`date`], [`text`], [`error`]: dates that keep their precision, words in three languages,
//!   why a file could not be loaded; [`words`]: the interface's words and dates in each language,
//!   read from a language's [`catalog`], by the [`key`]s checked when the atlas is built.
//!
//! Drawing and moving through it:
//! - [`atlas`]: everything read, checked and projected once; [`moment`]: what one day shows
//!   (each unit's status, each side's view, the claims in force, the parties' names);
//!   [`changes`]: what differs between two moments (two dates, or two sides), unit by unit.
//! - [`status`]: what each territory shows on a day; [`perspective`]: what each party held
//!   it to be; [`scene`]: everything projected once
//!   ([`projection`]); [`labels`]: label placement; [`picture`]: the map of a day as a
//!   picture for a file (SVG, and the data the app paints a PNG from).
//! - [`viewport`]: which part of the map is on screen; [`gesture`]: how pointers, the wheel and
//!   keys move it.
//! - [`timeline`]: the slider's scale, typed dates; [`link`]: the state as a URL query;
//!   [`rows`]: which rows of a long list are drawn.

pub mod atlas;
pub mod base;
pub mod catalog;
pub mod changes;
pub mod check;
pub mod claim;
pub mod config;
pub mod date;
pub mod embed;
pub mod error;
pub mod filter;
pub(crate) mod geojson_read;
pub mod gesture;
pub mod glossary;
pub mod holding;
pub mod key;
pub mod labels;
pub mod lesson;
pub mod link;
pub mod moment;
pub mod outline;
pub mod party;
pub mod perspective;
pub mod picture;
pub mod projection;
pub mod record;
pub mod rows;
pub mod scene;
pub mod status;
pub mod territory;
pub mod text;
pub mod timeline;
pub mod unread;
pub mod viewport;
pub mod words;

#[cfg(test)]
pub(crate) mod fixtures;

pub use atlas::Atlas;
pub use base::{Base, BaseFeature, BaseLayer};
pub use changes::{ChangeKinds, Changes, UnitChange};
pub use claim::{Claim, ClaimKind, Claims};
pub use config::{AtlasConfig, ConfigError, Fill, Paint, ViewId};
pub use date::{Date, DateError, DateFault, Day, OldStyle, Precision};
pub use error::{DataError, Location, Problem, Read, Severity, Unreadable};
pub use moment::{Moment, OnScreen, PartyNames};
pub use party::{Existence, Parties, Party};
pub use picture::Picture;
pub use record::{Basis, Citation, Event, Kind, Record, RecordError, Region, Source};
pub use territory::{ControlInterval, ControlKind, Territories, Territory};
pub use text::{quote, tidy, Lang, Names, Text};
pub use words::{Catalog, Dated, Words};
