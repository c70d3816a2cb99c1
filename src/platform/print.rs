//! Printing: the browser's print dialog once the next frame is painted (what is to be printed
//! has been drawn), and what to do before any print, the reader's own included.

/// Opens the print dialog after the next painted frame.
pub fn print_after_paint() {
    #[cfg(target_arch = "wasm32")]
    {
        let frame = gloo::render::request_animation_frame(|_| {
            // One more frame: the one requested runs before the drawing is painted.
            let inner = gloo::render::request_animation_frame(|_| {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            });
            std::mem::forget(inner);
        });
        std::mem::forget(frame);
    }
}

/// Calls `before` whenever the page is about to be printed, for as long as the page lives.
pub fn before_print(before: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let target: &web_sys::EventTarget = w.as_ref();
        gloo::events::EventListener::new(target, "beforeprint", move |_| before()).forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = before;
}
