//! Sharing what is on screen: the link to it, the `<iframe>` that puts it in a teaching site's
//! page, each with a copy button (`crate::platform::clipboard` does the copying), and the map
//! for slides and worksheets, as SVG or PNG ([`export`]: the model's picture of the day). [`sharing`] holds what the panel shares and
//! remembers; [`panel`] draws its content.

pub mod export;
mod panel;
mod sharing;

use crate::state::Ui;
use atlas_model::key;
use leptos::prelude::*;
use panel::ShareContent;
use sharing::Sharing;

/// The Share button and its panel (a modal dialog: focus stays in it, Escape closes it).
#[component]
pub fn Share() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let sharing = Sharing::new(ui);
    let open = sharing.open;
    // The panel's content is drawn when it opens (none of it costs anything at start-up); it is
    // shown as a modal dialog once drawn, which puts the focus on its first field.
    Effect::new(move |_| {
        if open.get() {
            crate::components::show_modal(dialog);
        }
    });
    view! {
        <button
            type="button"
            class="share-button"
            data-ui="share"
            aria-haspopup="dialog"
            on:click=move |_| sharing.show()
        >
            {move || ui.t(key::SHARE_BUTTON)}
        </button>
        <dialog
            class="share-panel"
            data-ui="share-panel"
            node_ref=dialog
            aria-labelledby="share-title"
            on:close=move |_| open.set(false)
        >
            {move || open.get().then(|| view! { <ShareContent sharing dialog/> })}
        </dialog>
    }
}
