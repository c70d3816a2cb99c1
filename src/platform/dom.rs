//! The document and the window: the root element's attributes, the first view written at build
//! time, the reader's languages and clock, the window's width, scrolling the page to show a part
//! of it.

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

/// Sets the root element's attribute `name` to `"true"` while `on`, and removes it otherwise:
/// what the stylesheet reads of the page's layout, on the root rather than through `:has()`,
/// whose matching the browser works out again, page-wide, at every change inside the page.
pub fn mark_root(name: &str, on: bool) {
    if on {
        set_root_attribute(name, "true");
    } else {
        remove_root_attribute(name);
    }
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

/// Tells the first view's script that the live page is in place (`atlas-live` on the window): it
/// hands what the reader did before to the live page's controls, and the focus with it.
pub fn announce_live() {
    #[cfg(target_arch = "wasm32")]
    if let (Some(window), Ok(event)) = (web_sys::window(), web_sys::Event::new("atlas-live")) {
        let _ = window.dispatch_event(&event);
    }
}

/// Puts a performance mark now (for the start-up measurement: `bench/` reads them).
pub fn mark(name: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = name;
}

/// Puts a performance mark on the next painted frame (for the start-up measurement).
pub fn mark_next_frame(name: &'static str) {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = gloo::render::request_animation_frame(move |_| mark(name));
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
        NATIVE_LANG.with(std::cell::Cell::get)
    }
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static NATIVE_LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Off the browser (the first view drawn at build time, once for each language): the language
/// [`browser_lang`] answers, as a browser asking for it first would.
#[cfg(not(target_arch = "wasm32"))]
pub fn draw_as_for(lang: Lang) {
    NATIVE_LANG.with(|l| l.set(lang));
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

/// Scrolls the page so that the element `first` finds is in view from its top down to the
/// bottom of the one `last` finds, above a bar kept at the window's bottom (`bar`, when it covers
/// the window's foot). Where both cannot be, `last` is shown whole at the foot, `first` cut at
/// its top. Nothing moves when both are already in view.
pub fn reveal(first: &str, last: &str, bar: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else {
            return;
        };
        let Some(document) = window.document() else {
            return;
        };
        let rect = |css: &str| {
            document
                .query_selector(css)
                .ok()
                .flatten()
                .map(|el| el.get_bounding_client_rect())
        };
        let (Some(first), Some(last)) = (rect(first), rect(last)) else {
            return;
        };
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        let foot = rect(bar).map_or(height, |b| b.top().min(height));
        if let Some(by) = reveal_by(first.top(), last.bottom(), foot) {
            window.scroll_by_with_x_and_y(0.0, by);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (first, last, bar);
}

/// How far to scroll down (up when negative) so that a part from `top` to `bottom` (window
/// pixels) is in view above `foot`: its top at the window's top where it fits, else its bottom
/// at the foot; `None` when it is in view already.
#[cfg(any(target_arch = "wasm32", test))]
fn reveal_by(top: f64, bottom: f64, foot: f64) -> Option<f64> {
    if top >= 0.0 && bottom <= foot {
        return None;
    }
    // Scrolling by `top` brings the top to the window's top; by `bottom - foot`, the bottom to
    // the foot. The first where it shows the bottom too.
    Some(top.max(bottom - foot))
}

#[cfg(test)]
mod tests {
    use super::reveal_by;

    #[test]
    fn the_part_is_brought_into_view_top_first() {
        // Far below: up to the part's top, its bottom in view.
        assert_eq!(reveal_by(-2000.0, -1400.0, 670.0), Some(-2000.0));
        // Taller than the view: its bottom at the foot.
        assert_eq!(reveal_by(-2000.0, -1200.0, 670.0), Some(-1870.0));
        // In view: nothing moves.
        assert_eq!(reveal_by(10.0, 600.0, 670.0), None);
        // Below the foot: down until the bottom shows.
        assert_eq!(reveal_by(400.0, 900.0, 670.0), Some(400.0));
    }
}
