//! The live page built a part at a time, a task each, out of sight, and shown whole in the task
//! that builds its last part: no task of the takeover builds the whole page, so the browser can
//! answer the reader between them, and no frame shows a part of the page without the rest.

use leptos::prelude::*;
use leptos::task::tick;

/// How many of the page's parts have been built, and whether the page is shown. A handle:
/// `Copy`.
#[derive(Clone, Copy)]
pub struct Assembly {
    built: RwSignal<u8>,
    shown: RwSignal<bool>,
}

impl Assembly {
    /// Starts building a page of `parts` parts, one task each; once the last is built and the
    /// page shown, still in that task, runs `whole`. Off the browser (the first view drawn at
    /// build time) every part is there and shown at once, and `whole` never runs.
    pub fn start(parts: u8, whole: impl FnOnce() + 'static) -> Assembly {
        let at_once = !cfg!(target_arch = "wasm32");
        let built = RwSignal::new(if at_once { parts } else { 0 });
        let shown = RwSignal::new(at_once);
        if !at_once {
            // `whole` runs under the page's owner, as the page's own code does.
            let owner = Owner::current();
            leptos::task::spawn_local(async move {
                for _ in 0..parts {
                    crate::platform::schedule::next_task().await;
                    crate::platform::dom::mark("atlas-part");
                    built.update(|b| *b += 1);
                }
                // The views of the last part are built by the work the update queued, and the
                // page is shown by the work showing queues: both run before the task ends.
                tick().await;
                shown.set(true);
                tick().await;
                match owner {
                    Some(owner) => owner.with(whole),
                    None => whole(),
                }
            });
        }
        Assembly { built, shown }
    }

    /// Whether part `n` (counted from 1) is built.
    pub fn has(self, n: u8) -> Memo<bool> {
        let built = self.built;
        Memo::new(move |_| built.get() >= n)
    }

    /// Whether the whole page is shown.
    pub fn shown(self) -> ReadSignal<bool> {
        self.shown.read_only()
    }
}
