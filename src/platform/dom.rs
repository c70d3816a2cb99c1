//! The document and the window: the root element's attributes, the first view written at build
//! time, the reader's languages and clock, the window's width.

use atlas_model::{Day, Lang};

/// Sets an attribute of the page's root element (`<html lang>`, `data-mode`).
pub fn set_root_attribute(name: &str, value: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute(name, value);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (name, value);
}

/// Removes an attribute of the page's root element (`data-idle`).
pub fn remove_root_attribute(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.remove_attribute(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Sets the document's title (what a tab and a bookmark show).
pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
}

/// Removes the first view written into the page at build time (`[data-ui=prerender]`).
pub fn remove_first_view() {
    #[cfg(target_arch = "wasm32")]
    {
        let first = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("[data-ui=prerender]").ok().flatten());
        if let Some(first) = first {
            first.remove();
        }
    }
}

/// Puts a performance mark on the next painted frame (for the start-up measurement).
pub fn mark_next_frame(name: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = gloo::render::request_animation_frame(move |_| {
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark(name);
            }
        });
        // Keep the callback alive until it has run once.
        std::mem::forget(frame);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// The language a reader's browser asks for first among those of the atlas (English when
/// none is).
pub fn browser_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let asked = web_sys::window()
            .map(|w| w.navigator().languages())
            .map(|list| {
                list.iter()
                    .filter_map(|l| l.as_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for tag in asked {
            let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            if let Some(lang) = Lang::from_key(&primary) {
                return lang;
            }
        }
        Lang::En
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::En
    }
}

/// Today's day number, from the browser's clock (off the browser, as when the first view is
/// drawn at build time, from the system's).
pub fn today() -> Day {
    #[cfg(target_arch = "wasm32")]
    {
        Day((js_sys::Date::now() / 86_400_000.0).floor() as i32)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Day(i32::try_from(seconds / 86_400).unwrap_or(0))
    }
}

/// Whether the window has been laid out at a size (a frame hidden with `display: none` has
/// none); off the browser, yes.
pub fn window_laid_out() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_some_and(|w| w >= 1.0)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
}

/// Whether the window is wider than `px` CSS pixels (off the browser: yes, the first view is
/// drawn for a wide screen).
pub fn window_wider_than(px: f64) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.inner_width().ok())
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w > px)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = px;
        true
    }
}

/// Whether the reader's system asks for reduced motion (`prefers-reduced-motion: reduce`).
pub fn reduced_motion() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| {
                w.match_media("(prefers-reduced-motion: reduce)")
                    .ok()
                    .flatten()
            })
            .is_some_and(|m| m.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}
