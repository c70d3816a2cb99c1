//! Sharing what is on screen: the link to it, the `<iframe>` that puts it in a teaching site's
//! page, each with a copy button ([`clipboard`] does the copying), and the map as an SVG file
//! for slides and worksheets ([`export`]).

mod export;
#[cfg(target_arch = "wasm32")]
mod raster;

use crate::platform::clipboard;
use crate::platform::location::page_address;
use crate::state::Ui;
use atlas_model::key::{self, Key};
use atlas_model::link::{embed_snippet, EmbedSize};
use leptos::prelude::*;

/// What was copied last, for the status line.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Link,
    Snippet,
    /// The browser refused: the text is selected for the reader to copy.
    Selected,
}

/// The Share button and its panel (a modal dialog: focus stays in it, Escape closes it).
#[component]
pub fn Share() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let link_field = NodeRef::<leptos::html::Input>::new();
    let snippet_field = NodeRef::<leptos::html::Textarea>::new();
    let open = RwSignal::new(false);
    let size = RwSignal::new(EmbedSize::ALL[2]);
    let copied = RwSignal::new(None::<Copied>);
    // Read when the panel opens: while it is open (modal) the state cannot move.
    let address = move |embed: bool| {
        open.track();
        let mut link = ui.link();
        link.embed = embed;
        // What is on screen includes its language, whatever the reader's browser prefers.
        link.lang = Some(ui.lang.get_untracked());
        format!("{}?{}", page_address(), link.to_query(&ui.atlas().config))
    };
    let link = move || address(false);
    let title = move || {
        open.track();
        let atlas = ui.atlas();
        let lang = ui.lang.get_untracked();
        let view = atlas
            .config
            .view(ui.view.get_untracked())
            .name
            .get(lang)
            .to_string();
        untrack(|| {
            let date = ui.i18n.date(ui.day.get().date());
            ui.i18n
                .fill(key::SHARE_FRAME_TITLE, &[("view", &view), ("date", &date)])
        })
    };
    let snippet = move || embed_snippet(&address(true), &title(), size.get());
    // The file's name and the heading drawn above the map.
    let download = move || {
        let atlas = ui.atlas();
        let date = ui.day.get_untracked().date();
        let event = ui
            .shown
            .get_untracked()
            .and_then(|i| atlas.event(i))
            .map(|e| format!(" · {}", untrack(|| ui.i18n.title(e).0)))
            .unwrap_or_default();
        let view = atlas.config.view(ui.view.get_untracked()).id.clone();
        let atlas_name = untrack(|| ui.t(key::HEADER_TITLE));
        (
            format!("frontier-atlas-{view}-{date}"),
            format!("{atlas_name} · {}{event}", untrack(|| ui.i18n.date(date))),
        )
    };
    let download_svg = move |_| {
        let (name, heading) = download();
        export::download_svg(&format!("{name}.svg"), &heading);
    };
    let download_png = move |_| {
        let (name, heading) = download();
        export::download_png(&format!("{name}.png"), &heading);
    };
    let show = move |_| {
        copied.set(None);
        open.set(true);
    };
    // The panel's content is drawn when it opens (none of it costs anything at start-up); it is
    // shown as a modal dialog once drawn, which puts the focus on its first field.
    Effect::new(move |_| {
        if open.get() {
            if let Some(d) = dialog.get_untracked() {
                if !d.open() {
                    let _ = d.show_modal();
                }
            }
        }
    });
    let copy = move |what: Copied| {
        let (text, field): (String, Option<web_sys::HtmlElement>) = match what {
            Copied::Link => (link(), link_field.get_untracked().map(Into::into)),
            _ => (snippet(), snippet_field.get_untracked().map(Into::into)),
        };
        leptos::task::spawn_local(async move {
            let done = clipboard::copy(&text, field.as_ref()).await;
            copied.set(Some(if done { what } else { Copied::Selected }));
        });
    };
    let status = move || match copied.get() {
        None => String::new(),
        Some(Copied::Link) => ui.t(key::SHARE_COPIED_LINK),
        Some(Copied::Snippet) => ui.t(key::SHARE_COPIED_HTML),
        Some(Copied::Selected) => ui.t(key::SHARE_SELECTED),
    };
    let t = move |key: Key| move || ui.t(key);
    let sizes = move || {
        EmbedSize::ALL
            .into_iter()
            .map(|s| {
                view! { <option value=s.key selected=move || size.get() == s>{move || ui.t(s.label)}</option> }
            })
            .collect_view()
    };
    view! {
        <button
            type="button"
            class="share-button"
            data-ui="share"
            aria-haspopup="dialog"
            on:click=show
        >
            {t(key::SHARE_BUTTON)}
        </button>
        <dialog
            class="share-panel"
            data-ui="share-panel"
            node_ref=dialog
            aria-labelledby="share-title"
            on:close=move |_| open.set(false)
        >
            {move || open.get().then(|| view! {
            <h2 id="share-title">{t(key::SHARE_TITLE)}</h2>
            <p class="share-hint">{t(key::SHARE_HINT)}</p>
            <label class="share-label" for="share-link">{t(key::SHARE_LINK)}</label>
            <div class="share-row">
                <input
                    id="share-link"
                    type="text"
                    data-ui="share-link"
                    readonly
                    node_ref=link_field
                    prop:value=link
                    on:focus=move |_| clipboard::select(link_field.get_untracked().map(Into::into).as_ref())
                />
                <button type="button" class="share-copy" data-ui="copy-link" on:click=move |_| copy(Copied::Link)>
                    {t(key::SHARE_COPY_LINK)}
                </button>
            </div>
            <label class="share-label" for="share-size">{t(key::SHARE_SIZE)}</label>
            <select
                id="share-size"
                data-ui="share-size"
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    if let Some(s) = EmbedSize::ALL.into_iter().find(|s| s.key == key) {
                        size.set(s);
                        copied.set(None);
                    }
                }
            >
                {sizes()}
            </select>
            <label class="share-label" for="share-snippet">{t(key::SHARE_HTML)}</label>
            <textarea
                id="share-snippet"
                data-ui="share-snippet"
                readonly
                rows="5"
                node_ref=snippet_field
                prop:value=snippet
                on:focus=move |_| clipboard::select(snippet_field.get_untracked().map(Into::into).as_ref())
            ></textarea>
            <p class="share-label">{t(key::SHARE_MAP_FILES)}</p>
            <div class="share-row">
                <button type="button" class="share-copy" data-ui="download-svg" on:click=download_svg>
                    {t(key::SHARE_DOWNLOAD_SVG)}
                </button>
                <button type="button" class="share-copy" data-ui="download-png" on:click=download_png>
                    {t(key::SHARE_DOWNLOAD_PNG)}
                </button>
            </div>
            <div class="share-row share-actions">
                <button type="button" class="share-copy" data-ui="copy-snippet" on:click=move |_| copy(Copied::Snippet)>
                    {t(key::SHARE_COPY_HTML)}
                </button>
                <p class="share-status" role="status" aria-live="polite" data-ui="share-status">
                    {status}
                </p>
                <button
                    type="button"
                    class="share-close"
                    data-ui="share-close"
                    on:click=move |_| {
                        if let Some(d) = dialog.get_untracked() {
                            d.close();
                        }
                    }
                >
                    {t(key::SHARE_CLOSE)}
                </button>
            </div>
            })}
        </dialog>
    }
}
