//! The live page built a part at a time, a task each, out of sight, and shown whole in the task
//! that builds its last part: no task of the takeover builds the whole page, so the browser can
//! answer the reader between them, and no frame shows a part of the page without the rest.

use leptos::prelude::*;

/// How many of the page's parts have been built. A handle: `Copy`.
#[derive(Clone, Copy)]
pub struct Assembly {
    built: RwSignal<u8>,
    parts: u8,
}

impl Assembly {
    /// Starts building a page of `parts` parts, one task each. Off the browser (the first view
    /// drawn at build time) every part is there at once.
    pub fn start(parts: u8) -> Assembly {
        let at_once = !cfg!(target_arch = "wasm32");
        let built = RwSignal::new(if at_once { parts } else { 0 });
        if !at_once {
            leptos::task::spawn_local(async move {
                for _ in 0..parts {
                    crate::platform::schedule::next_task().await;
                    crate::platform::dom::mark("atlas-part");
                    built.update(|b| *b += 1);
                }
            });
        }
        Assembly { built, parts }
    }

    /// Whether part `n` (counted from 1) is built.
    pub fn has(self, n: u8) -> Memo<bool> {
        let built = self.built;
        Memo::new(move |_| built.get() >= n)
    }

    /// Whether the whole page is built.
    pub fn whole(self) -> Memo<bool> {
        self.has(self.parts)
    }
}
