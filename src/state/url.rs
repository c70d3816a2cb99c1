//! The URL as the atlas's shared state, owned here alone: read at start and on back/forward
//! (parsed and checked by `atlas_model::link`), and written as [`Ui`]'s actions ask
//! ([`UrlStep`]): at once as a new entry or in place, or once a movement rests — each history
//! write costs time, and browsers throttle frequent ones. Parameters and a `#fragment` the
//! atlas does not own are kept.

use super::{Ui, UrlStep};
use crate::platform::location;
use atlas_model::key;
use atlas_model::link::{LinkState, Notice};
use leptos::prelude::*;

/// How long the date must rest before the URL follows it, in milliseconds.
const REST_MS: u32 = 250;

/// Applies the URL to the state now and on every back/forward, and writes the state to the
/// URL whenever an action asks for it. Called once by the page.
pub fn sync(ui: Ui) {
    apply(ui);
    location::on_history_move(move || apply(ui));
    let waiting = StoredValue::new_local(None::<gloo::timers::callback::Timeout>);
    Effect::new(move |_| {
        ui.url_step.track();
        let Some(step) = ui.url_step.try_update_untracked(Option::take).flatten() else {
            return;
        };
        // A write now makes one waiting for rest needless: it carries the same state.
        waiting.set_value(None);
        match step {
            UrlStep::WhenRested => {
                let timeout = gloo::timers::callback::Timeout::new(REST_MS, move || {
                    // The page may have been taken down meanwhile.
                    if waiting.try_set_value(None).is_none() {
                        write(&ui.link(), ui, false);
                    }
                });
                waiting.set_value(Some(timeout));
            }
            UrlStep::Replace => write(&ui.link(), ui, false),
            UrlStep::Push => write(&ui.link(), ui, true),
        }
    });
}

/// Reads the URL's query and applies it; what could not be used becomes a notice.
fn apply(ui: Ui) {
    let atlas = ui.atlas();
    let pairs = location::query_pairs();
    let (link, mut notices) = LinkState::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &atlas.record,
        &atlas.config,
    );
    // A date the slider cannot reach is moved to the nearest end, and the reader is told.
    if let Some(date) = link.date {
        let day = date.first_day();
        let shown = atlas.clamp(day);
        if shown != day {
            notices.push(
                Notice::new(key::NOTICE_LINK_OUT_OF_RANGE)
                    .date("date", date)
                    .date("first", atlas.first_day.date())
                    .date("last", atlas.today.date())
                    .date("shown", shown.date()),
            );
        }
    }
    ui.apply_link(&link);
    match link.lesson.clone() {
        Some(id) => ui.follow_linked_lesson(id, link.step, link.date.is_some()),
        None => ui.lessons.run.set(None),
    }
    // A side that did not exist on the day the link shows: the map as it was, and a word why
    // (the side stays chosen, for the days it existed).
    notices.extend(link.absent_side_notice(&atlas.config, ui.day.get_untracked()));
    if !notices.is_empty() {
        ui.notices.update(|n| {
            for notice in notices {
                if !n.contains(&notice) {
                    n.push(notice);
                }
            }
        });
    }
}

/// Writes the state into the current URL's query, keeping other parameters and the fragment,
/// as a new history entry (`push`) or in place.
fn write(link: &LinkState, ui: Ui, push: bool) {
    let pairs = link.to_pairs(&ui.atlas().config);
    // Embedded, the atlas shares its history with the page around it: it replaces its entry.
    location::write_query(&LinkState::KEYS, &pairs, push && !ui.embed.get_untracked());
}

/// The language a link names, read before the data has loaded (the page's first words).
pub fn linked_lang() -> Option<atlas_model::Lang> {
    location::query_value("lang").and_then(|l| atlas_model::Lang::from_key(&l))
}

/// The data checker's language, written into its link (in place: no new history entry).
pub fn write_check_lang(lang: atlas_model::Lang) {
    location::write_query(&["lang"], &[("lang", lang.key().to_string())], false);
}
