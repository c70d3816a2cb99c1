//! Sharing what is on screen: the link to it, the `<iframe>` that puts it in a teaching site's
//! page, each with a copy button ([`clipboard`] does the copying), and the map as an SVG file
//! for slides and worksheets, as SVG or PNG ([`export`]).

pub mod export;

use crate::platform::clipboard;
use crate::platform::location::page_address;
use crate::state::Ui;
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
        let date = ui.day.get_untracked().date().written(lang);
        untrack(|| {
            ui.i18n
                .fill("share.frame-title", &[("view", &view), ("date", &date)])
        })
    };
    let snippet = move || embed_snippet(&address(true), &title(), size.get());
    // The file's name: the view and the date.
    let file_name = move |ext: &str| {
        let atlas = ui.atlas();
        let date = ui.day.get_untracked().date();
        let view = &atlas.config.view(ui.view.get_untracked()).id;
        format!("frontier-atlas-{view}-{date}.{ext}")
    };
    let download_svg = move |_| {
        export::download_svg(&file_name("svg"));
    };
    let download_png = move |_| {
        export::download_png(&file_name("png"));
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
        Some(Copied::Link) => ui.t("share.copied-link"),
        Some(Copied::Snippet) => ui.t("share.copied-html"),
        Some(Copied::Selected) => ui.t("share.selected"),
    };
    let t = move |key: &'static str| move || ui.t(key);
    let sizes = move || {
        EmbedSize::ALL
            .into_iter()
            .map(|s| {
                view! { <option value=s.key selected=move || size.get() == s>{move || ui.t(&format!("share.size.{}", s.key))}</option> }
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
            {t("share.button")}
        </button>
        <dialog
            class="share-panel"
            data-ui="share-panel"
            node_ref=dialog
            aria-labelledby="share-title"
            on:close=move |_| open.set(false)
        >
            {move || open.get().then(|| view! {
            <h2 id="share-title">{t("share.title")}</h2>
            <p class="share-hint">{t("share.hint")}</p>
            <label class="share-label" for="share-link">{t("share.link")}</label>
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
                    {t("share.copy-link")}
                </button>
            </div>
            <label class="share-label" for="share-size">{t("share.size")}</label>
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
            <label class="share-label" for="share-snippet">"HTML to paste into the page"</label>
            <textarea
                id="share-snippet"
                data-ui="share-snippet"
                readonly
                rows="5"
                node_ref=snippet_field
                prop:value=snippet
                on:focus=move |_| clipboard::select(snippet_field.get_untracked().map(Into::into).as_ref())
            ></textarea>
            <p class="share-label">{t("share.map-files")}</p>
            <div class="share-row">
                <button type="button" class="share-copy" data-ui="download-svg" on:click=download_svg>
                    {t("share.download-svg")}
                </button>
                <button type="button" class="share-copy" data-ui="download-png" on:click=download_png>
                    {t("share.download-png")}
                </button>
            </div>
            <div class="share-row share-actions">
                <button type="button" class="share-copy" data-ui="copy-snippet" on:click=move |_| copy(Copied::Snippet)>
                    {t("share.copy-html")}
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
                    {t("share.close")}
                </button>
            </div>
            })}
        </dialog>
    }
}
