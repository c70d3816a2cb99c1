//! The test kit (`kit/`) under the name an older test file still uses.
#![allow(dead_code, unused_imports)]

#[path = "../kit/mod.rs"]
mod kit;

pub use kit::data::*;
pub use kit::days::*;
