//! The projector's layout (`?present=1`): the map fills the screen, the date and the event's
//! title stay in large type (`caption`), a clicker's keys move through the events (`keys`), the
//! controls fade while the reader is idle (`idle`), and the page goes full screen. The layout
//! itself is the stylesheet's (`public/present.css`, on the root's `data-mode="present"`).

mod caption;
mod idle;
mod keys;

pub use idle::IDLE_MS;
pub use keys::step as key_step;

use crate::platform::fullscreen;
use crate::state::Ui;
use atlas_model::key;
use caption::PresentCaption;
use idle::Idle;
use leptos::prelude::*;

/// What the projector's layout adds to the page, while it is on: the caption, the keys and the
/// idle controls.
#[component]
pub fn PresentMode() -> impl IntoView {
    let ui = expect_context::<Ui>();
    move || {
        ui.presenting().then(|| {
            keys::listen(ui);
            Idle::watch();
            view! { <PresentCaption/> }
        })
    }
}

/// The header's buttons: *Present* in the full atlas; in the projector's layout, full screen
/// (where the browser allows it), the way back to the full atlas, and which keys step.
#[component]
pub fn PresentButtons() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let t = move |k: key::Key| move || ui.t(k);
    move || {
        if ui.present.get() {
            view! {
                <FullscreenButton/>
                <button type="button" class="present-button" data-ui="present-leave" on:click=move |_| ui.set_present(false)>
                    {t(key::PRESENT_LEAVE)}
                </button>
                <p class="present-keys" data-ui="present-keys">
                    {move || {
                        let lesson = ui.lessons.run.with(Option::is_some);
                        ui.t(if lesson { key::PRESENT_KEYS_LESSON } else { key::PRESENT_KEYS })
                    }}
                </p>
            }
            .into_any()
        } else {
            view! {
                <button
                    type="button"
                    class="present-button"
                    data-ui="present"
                    title=t(key::PRESENT_START_HINT)
                    on:click=move |_| ui.set_present(true)
                >
                    {t(key::PRESENT_START)}
                </button>
            }
            .into_any()
        }
    }
}

/// Full screen on and off; not drawn where the browser does not allow it (a frame without
/// `allow="fullscreen"`).
#[component]
fn FullscreenButton() -> impl IntoView {
    let ui = expect_context::<Ui>();
    if !fullscreen::supported() {
        return None;
    }
    let active = RwSignal::new(fullscreen::active());
    fullscreen::on_change(move |on| active.set(on));
    Some(view! {
        <button
            type="button"
            class="present-button"
            data-ui="fullscreen"
            aria-pressed=move || if active.get() { "true" } else { "false" }
            on:click=move |_| fullscreen::toggle()
        >
            {move || ui.t(key::PRESENT_FULLSCREEN)}
        </button>
    })
}
