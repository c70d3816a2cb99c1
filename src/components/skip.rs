//! The links a keyboard meets first: straight to the date slider, or to the map, past the
//! header's buttons and the map's own controls.

use crate::platform::input;
use crate::state::Ui;
use atlas_model::key::{self, Key};
use leptos::prelude::*;

/// The element ids the links lead to (the first map's section, the slider).
pub const SLIDER_ID: &str = "date-slider";
pub const MAP_ID: &str = "atlas-map";

/// Two links, hidden until the keyboard reaches them. Without the app (the first view) they are
/// plain links to the elements' ids; with it, the focus moves there and the address is left as
/// it is.
#[component]
pub fn SkipLinks() -> impl IntoView {
    view! {
        <div class="skip-links">
            <SkipLink to=SLIDER_ID ui_name="skip-slider" words=key::SKIP_SLIDER/>
            <SkipLink to=MAP_ID ui_name="skip-map" words=key::SKIP_MAP/>
        </div>
    }
}

#[component]
fn SkipLink(to: &'static str, ui_name: &'static str, words: Key) -> impl IntoView {
    let ui = expect_context::<Ui>();
    view! {
        <a
            class="skip-link"
            href=format!("#{to}")
            data-ui=ui_name
            on:click=move |ev| {
                if input::focus_id(to) {
                    ev.prevent_default();
                }
            }
        >
            {move || ui.t(words)}
        </a>
    }
}
