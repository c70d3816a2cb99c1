//! View components in feature folders. Each reads the shared [`crate::state::Ui`] from
//! context; the parts of a feature also read their feature's context (`map::MapContext`,
//! `timeline::TimelineContext`), never their parent component.

pub mod compare;
pub mod events;
mod header;
pub mod holders;
pub mod map;
mod notice_bar;
pub mod present;
pub mod share;
pub mod timeline;

pub use header::Header;
pub use notice_bar::NoticeBar;

/// A `toggle` handler for a `<details>` element that keeps `open` on whether it is open (what
/// is drawn inside only while open follows that signal).
pub fn follow_details(
    open: leptos::prelude::RwSignal<bool>,
) -> impl Fn(leptos::ev::Event) + Clone + 'static {
    use leptos::prelude::Set;
    use wasm_bindgen::JsCast;
    move |ev| {
        let now = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        open.set(now);
    }
}
