//! Offering a file to the reader: a link to it, clicked, with the file's name. Off the browser
//! nothing is offered.

/// Offers `text` to the reader as a file named `name` of type `mime`; `false` if the browser
/// could not.
pub fn text(name: &str, text: &str, mime: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let url = (|| {
            let parts = js_sys::Array::of1(&text.into());
            let options = web_sys::BlobPropertyBag::new();
            options.set_type(mime);
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
            web_sys::Url::create_object_url_with_blob(&blob).ok()
        })();
        let Some(url) = url else { return false };
        let offered = address(name, &url);
        // The download has its own copy once started.
        gloo::timers::callback::Timeout::new(10_000, move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        })
        .forget();
        offered
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, text, mime);
        false
    }
}

/// Offers the address `href` (an object or data URL) to the reader as a file named `name`;
/// `false` if the browser could not.
pub fn address(name: &str, href: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let link = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("a").ok())
            .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let Some(link) = link else { return false };
        link.set_href(href);
        link.set_download(name);
        link.click();
        true
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, href);
        false
    }
}
