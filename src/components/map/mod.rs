//! The map: territories filled by who held them at the current date, claims, context land and
//! labels, with pan and zoom, view presets, a legend and territory tooltips.
//!
//! [`MapView`] builds the [`context::MapContext`] its parts share; the pointer, wheel and key
//! handling is in `pan_zoom` (its behaviour in `atlas_model::gesture`).

mod claims;
mod context;
mod controls;
mod covers;
mod labels;
mod legend;
mod pan_zoom;
mod patterns;
mod territories;
mod tooltip;
mod view;
mod wheel_hint;

pub use context::MapContext;
pub use legend::{hatch_key, no_holder_words};
pub use view::MapView;
