//! Frontier Atlas: a teaching atlas of the Kuril Islands, Sakhalin and the Khalkhin Gol border.
//!
//! The pure model (dates, events, territories, claims, what a day shows, projection, gestures,
//! links) lives in the `atlas-model` crate; this crate is the browser app, in layers that
//! import only downward (`tests/layers.rs` holds them to it):
//!
//! 1. [`boot`]: start-up — loads `geodata/` and the reader's words, lays out the page.
//! 2. [`components`]: the features, one folder each (`map/`, `timeline/`, `events/`,
//!    `holders/`, `share/`), each with its shared context in a module of its own.
//! 3. [`state`]: the loaded atlas, the reader's state ([`state::Ui`]), what the shown day means
//!    ([`state::Shown`]), the words in the reader's language, and the URL.
//! 4. [`platform`]: browser plumbing — fetching, scheduling after paint, resizing, the
//!    document and the address; the one place with `wasm32`-only code.
// Leptos views are nested types; rendering them to HTML at build time (the first view) needs
// more depth than the default.
#![recursion_limit = "256"]

pub mod boot;
pub mod components;
pub mod platform;
pub mod state;

pub use boot::App;
