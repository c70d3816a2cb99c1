//! Frontier Atlas: a teaching atlas of the Kuril Islands, Sakhalin and the Khalkhin Gol border.
//!
//! The pure model (dates, events, territories, claims, projection, links) lives in the
//! `atlas-model` crate; this crate is the browser view: data loading, shared state, the URL, and
//! one Leptos component per file under [`components`].

pub mod app;
pub mod components;
pub mod data;
pub mod state;
pub mod url;

pub use app::App;
