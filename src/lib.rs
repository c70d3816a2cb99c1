//! Frontier Atlas: a teaching atlas of the Kuril Islands, Sakhalin and the Khalkhin Gol border.
//!
//! The pure model (dates, events, territories, claims, projection, gestures, links) lives in
//! the `atlas-model` crate; this crate is the browser view:
//!
//! - [`data`] loads `geodata/`; [`i18n`] holds the interface's words in the reader's language; [`state`] holds the loaded [`state::Atlas`] and the shared
//!   signals ([`state::Ui`]); [`url`] alone reads and writes the URL; [`schedule`] holds
//!   back work that can follow the next frame.
//! - [`app`] lays out the page from the feature folders under [`components`]: `map/`,
//!   `timeline/`, `events/`, each with its shared context in a `context.rs` of its own.
// Leptos views are nested types; rendering them to HTML at build time (tools/postbuild) needs
// more depth than the default.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod schedule;
pub mod state;
pub mod url;

pub use app::App;
