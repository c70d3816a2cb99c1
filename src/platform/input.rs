//! The keys and movements of the whole page (a presenter's clicker, a mouse moved), and what
//! has the keyboard focus.

/// What has the keyboard focus when a key is pressed: whether it answers keys of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// Nothing that takes keys for itself: the page, the map, a text.
    Page,
    /// A button, a link or a `<summary>`: Space and Enter press it.
    Button,
    /// A text field: every key types.
    Text,
    /// A list to choose from (`<select>`): its arrow keys choose.
    Choice,
    /// A range (the slider): its arrow keys and Page Up/Down move it.
    Range,
    /// Anything in an open dialog: its keys are the dialog's.
    Dialog,
}

/// A key pressed anywhere in the page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPress {
    /// The key's name (`ArrowRight`, `PageDown`, `" "`).
    pub key: String,
    /// Alt, Ctrl or ⌘ held: a shortcut of the browser or the system.
    pub modified: bool,
    /// Already handled by what had the focus (it prevented the key's default).
    pub handled: bool,
    pub focus: Focus,
}

/// Calls `handle` with each key pressed in the page, after the page's own elements have had it,
/// while the calling component lives; when `handle` answers true the key's default is
/// prevented.
pub fn on_key(handle: impl Fn(&KeyPress) -> bool + 'static) {
    #[cfg(target_arch = "wasm32")]
    browser::on_key(handle);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = handle;
}

/// Calls `moved` on any sign of the reader, while the calling component lives: the pointer
/// moved or pressed, a key, the wheel, a touch.
pub fn on_activity(moved: impl Fn() + 'static) {
    #[cfg(target_arch = "wasm32")]
    browser::on_activity(moved);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = moved;
}

/// Calls `clicked` with what was clicked each time the pointer clicks (not a key that presses
/// a button), while the calling component lives.
pub fn on_pointer_click(clicked: impl Fn(Focus) + 'static) {
    #[cfg(target_arch = "wasm32")]
    browser::on_pointer_click(clicked);
    #[cfg(not(target_arch = "wasm32"))]
    let _ = clicked;
}

/// Gives the keyboard focus back to the page.
pub fn release_focus() {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        if let Some(el) =
            browser::focused().and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.blur();
        }
    }
}

/// Moves the keyboard focus to the element with this id, scrolled into view; whether there was
/// one to take it.
pub fn focus_id(id: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        let Some(target) = target else {
            return false;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        target.scroll_into_view_with_scroll_into_view_options(&options);
        target.focus().is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = id;
        false
    }
}

/// Whether a control (a button, field, list, slider, link or `<summary>`) has the keyboard
/// focus.
pub fn control_focused() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        // Focus a click left on a button is not the keyboard's (a mouse's click focuses it in
        // some browsers): only focus the browser shows counts.
        browser::focused().is_some_and(|el| {
            focus_of(&el) != Focus::Page && el.matches(":focus-visible").unwrap_or(true)
        })
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// What takes the keyboard focus and keys of its own.
#[cfg(target_arch = "wasm32")]
const CONTROLS: &str = "button, summary, a[href], input, select, textarea, [contenteditable]";

#[cfg(target_arch = "wasm32")]
fn focus_of(el: &web_sys::Element) -> Focus {
    if el.closest("dialog[open]").ok().flatten().is_some() {
        return Focus::Dialog;
    }
    let editable = el
        .get_attribute("contenteditable")
        .is_some_and(|v| v != "false");
    match el.tag_name().to_ascii_lowercase().as_str() {
        "input" => match el.get_attribute("type").as_deref() {
            Some("range") => Focus::Range,
            Some("button" | "submit" | "reset" | "checkbox" | "radio") => Focus::Button,
            _ => Focus::Text,
        },
        "textarea" => Focus::Text,
        "select" => Focus::Choice,
        "button" | "summary" => Focus::Button,
        "a" if el.has_attribute("href") => Focus::Button,
        _ if editable => Focus::Text,
        _ => Focus::Page,
    }
}

#[cfg(target_arch = "wasm32")]
mod browser {
    use super::{focus_of, Focus, KeyPress, CONTROLS};
    use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;

    /// The element with the keyboard focus, if any but the page's body.
    pub fn focused() -> Option<web_sys::Element> {
        let document = web_sys::window()?.document()?;
        let active = document.active_element()?;
        let body: Option<web_sys::Element> = document.body().map(Into::into);
        (Some(&active) != body.as_ref()).then_some(active)
    }

    pub fn on_key(handle: impl Fn(&KeyPress) -> bool + 'static) {
        let handle = std::rc::Rc::new(handle);
        // On the window, where the page's own key handlers listen too (delegated there), and
        // added once the page is drawn, after them: this one hears a key once they have had it.
        Effect::new(move |_| {
            let Some(window) = web_sys::window() else {
                return;
            };
            let handle = handle.clone();
            let options = EventListenerOptions::enable_prevent_default();
            let listener =
                EventListener::new_with_options(&window, "keydown", options, move |ev| {
                    let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() else {
                        return;
                    };
                    let focus = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .map_or(Focus::Page, |el| focus_of(&el));
                    let press = KeyPress {
                        key: ev.key(),
                        modified: ev.alt_key() || ev.ctrl_key() || ev.meta_key(),
                        handled: ev.default_prevented(),
                        focus,
                    };
                    if handle(&press) {
                        ev.prevent_default();
                    }
                });
            // Dropped, and so removed, with the component.
            StoredValue::new_local(listener);
        });
    }

    pub fn on_pointer_click(clicked: impl Fn(Focus) + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let listener = EventListener::new(&window, "click", move |ev| {
            // A key that presses a button clicks it with no count of clicks.
            let by_pointer = ev
                .dyn_ref::<web_sys::MouseEvent>()
                .is_some_and(|m| m.detail() > 0);
            if by_pointer {
                // The control the click was in (a button's words are not the button).
                let control = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .and_then(|el| el.closest(CONTROLS).ok().flatten());
                clicked(control.map_or(Focus::Page, |el| focus_of(&el)));
            }
        });
        StoredValue::new_local(listener);
    }

    pub fn on_activity(moved: impl Fn() + 'static) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let moved = std::rc::Rc::new(moved);
        let listeners: Vec<EventListener> = [
            "pointermove",
            "pointerdown",
            "keydown",
            "wheel",
            "touchstart",
        ]
        .into_iter()
        .map(|name| {
            let moved = moved.clone();
            // Heard first (capturing), whatever the page's own handlers do with it.
            let options = EventListenerOptions {
                phase: EventListenerPhase::Capture,
                passive: true,
            };
            EventListener::new_with_options(&window, name, options, move |_| moved())
        })
        .collect();
        StoredValue::new_local(listeners);
    }
}
