//! The page: loads the data, then lays out header, map, events and time slider around one
//! shared state ([`Ui`]) that the URL mirrors.

use crate::components::events::{EmbedCaption, EventList, EventPanel};
use crate::components::map::MapView;
use crate::components::timeline::TimeSlider;
use crate::components::{Header, NoticeBar};
use crate::state::{Atlas, Ui};
use crate::{data, url};
use atlas_model::Day;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    // A plain task and signal: the data loads once, so a resource's refetching and suspense
    // machinery (10 KB of gzipped wasm) would go unused.
    let loaded = RwSignal::new_local(None);
    leptos::task::spawn_local(async move {
        let (atlas, notices) = data::load(today()).await;
        // The page is built in a task of its own, after the data's.
        crate::schedule::next_task().await;
        loaded.set(Some((Arc::new(atlas), notices)));
    });
    move || match loaded.get() {
        None => view! { <p class="atlas-loading">"Loading the atlas…"</p> }.into_any(),
        Some((atlas, notices)) => view! { <AtlasPage atlas notices/> }.into_any(),
    }
}

/// The atlas once its data is in.
#[component]
pub fn AtlasPage(atlas: Arc<Atlas>, notices: Vec<String>) -> impl IntoView {
    let ui = Ui::new(atlas, notices);
    provide_context(ui);
    url::sync(ui);
    // The link chose the layout; it stays for the life of the page.
    let embed = ui.embed.get_untracked();
    let mode = if embed { "embed" } else { "full" };
    #[cfg(target_arch = "wasm32")]
    {
        mark_mode(mode);
        take_over_first_view();
        mark_drawn();
    }
    let events = if embed {
        view! { <EmbedCaption/> }.into_any()
    } else {
        view! {
            <aside class="atlas-events" aria-label="Events">
                <EventPanel/>
                <EventList/>
            </aside>
        }
        .into_any()
    };
    view! {
        <div class="atlas" data-mode=mode>
            {(!embed).then(|| view! { <Header/> })}
            <NoticeBar/>
            <main class="atlas-main">
                <MapView/>
                {events}
            </main>
            <TimeSlider/>
        </div>
    }
}

/// Says on the page's root element which layout it shows (`data-mode="embed"` or `"full"`),
/// for the pages that embed the atlas and for their styles.
#[cfg(target_arch = "wasm32")]
fn mark_mode(mode: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-mode", mode);
    }
}

/// Removes the first view written into the page at build time (`tools/prerender`). The live
/// page is mounted in the same task, so no frame shows both or neither.
#[cfg(target_arch = "wasm32")]
fn take_over_first_view() {
    let first = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("[data-ui=prerender]").ok().flatten());
    if let Some(first) = first {
        first.remove();
    }
}

/// Marks the first frame with the map drawn, for the start-up measurement.
#[cfg(target_arch = "wasm32")]
fn mark_drawn() {
    let frame = gloo::render::request_animation_frame(|_| {
        if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
            let _ = performance.mark("atlas-drawn");
        }
    });
    // Keep the callback alive until it has run once.
    std::mem::forget(frame);
}

/// Today's day number, from the browser's clock (off the browser, as when the first view is
/// drawn at build time, from the system's).
pub fn today() -> Day {
    #[cfg(target_arch = "wasm32")]
    {
        Day((js_sys::Date::now() / 86_400_000.0).floor() as i32)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Day(i32::try_from(seconds / 86_400).unwrap_or(0))
    }
}
