//! The query string as the atlas's shared state: read at start and on back/forward, written on
//! every change. Parsing and checking are the model's (`atlas_model::link`); this is the glue to
//! the browser's `URLSearchParams` and `History`.

use atlas_model::link::LinkState;

/// The query's key/value pairs, percent-decoded by the browser.
pub fn read() -> Vec<(String, String)> {
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

/// The query string of a state, starting with `?` (empty for the default state).
pub fn query(state: &LinkState) -> String {
    let pairs = state.to_pairs();
    if pairs.is_empty() {
        return String::new();
    }
    #[cfg(target_arch = "wasm32")]
    {
        if let Ok(params) = web_sys::UrlSearchParams::new() {
            for (k, v) in &pairs {
                params.append(k, v);
            }
            return format!("?{}", String::from(params.to_string()));
        }
    }
    // Keys and values of the link are ASCII without reserved characters.
    let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    format!("?{}", joined.join("&"))
}

#[cfg(target_arch = "wasm32")]
fn write(state: &LinkState, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(history) = window.history() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    let url = format!("{path}{}", query(state));
    let current = format!("{path}{}", window.location().search().unwrap_or_default());
    if url == current {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

#[cfg(not(target_arch = "wasm32"))]
fn write(_state: &LinkState, _push: bool) {}

/// A new history entry (a choice the reader may want to go back from).
pub fn push(state: &LinkState) {
    write(state, true);
}

/// Updates the current entry (the slider moving).
pub fn replace(state: &LinkState) {
    write(state, false);
}
