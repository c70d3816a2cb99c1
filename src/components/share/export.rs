//! The map as shown, as a file: the model's [`Picture`] of what the page shows (the day, the
//! side, the map's view, the reader's language), written as a self-contained SVG or painted
//! into a canvas for a PNG. In a comparison, both maps side by side in one file.

use crate::components::map::{hatch_key, no_holder_words, MapContext};
use crate::platform::{canvas, download};
use crate::state::Ui;
use atlas_model::key::{self, Key};
use atlas_model::picture::{pair_svg, Captions, Picture, PAIR_GAP_PX};
use atlas_model::viewport::Viewport;
use atlas_model::{ClaimKind, Moment, PartyNames};
use leptos::prelude::*;

/// The picture's words in the reader's language: the heading (atlas, date, event), whose view
/// it is, the credits and the legend's words, for a day as `moment` shows it.
pub fn captions(ui: Ui, moment: &Moment, names: &PartyNames, event: Option<usize>) -> Captions {
    let atlas = ui.atlas();
    let side = moment.side;
    let t = |key: Key| untrack(|| ui.t(key));
    let event = event
        .and_then(|i| atlas.event(i))
        .map(|e| untrack(|| ui.i18n.title(e).0));
    let side_words = side.map(|p| {
        let party = names.in_text(p).to_string();
        untrack(|| ui.i18n.fill(key::LEGEND_SIDE, &[("party", &party)]))
    });
    Captions {
        atlas: t(key::HEADER_TITLE),
        date: untrack(|| ui.i18n.date(moment.day.date())),
        event,
        side: side_words,
        credits: t(key::MAP_ATTRIBUTION),
        // The same words as the live legend's.
        no_holder: untrack(|| no_holder_words(ui, side)),
        occupation: t(hatch_key(false, side.is_some())),
        contested: t(hatch_key(true, side.is_some())),
        disputed: t(key::LEGEND_DISPUTED),
        kinds: ClaimKind::ALL.map(|k| t(key::of_claim_kind(k))),
        boundary: t(key::LEGEND_BOUNDARY_TODAY),
    }
}

/// The least width of each map of a pair in the files, in pixels.
const PAIR_MAP_WIDTH_PX: f64 = 760.0;

/// Hands the pictures of what the maps on the page show to `use_it` — one, or in a comparison
/// the first and the second — in the frame of the map on the page; `None` if there is no map.
pub fn with_pictures<R>(use_it: impl FnOnce(&[Picture]) -> R) -> Option<R> {
    let map = MapContext::on_page()?;
    let ui = map.ui();
    let viewport = map.viewport.try_get_untracked()?;
    let atlas = ui.atlas();
    let lang = ui.lang.get_untracked();
    let comparing = ui.compare.get_untracked().is_some();
    // Each map of a pair is as narrow as its half of the screen: in the files each gets at least
    // the room of a map of its own, so its legend and heading fit beside the land.
    let viewport = if comparing {
        let (w, h) = viewport.screen;
        Viewport::new(ui.view_box.get_untracked(), w.max(PAIR_MAP_WIDTH_PX), h)
    } else {
        viewport
    };
    let mut shown = vec![(ui.now, ui.shown.get_untracked())];
    if comparing {
        shown.push((ui.then, None));
    }
    let values = shown
        .into_iter()
        .map(|(s, event)| {
            let moment = s.moment.try_get_untracked()?;
            let names = s.names.try_get_untracked()?;
            let words = captions(ui, &moment, &names, event);
            Some((moment, names, words))
        })
        .collect::<Option<Vec<_>>>()?;
    let pictures: Vec<Picture> = values
        .into_iter()
        .map(|(moment, names, words)| Picture::new(&atlas, &moment, &names, lang, &viewport, words))
        .collect();
    Some(use_it(&pictures))
}

/// Hands the picture of the first map on the page to `use_it`; `None` if there is no map.
pub fn with_picture<R>(use_it: impl FnOnce(&Picture) -> R) -> Option<R> {
    with_pictures(|pictures| pictures.first().map(use_it)).flatten()
}

/// Offers the map as shown (both maps, in a comparison) as a PNG file, at twice the pixels of
/// the screen; `false` if there is no map to draw.
pub fn download_png(file_name: &str) -> bool {
    with_pictures(|pictures| {
        let canvases: Option<Vec<_>> = pictures.iter().map(|p| canvas::paint(p, 2.0)).collect();
        canvas::side_by_side(&canvases?, PAIR_GAP_PX * 2.0)
    })
    .flatten()
    .and_then(|canvas| canvas.to_data_url_with_type("image/png").ok())
    .is_some_and(|url| download::address(file_name, &url))
}

/// Offers the map as shown (both maps, in a comparison) as an SVG file; `false` if there is no
/// map to draw.
pub fn download_svg(file_name: &str) -> bool {
    with_pictures(|pictures| match pictures {
        [one] => Some(one.to_svg()),
        [first, second] => Some(pair_svg(first, second)),
        _ => None,
    })
    .flatten()
    .is_some_and(|svg| download::text(file_name, &svg, "image/svg+xml"))
}
