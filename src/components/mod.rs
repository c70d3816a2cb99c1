//! View components in feature folders. Each reads the shared [`crate::state::Ui`] from
//! context; the parts of a feature also read their feature's context (`map::MapContext`,
//! `timeline::TimelineContext`), never their parent component.

pub mod checker;
pub mod compare;
pub mod events;
mod header;
pub mod holders;
pub mod lesson;
pub mod map;
mod notice_bar;
pub mod present;
pub mod share;
mod skip;
pub mod timeline;

pub use header::Header;
pub use notice_bar::{check_link, NoticeBar};
pub use skip::{SkipLinks, MAP_ID, SLIDER_ID};

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

/// A text of the data in the reader's language, or in English marked as such (an event's, a
/// lesson's: `text_lang` is the language the text is really in).
pub fn in_lang(
    ui: crate::state::Ui,
    (text, text_lang): (String, atlas_model::Lang),
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    let lang = ui.lang.get();
    let untranslated = (text_lang != lang).then(|| {
        view! { <span class="untranslated" data-ui="untranslated">{ui.t(atlas_model::key::EVENT_UNTRANSLATED)}</span> }
    });
    view! { <span lang=text_lang.key()>{text}</span> {untranslated} }
}

/// Shows a `<dialog>` as a modal (focus stays in it, Escape closes it), unless it is open.
pub fn show_modal(dialog: leptos::prelude::NodeRef<leptos::html::Dialog>) {
    use leptos::prelude::GetUntracked;
    if let Some(d) = dialog.get_untracked() {
        if !d.open() {
            let _ = d.show_modal();
        }
    }
}
