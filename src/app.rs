//! The page: loads the data, then lays out header, map, events and time slider around one
//! shared state ([`Ui`]) that the URL mirrors.

use crate::components::events::{EmbedCaption, EventList, EventPanel};
use crate::components::holders::HoldersTable;
use crate::components::map::MapView;
use crate::components::timeline::TimeSlider;
use crate::components::{Header, NoticeBar};
use crate::i18n::{self, I18n};
use crate::state::{Atlas, Ui};
use crate::{data, url};
use atlas_model::words::Message;
use atlas_model::{Day, Lang};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn App() -> impl IntoView {
    // A plain task and signal: the data loads once, so a resource's refetching and suspense
    // machinery (10 KB of gzipped wasm) would go unused.
    let loaded = RwSignal::new_local(None);
    let lang = first_lang();
    leptos::task::spawn_local(async move {
        // The words of the reader's language come with the data, not after it.
        let words = async move {
            if lang == Lang::En {
                return None;
            }
            Some(i18n::fetch_pack(lang).await)
        };
        let ((atlas, notices), words) = futures::join!(data::load(today()), words);
        // Without its words the page starts in English; it asks once more, and says so if
        // that fails too.
        let words = words.filter(|pack| pack.catalog.is_ok());
        // The page is built in a task of its own, after the data's.
        crate::schedule::next_task().await;
        loaded.set(Some((Arc::new(atlas), notices, words)));
    });
    move || match loaded.get() {
        None => view! { <p class="atlas-loading">{i18n::loading_text(lang)}</p> }.into_any(),
        Some((atlas, notices, words)) => match words {
            Some(words) => view! { <AtlasPage atlas notices words/> }.into_any(),
            None => view! { <AtlasPage atlas notices/> }.into_any(),
        },
    }
}

/// The language to start in: the link's, else the browser's.
fn first_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let search = web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default();
        let named = web_sys::UrlSearchParams::new_with_str(&search)
            .ok()
            .and_then(|p| p.get("lang"))
            .and_then(|l| Lang::from_key(&l));
        named.unwrap_or_else(i18n::browser_lang)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::En
    }
}

/// The atlas once its data is in; `words`, the catalog of the reader's language if it is not
/// English.
#[component]
pub fn AtlasPage(
    atlas: Arc<Atlas>,
    notices: Vec<Message>,
    #[prop(optional)] words: Option<i18n::Pack>,
) -> impl IntoView {
    let browser = i18n::browser_lang();
    let i18n = I18n::new(browser, Vec::new());
    if let Some(pack) = words {
        i18n.needs(pack.lang);
        i18n.add_pack(pack);
    }
    let ui = Ui::new(atlas, notices, i18n);
    provide_context(ui);
    url::sync(ui);
    follow_language(ui);
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
            <aside class="atlas-events" aria-label=move || ui.t("events.label")>
                <HoldersTable/>
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

/// Fetches a language's words when the reader first picks it, and keeps the page's `lang`
/// attribute on the language shown.
fn follow_language(ui: Ui) {
    Effect::new(move |_| {
        let lang = ui.lang.get();
        #[cfg(target_arch = "wasm32")]
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.key());
        }
        if ui.i18n.needs(lang) {
            leptos::task::spawn_local(async move {
                let pack = i18n::fetch_pack(lang).await;
                if let Some(why) = ui.i18n.add_pack(pack) {
                    ui.notices
                        .update(|n| n.push(Message::new("notice.lang-file").with("why", why)));
                }
            });
        }
    });
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

/// Removes the first view written into the page at build time (`tools/postbuild`). The live
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
