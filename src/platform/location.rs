//! The page's address: its query read as key/value pairs, and written back with the history
//! API. What the parameters mean is the state layer's (`crate::state::url`).

/// The query's key/value pairs, percent-decoded by the browser, in order.
pub fn query_pairs() -> Vec<(String, String)> {
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

/// The first value of `key` in the query.
pub fn query_value(key: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}

/// Replaces the parameters named in `owned` by `pairs` in the current address, keeping every
/// other parameter and the `#fragment`, as a new history entry (`push`) or in place. Nothing is
/// written when nothing changed.
pub fn write_query(owned: &[&str], pairs: &[(&str, String)], push: bool) {
    #[cfg(target_arch = "wasm32")]
    {
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
        for key in owned {
            params.delete(key);
        }
        for (k, v) in pairs {
            params.append(k, v);
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
        let _ = if push {
            history.push_state_with_url(&state, "", Some(&url))
        } else {
            history.replace_state_with_url(&state, "", Some(&url))
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (owned, pairs, push);
}

/// Calls `f` on every back/forward move through the history.
pub fn on_history_move(f: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = leptos::prelude::window_event_listener(leptos::ev::popstate, move |_| f());
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = f;
}

/// The page's address without its query: where the atlas is served.
pub fn page_address() -> String {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .map(|w| w.location())
            .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
            .unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        String::new()
    }
}
