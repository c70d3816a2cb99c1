//! The map as shown, as a file: the model's [`Picture`] of what the page shows (the day, the
//! side, the map's view, the reader's language), written as a self-contained SVG or painted
//! into a canvas for a PNG.

use crate::components::map::{hatch_key, no_holder_words, MapContext};
use crate::platform::{canvas, download};
use crate::state::Ui;
use atlas_model::key::{self, Key};
use atlas_model::picture::{Captions, Picture};
use atlas_model::ClaimKind;
use leptos::prelude::*;

/// The picture's words in the reader's language: the heading (atlas, date, event), whose view
/// it is, the credits and the legend's words.
fn captions(ui: Ui) -> Captions {
    let atlas = ui.atlas();
    let side = ui.now.side.get_untracked();
    let t = |key: Key| untrack(|| ui.t(key));
    let event = ui
        .shown
        .get_untracked()
        .and_then(|i| atlas.event(i))
        .map(|e| untrack(|| ui.i18n.title(e).0));
    let side_words = side.map(|p| {
        let party = ui.now.names.with_untracked(|n| n.in_text(p).to_string());
        untrack(|| ui.i18n.fill(key::LEGEND_SIDE, &[("party", &party)]))
    });
    Captions {
        atlas: t(key::HEADER_TITLE),
        date: untrack(|| ui.i18n.date(ui.day.get_untracked().date())),
        event,
        side: side_words,
        credits: t(key::MAP_ATTRIBUTION),
        // The same words as the live legend's.
        no_holder: untrack(|| no_holder_words(ui)),
        occupation: t(hatch_key(false, side.is_some())),
        contested: t(hatch_key(true, side.is_some())),
        disputed: t(key::LEGEND_DISPUTED),
        kinds: ClaimKind::ALL.map(|k| t(key::of_claim_kind(k))),
        boundary: t(key::LEGEND_BOUNDARY_TODAY),
    }
}

/// Hands the picture of what the map on the page shows to `use_it`; `None` if there is no map.
pub fn with_picture<R>(use_it: impl FnOnce(&Picture) -> R) -> Option<R> {
    let map = MapContext::on_page()?;
    let ui = map.ui();
    let viewport = map.viewport.try_get_untracked()?;
    let atlas = ui.atlas();
    let moment = ui.now.moment.try_get_untracked()?;
    let names = ui.now.names.try_get_untracked()?;
    let lang = ui.lang.get_untracked();
    let picture = Picture::new(&atlas, &moment, &names, lang, &viewport, captions(ui));
    Some(use_it(&picture))
}

/// Offers the map as shown as a PNG file, at twice the pixels of the screen; `false` if there
/// is no map to draw.
pub fn download_png(file_name: &str) -> bool {
    with_picture(|p| canvas::paint(p, 2.0))
        .flatten()
        .and_then(|canvas| canvas.to_data_url_with_type("image/png").ok())
        .is_some_and(|url| download::address(file_name, &url))
}

/// Offers the map as shown as an SVG file; `false` if there is no map to draw.
pub fn download_svg(file_name: &str) -> bool {
    with_picture(|p| p.to_svg()).is_some_and(|svg| download::text(file_name, &svg, "image/svg+xml"))
}
