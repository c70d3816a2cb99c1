//! The screen room that the map's own controls cover (its buttons, the legend, the credits):
//! the labels keep clear of it.

use leptos::html::ElementType;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// An element whose screen box the labels keep clear of.
type Cover = Box<dyn Fn() -> Option<web_sys::Element>>;

/// The covering elements and their measured boxes. A handle: `Copy`.
#[derive(Clone, Copy)]
pub struct Covers {
    /// Screen boxes covered, in pixels from the map's top-left corner.
    pub obstacles: RwSignal<Vec<[f64; 4]>>,
    elements: StoredValue<Vec<Cover>, LocalStorage>,
}

impl Covers {
    pub fn new() -> Covers {
        Covers {
            obstacles: RwSignal::new(Vec::new()),
            elements: StoredValue::new_local(Vec::new()),
        }
    }

    /// Registers an element (a button, the legend) whose screen room the labels keep clear of.
    pub fn add<E>(&self, node: NodeRef<E>)
    where
        E: ElementType + 'static,
        E::Output: JsCast + Clone + 'static,
    {
        let cover: Cover = Box::new(move || node.get_untracked().map(|e| e.unchecked_into()));
        self.elements.update_value(|c| c.push(cover));
    }

    /// The registered covers, as mounted.
    pub fn elements(&self) -> Vec<web_sys::Element> {
        self.elements
            .with_value(|covers| covers.iter().filter_map(|cover| cover()).collect())
    }

    /// Measures the registered covers against the map's surface and stores their boxes.
    pub fn measure(&self, surface: &web_sys::Element) {
        let base = surface.get_bounding_client_rect();
        let rects: Vec<[f64; 4]> = self
            .elements()
            .iter()
            .map(|e| e.get_bounding_client_rect())
            .filter(|r| r.width() > 0.0 && r.height() > 0.0)
            .map(|r| {
                [
                    r.left() - base.left(),
                    r.top() - base.top(),
                    r.right() - base.left(),
                    r.bottom() - base.top(),
                ]
            })
            .collect();
        if self.obstacles.with_untracked(|o| *o != rects) {
            self.obstacles.set(rects);
        }
    }
}
