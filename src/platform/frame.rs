//! An atlas in another page's frame: telling that page the height the atlas needs, as
//! learning platforms (Canvas, Brightspace) ask for it with their `lti.frameResize` message, so
//! they size the frame and nothing is cut off.

/// Whether the page is in a frame of another page.
pub fn in_frame() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| {
                let parent = w.parent().ok().flatten()?;
                Some(!js_sys::Object::is(&parent, &w))
            })
            .unwrap_or(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// From now on, while in a frame, tells the page around it the document's height (in CSS
/// pixels): once the page is first laid out at a real size, then whenever a change of size
/// leaves part of it cut off. A frame that is hidden (no size) says nothing, so a page never
/// shrinks a hidden frame; and a frame the page made tall enough says nothing more, so a page
/// that adds a margin of its own never grows it without end.
pub fn report_height() {
    #[cfg(target_arch = "wasm32")]
    if in_frame() {
        browser::report_height();
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use leptos::prelude::*;
    use wasm_bindgen::JsValue;

    /// The page's boxes whose size makes the document's height: the document itself (the
    /// frame's size) and the body's children.
    fn boxes() -> Vec<web_sys::Element> {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return Vec::new();
        };
        let mut boxes: Vec<web_sys::Element> = document.document_element().into_iter().collect();
        if let Some(body) = document.body() {
            let children = body.children();
            boxes.extend((0..children.length()).filter_map(|i| children.item(i)));
        }
        boxes
    }

    /// The frame's size and the document's height, in CSS pixels.
    fn measure() -> Option<(f64, f64, f64)> {
        let window = web_sys::window()?;
        let width = window.inner_width().ok()?.as_f64()?;
        let height = window.inner_height().ok()?.as_f64()?;
        let document = window.document()?.document_element()?;
        Some((width, height, f64::from(document.scroll_height())))
    }

    fn post(height: f64) {
        let Some(parent) = web_sys::window().and_then(|w| w.parent().ok().flatten()) else {
            return;
        };
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"subject".into(), &"lti.frameResize".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height.ceil()));
        let _ = parent.post_message(&message, "*");
    }

    pub fn report_height() {
        let told = StoredValue::new(false);
        super::super::resize::on_resize(boxes, move || {
            let Some((width, height, document)) = measure() else {
                return;
            };
            if width < 1.0 || height < 1.0 {
                return;
            }
            if !told.get_value() || document > height + 0.5 {
                told.set_value(true);
                post(document);
            }
        });
    }
}
