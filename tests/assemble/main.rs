//! Property tests of the page's data assembly, natively: whatever the six data files hold (or
//! whether they came at all) and whatever today is, `load::assemble` returns an atlas without
//! panicking, its notices are short and cannot turn a sentence around, and the atlas answers
//! every question the page asks of it on any day, for any link. (A panic in the browser kills
//! the page.)
//!
//! [`inputs`] makes what the page may get, [`exercise`] asks what the page asks, and
//! [`properties`] puts them together. Arbitrary text and JSON, the tests' today and the editing
//! of a data file's JSON come from the model's test kit (`model/tests/kit/`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "../../model/tests/kit/arbitrary.rs"]
mod arbitrary;
#[path = "../../model/tests/kit/days.rs"]
mod days;
#[path = "../../model/tests/kit/edit.rs"]
mod edit;

mod exercise;
mod inputs;
mod properties;

use days::TODAY;
use frontier_atlas::boot::load as data;
use frontier_atlas::state::Atlas;
use std::sync::OnceLock;

/// The committed data files, in the order of [`data::PATHS`].
fn committed() -> &'static [String; 6] {
    static TEXTS: OnceLock<[String; 6]> = OnceLock::new();
    TEXTS.get_or_init(|| {
        data::PATHS.into_array().map(|file| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
    })
}

/// The atlas assembled from the committed files on the tests' today.
fn whole() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| data::assemble(committed().clone().map(Ok).into(), TODAY).0)
}
