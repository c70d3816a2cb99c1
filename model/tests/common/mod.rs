//! The test kit (`kit/`) under the name the picture tests use, with the whole atlas and the
//! English words of a picture.
#![allow(dead_code, unused_imports)]

#[path = "../kit/mod.rs"]
mod kit;

pub use kit::data::*;
pub use kit::days::*;

use atlas_model::key;
use atlas_model::picture::Captions;
use atlas_model::{Atlas, ClaimKind, Lang, Party, PartyNames, Words};

/// The whole committed atlas, with today as 1 January 2025.
pub fn atlas() -> Atlas {
    Atlas::new(
        config(),
        record(),
        territories(),
        claims(),
        base(),
        day("2025-01-01"),
    )
}

/// The English words of a picture of day `on` (as the app passes them), as `side` saw it.
pub fn captions(atlas: &Atlas, on: &str, side: Option<Party>) -> Captions {
    let words = Words::english();
    let names = PartyNames::at(&atlas.config.parties, day(on), Lang::En);
    Captions {
        atlas: words.get(key::HEADER_TITLE).into(),
        date: words.date(day(on).date()),
        event: Some("An event".into()),
        side: side.map(|p| words.fill(key::LEGEND_SIDE, &[("party", names.in_text(p))])),
        credits: words.get(key::MAP_ATTRIBUTION).into(),
        no_holder: atlas.config.unrecorded.name.get(Lang::En).into(),
        occupation: words.get(key::LEGEND_OCCUPATION).into(),
        contested: words.get(key::LEGEND_CONTESTED).into(),
        disputed: words.get(key::LEGEND_DISPUTED).into(),
        kinds: ClaimKind::ALL.map(|k| words.get(key::of_claim_kind(k)).into()),
        boundary: words.get(key::LEGEND_BOUNDARY_TODAY).into(),
    }
}
