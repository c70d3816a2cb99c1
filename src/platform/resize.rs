//! Measuring again whenever an element changes size (the map's surface, a control laid over
//! it, the event list's box).
//!
//! A `ResizeObserver` calls back once the browser has laid the page out, so reading sizes there
//! costs nothing; reading them from a script task instead (an effect after mounting, a window
//! `resize` handler, an animation frame after the legend changed) makes the browser lay out the
//! whole page then and there, and again before it paints.
//!
//! One observer serves the whole page. The browser runs each observer's callback in turn, with
//! the microtasks of the one before (the effects its signals woke, which write to the page) in
//! between: with an observer per component, the second one's reads would lay the page out again
//! mid-way. In one callback every measure reads before any effect writes.

/// Calls `measure` after layout whenever one of the `elements` (read once the view is mounted)
/// changes size, and once when they are first laid out.
pub fn on_resize(
    elements: impl Fn() -> Vec<web_sys::Element> + 'static,
    measure: impl Fn() + 'static,
) {
    #[cfg(target_arch = "wasm32")]
    browser::on_resize(elements, measure);
    // Off the browser (the build-time pre-render) nothing is laid out.
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (elements, measure);
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use leptos::prelude::*;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;

    type Measure = Rc<dyn Fn()>;

    /// The page's observer and who asked to hear of which element.
    struct Shared {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut(js_sys::Array)>,
        watches: Vec<(u64, web_sys::Element, Measure)>,
        next_key: u64,
    }

    thread_local! {
        static SHARED: RefCell<Option<Shared>> = const { RefCell::new(None) };
    }

    /// The measures of the entries' elements, each once and in the order they were registered.
    fn measures_for(entries: &js_sys::Array) -> Vec<Measure> {
        let targets: Vec<web_sys::Element> = entries
            .iter()
            .filter_map(|entry| entry.dyn_into::<web_sys::ResizeObserverEntry>().ok())
            .map(|entry| entry.target())
            .collect();
        SHARED.with_borrow(|shared| {
            let Some(shared) = shared else {
                return Vec::new();
            };
            let mut chosen: Vec<(u64, Measure)> = Vec::new();
            for (key, element, measure) in &shared.watches {
                let hit = targets.iter().any(|t| t == element);
                if hit && !chosen.iter().any(|(k, _)| k == key) {
                    chosen.push((*key, measure.clone()));
                }
            }
            chosen.into_iter().map(|(_, m)| m).collect()
        })
    }

    fn with_shared<R>(f: impl FnOnce(&mut Shared) -> R) -> Option<R> {
        SHARED.with_borrow_mut(|slot| {
            if slot.is_none() {
                let callback = Closure::<dyn FnMut(js_sys::Array)>::new(|entries| {
                    // Borrowing ends before any measure runs: a measure may register more.
                    for measure in measures_for(&entries) {
                        measure();
                    }
                });
                let observer =
                    web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
                *slot = Some(Shared {
                    observer,
                    _callback: callback,
                    watches: Vec::new(),
                    next_key: 0,
                });
            }
            slot.as_mut().map(f)
        })
    }

    pub fn on_resize(
        elements: impl Fn() -> Vec<web_sys::Element> + 'static,
        measure: impl Fn() + 'static,
    ) {
        let measure: Measure = Rc::new(measure);
        let Some(key) = with_shared(|shared| {
            shared.next_key += 1;
            shared.next_key
        }) else {
            return;
        };
        Effect::new(move |_| {
            let elements = elements();
            with_shared(|shared| {
                for element in elements {
                    shared.observer.observe(&element);
                    shared.watches.push((key, element, measure.clone()));
                }
            });
        });
        on_cleanup(move || {
            with_shared(|shared| {
                let (gone, kept) = std::mem::take(&mut shared.watches)
                    .into_iter()
                    .partition::<Vec<_>, _>(|(k, _, _)| *k == key);
                shared.watches = kept;
                for (_, element, _) in gone {
                    if !shared.watches.iter().any(|(_, e, _)| *e == element) {
                        shared.observer.unobserve(&element);
                    }
                }
            });
        });
    }
}
