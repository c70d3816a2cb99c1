//! Files the reader chooses (a file input) or drops on the page, read as text by the page
//! itself: nothing is sent anywhere. Off the browser there are none.

/// A file the reader gave: its name (no folder), and its text or why it could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Given {
    pub name: String,
    pub text: Result<String, String>,
}

/// The files of a file input's `change` event or of a `drop` event, the input emptied so
/// that the same file can be chosen again after an edit.
pub fn files_of(ev: &web_sys::Event) -> Vec<web_sys::File> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(drag) = ev.dyn_ref::<web_sys::DragEvent>() {
            let list = drag.data_transfer().and_then(|d| d.files());
            return list.map(|l| all(&l)).unwrap_or_default();
        }
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some(input) = input else {
            return Vec::new();
        };
        let files = input.files().map(|l| all(&l)).unwrap_or_default();
        input.set_value("");
        files
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = ev;
        Vec::new()
    }
}

#[cfg(target_arch = "wasm32")]
fn all(list: &web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads a file as text (UTF-8).
pub async fn read(file: web_sys::File) -> Given {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let name = file.name();
        let text = wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .map_err(|e| {
                e.dyn_ref::<js_sys::Error>()
                    .map_or_else(|| "unreadable".to_string(), |e| String::from(e.message()))
            })
            .and_then(|v| v.as_string().ok_or_else(|| "not text".to_string()));
        Given { name, text }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = file;
        Given {
            name: String::new(),
            text: Err("no browser".into()),
        }
    }
}
