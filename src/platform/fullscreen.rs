//! The Fullscreen API: the whole page on the whole screen, for a projector.

/// Whether the page may be shown full screen (not in a frame that does not allow it, nor in a
/// browser without the API).
pub fn supported() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.fullscreen_enabled())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Whether the page is full screen now.
pub fn active() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.fullscreen_element().is_some())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// Shows the page full screen, or leaves full screen.
pub fn toggle() {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        } else if let Some(root) = document.document_element() {
            let _ = root.request_fullscreen();
        }
    }
}

/// Calls `changed` with whether the page is full screen each time that changes (the reader's
/// Escape key included), while the calling component lives.
pub fn on_change(changed: impl Fn(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use leptos::prelude::*;
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let listener = gloo::events::EventListener::new(&document, "fullscreenchange", move |_| {
            changed(active())
        });
        // Dropped, and so removed, with the component.
        StoredValue::new_local(listener);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = changed;
}
