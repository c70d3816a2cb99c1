//! Copying text for the reader: through the Clipboard API where the browser allows it, else by
//! selecting the text in its field so that the reader copies it with the keyboard.

/// Copies `text`; `false` when the browser refused, the text then being selected in `field`.
pub async fn copy(text: &str, field: Option<&web_sys::HtmlElement>) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        if let Some(clipboard) = clipboard {
            let written = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await;
            if written.is_ok() {
                return true;
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
    select(field);
    false
}

/// Selects all the text of an input or a text area.
pub fn select(field: Option<&web_sys::HtmlElement>) {
    use wasm_bindgen::JsCast;
    let Some(field) = field else { return };
    if let Some(input) = field.dyn_ref::<web_sys::HtmlInputElement>() {
        input.select();
    } else if let Some(area) = field.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.select();
    }
}
