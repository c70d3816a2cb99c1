//! The URL as the atlas's shared state, owned here alone: read at start and on back/forward
//! (parsed and checked by `atlas_model::link`), and written as [`Ui`]'s actions ask
//! ([`UrlStep`]): at once as a new entry or in place, or once a movement rests — each history
//! write costs time, and browsers throttle frequent ones. Parameters and a `#fragment` the
//! atlas does not own are kept.

use crate::state::{Ui, UrlStep};
use atlas_model::link::{LinkState, Notice};
use leptos::prelude::*;

/// How long the date must rest before the URL follows it, in milliseconds.
const REST_MS: u32 = 250;

/// Applies the URL to the state now and on every back/forward, and writes the state to the
/// URL whenever an action asks for it. Called once by the page.
pub fn sync(ui: Ui) {
    apply(ui);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = window_event_listener(leptos::ev::popstate, move |_| apply(ui));
    }
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
    let pairs = read();
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
                Notice::new("notice.link-out-of-range")
                    .date("date", date)
                    .date("first", atlas.first_day.date())
                    .date("last", atlas.today.date())
                    .date("shown", shown.date()),
            );
        }
    }
    ui.apply_link(&link);
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

/// The query's key/value pairs, percent-decoded by the browser.
fn read() -> Vec<(String, String)> {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
            return Vec::new();
        };
        let mut pairs = Vec::new();
        for entry in js_sys::try_iter(&params)
            .ok()
            .flatten()
            .into_iter()
            .flatten()
        {
            let Ok(entry) = entry else { continue };
            let pair = js_sys::Array::from(&entry);
            if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
                pairs.push((k, v));
            }
        }
        pairs
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Vec::new()
    }
}

/// Writes the state into the current URL's query, keeping other parameters and the fragment,
/// as a new history entry (`push`) or in place. Nothing is written when nothing changed.
#[cfg(target_arch = "wasm32")]
fn write(link: &LinkState, ui: Ui, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), location) = (window.history(), window.location()) else {
        return;
    };
    let search = location.search().unwrap_or_default();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return;
    };
    for key in LinkState::KEYS {
        params.delete(key);
    }
    for (k, v) in link.to_pairs(&ui.atlas().config) {
        params.append(k, &v);
    }
    let query = String::from(params.to_string());
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    if query == search {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let url = format!("{path}{query}{}", location.hash().unwrap_or_default());
    let state = wasm_bindgen::JsValue::NULL;
    // Embedded, the atlas shares its history with the page around it: it replaces its entry.
    let _ = if push && !ui.embed.get_untracked() {
        history.push_state_with_url(&state, "", Some(&url))
    } else {
        history.replace_state_with_url(&state, "", Some(&url))
    };
}

#[cfg(not(target_arch = "wasm32"))]
fn write(_link: &LinkState, _ui: Ui, _push: bool) {}
