//! The test kit ([`kit`](../kit/mod.rs)) under the name the older test files use.
#![allow(dead_code, unused_imports)]

#[path = "../kit/mod.rs"]
mod kit;

pub use kit::data::*;
pub use kit::days::*;
