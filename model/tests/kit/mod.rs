//! What the native tests share: the committed data read once, days and a fixed "today",
//! arbitrary text and JSON for the property tests, and the editing of a data file's JSON.
//!
//! A test file declares `mod kit;` (a test folder's `main.rs`: `#[path = "../kit/mod.rs"]`) and
//! uses the part it needs, so the rest is dead code in that file's crate. The app's
//! `tests/assemble/` takes [`arbitrary`], [`days`] and [`edit`] by path: those three use nothing
//! but the model, `proptest` and `serde_json`. The model's unit tests, inside the crate, build
//! their events and sources with `src/fixtures.rs`.
#![allow(dead_code)]

pub mod arbitrary;
pub mod data;
pub mod days;
pub mod edit;
