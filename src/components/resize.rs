//! Measuring again whenever an element changes size (the map's surface, a control laid over
//! it, the event list's box).
//!
//! A `ResizeObserver` calls back once the browser has laid the page out, so reading sizes there
//! costs nothing; reading them from a script task instead (an effect after mounting, a window
//! `resize` handler, an animation frame after the legend changed) makes the browser lay out the
//! whole page then and there, and again before it paints.

/// Calls `measure` after layout whenever one of the `elements` (read once the view is mounted)
/// changes size, and once when they are first laid out.
pub fn on_resize(
    elements: impl Fn() -> Vec<web_sys::Element> + 'static,
    measure: impl Fn() + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        use wasm_bindgen::prelude::*;
        let callback = Closure::<dyn FnMut(JsValue)>::new(move |_| measure());
        let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
            return;
        };
        let held = StoredValue::new_local(Some((observer, callback)));
        Effect::new(move |_| {
            held.with_value(|held| {
                if let Some((observer, _)) = held {
                    for element in elements() {
                        observer.observe(&element);
                    }
                }
            });
        });
        on_cleanup(move || {
            if let Some(Some((observer, _))) = held.try_update_value(Option::take) {
                observer.disconnect();
            }
        });
    }
    // Off the browser (the build-time pre-render) nothing is laid out.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (elements, measure);
    }
}
