//! On a phone the map, the event panel and the list stand one under the other: an event chosen
//! far down the list brings the map and the event's title back into view.

use crate::components::MAP_ID;
use crate::platform::{dom, schedule};
use crate::state::Ui;
use leptos::prelude::*;

/// The frames waited for the panel to show a chosen event before giving up.
const FRAMES: usize = 30;

/// Once the panel shows event `index`, scrolls the page so that the map and the event's title
/// are in view above the time slider (nothing moves where they are, as beside each other on a
/// wide screen).
pub fn reveal_chosen(ui: Ui, index: usize) {
    leptos::task::spawn_local(async move {
        for _ in 0..FRAMES {
            schedule::next_frame().await;
            if ui.shown_painted.try_get_untracked() == Some(Some(index)) {
                dom::reveal(
                    &format!("#{MAP_ID}"),
                    "body > .atlas article.event .event-title",
                    "body > .atlas .atlas-timeline",
                );
                return;
            }
        }
    });
}
