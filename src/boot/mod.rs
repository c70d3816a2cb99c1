//! Start-up: loads the data and the reader's words, then lays out header, map, events and time
//! slider around one shared state ([`Ui`]) that the URL mirrors, in place of the first view
//! written at build time.

mod assembly;
pub mod load;

use assembly::Assembly;

use crate::components::checker::Checker;
use crate::components::compare::{ChangesList, CompareView};
use crate::components::events::{EmbedCaption, EventList, EventPanel};
use crate::components::holders::HoldersTable;
use crate::components::lesson::{LessonBar, Worksheet};
use crate::components::map::MapView;
use crate::components::present::PresentMode;
use crate::components::timeline::TimeSlider;
use crate::components::{Header, NoticeBar, SkipLinks};
use crate::platform::{dom, frame};
use crate::state::i18n::{self, I18n};
use crate::state::{url, Atlas, Ui};
use atlas_model::key;
use atlas_model::words::Message;
use atlas_model::Lang;
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
        let ((atlas, notices), words) = futures::join!(load::load(dom::today()), words);
        // Without its words the page starts in English; it asks once more, and says so if
        // that fails too.
        let words = words.filter(|pack| pack.catalog.is_ok());
        // The page is built in a task of its own, after the data's.
        crate::platform::schedule::next_task().await;
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

/// The data checker's page (`?check=1`): a program of its own (`src/bin/checker.rs`), which
/// `public/start.js` loads instead of the atlas's, so that no reader of the atlas fetches its
/// code. It loads no atlas.
#[component]
pub fn CheckerApp() -> impl IntoView {
    view! { <Checker lang=first_lang()/> }
}

/// The language to start in: the link's, else the browser's.
fn first_lang() -> Lang {
    url::linked_lang().unwrap_or_else(dom::browser_lang)
}

/// The atlas once its data is in; `words`, the catalog of the reader's language if it is not
/// English.
#[component]
pub fn AtlasPage(
    atlas: Arc<Atlas>,
    notices: Vec<Message>,
    #[prop(optional)] words: Option<i18n::Pack>,
) -> impl IntoView {
    // English until the words of the language asked for are at hand (the link is applied next).
    let i18n = I18n::new(Lang::En, Vec::new());
    if let Some(pack) = words {
        i18n.add_pack(pack);
    }
    let ui = Ui::new(atlas, notices, i18n);
    provide_context(ui);
    url::sync(ui);
    // The page's `lang` follows the language shown.
    Effect::new(move |_| dom::set_root_attribute("lang", ui.lang.get().key()));
    // The link chose whether the atlas is embedded, for the life of the page; the projector's
    // layout comes and goes.
    let embed = ui.embed.get_untracked();
    let mode = move || match (embed, ui.present.get()) {
        (true, _) => "embed",
        (false, true) => "present",
        (false, false) => "full",
    };
    // A lesson's bar changes the layout (lesson.css).
    Effect::new(move |_| dom::mark_root("data-lesson-open", ui.lessons.run.with(Option::is_some)));
    // For the pages that embed the atlas, and their styles.
    dom::set_root_attribute("data-mode", untrack(mode));
    Effect::new(move |_| dom::set_root_attribute("data-mode", mode()));
    // The parts of the page, built a task each, out of sight until the last is in: the header,
    // the map, the events and the time slider.
    let assembly = Assembly::start(4, move || {
        // The live page is shown in the same task as the first view goes, so no frame shows
        // both or neither.
        dom::remove_first_view();
        // What the reader did to the first view is applied to the live page.
        dom::announce_live();
        // The first frame with the map drawn, for the start-up measurement.
        dom::mark_next_frame("atlas-drawn");
        if embed {
            // A learning platform sizes its frame to the height the atlas tells it.
            frame::report_height();
        }
    });
    // Start-up marks for the bench: the page's state is built; each part (`atlas-part`); the
    // map drawn (`atlas-drawn`).
    dom::mark("atlas-page");
    let (header_in, map_in, events_in, timeline_in) = (
        assembly.has(1),
        assembly.has(2),
        assembly.has(3),
        assembly.has(4),
    );
    let shown = assembly.shown();
    // Whether two maps stand side by side: the layout changes only when this does, not when the
    // second map's date or side does.
    let comparing = Memo::new(move |_| ui.compare.with(Option::is_some));
    let events = move || {
        events_in.get().then(|| {
            if embed {
                // The frame is all maps; a screen reader still gets the list of what changed.
                view! {
                    <EmbedCaption/>
                    {move || comparing.get().then(|| view! { <div class="visually-hidden"><ChangesList/></div> })}
                }
                .into_any()
            } else {
                view! {
                    <aside class="atlas-events" aria-label=move || ui.t(key::EVENTS_LABEL)>
                        <LessonBar/>
                        {move || comparing.get().then(|| view! { <ChangesList/> })}
                        <HoldersTable/>
                        <EventPanel/>
                        <EventList/>
                    </aside>
                }
                .into_any()
            }
        })
    };
    view! {
        <div class="atlas" class:atlas-assembling=move || !shown.get() data-mode=mode>
            <SkipLinks/>
            {move || (header_in.get() && !embed).then(|| view! { <Header/> <PresentMode/> })}
            <NoticeBar/>
            // Embedded, the lesson's words stand above the map; else they lead the side column.
            {embed.then(|| view! { <LessonBar/> })}
            <main class="atlas-main" data-compare=move || comparing.get().then_some("on")>
                {move || {
                    map_in.get().then(|| {
                        if comparing.get() {
                            view! { <CompareView/> }.into_any()
                        } else {
                            view! { <MapView/> }.into_any()
                        }
                    })
                }}
                {events}
            </main>
            {move || timeline_in.get().then(|| view! { <TimeSlider/> <Worksheet/> })}
        </div>
    }
}
