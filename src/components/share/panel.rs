//! The Share panel's content, drawn when it opens: the link, the embedded frame's size and
//! snippet, the map files, and the copy and close buttons.

use super::sharing::{Copied, Sharing};
use crate::platform::clipboard;
use crate::state::Ui;
use atlas_model::link::EmbedSize;
use leptos::prelude::*;

/// A text of the page's language, by its key, following the language.
fn text(key: &'static str) -> impl Fn() -> String + Copy {
    let ui = expect_context::<Ui>();
    move || ui.t(key)
}

/// The panel's content; `dialog` is the panel that the close button closes.
#[component]
pub fn ShareContent(sharing: Sharing, dialog: NodeRef<leptos::html::Dialog>) -> impl IntoView {
    view! {
        <h2 id="share-title">{text("share.title")}</h2>
        <p class="share-hint">{text("share.hint")}</p>
        <LinkField sharing/>
        <EmbedFields sharing/>
        <p class="share-label">{text("share.map-files")}</p>
        <div class="share-row">
            <button type="button" class="share-copy" data-ui="download-svg" on:click=move |_| sharing.download_svg()>
                {text("share.download-svg")}
            </button>
            <button type="button" class="share-copy" data-ui="download-png" on:click=move |_| sharing.download_png()>
                {text("share.download-png")}
            </button>
        </div>
        <div class="share-row share-actions">
            <button type="button" class="share-copy" data-ui="copy-snippet" on:click=move |_| sharing.copy(Copied::Snippet)>
                {text("share.copy-html")}
            </button>
            <p class="share-status" role="status" aria-live="polite" data-ui="share-status">
                {move || sharing.status()}
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
                {text("share.close")}
            </button>
        </div>
    }
}

/// The link to what is on screen, and its copy button.
#[component]
fn LinkField(sharing: Sharing) -> impl IntoView {
    let field = sharing.link_field;
    view! {
        <label class="share-label" for="share-link">{text("share.link")}</label>
        <div class="share-row">
            <input
                id="share-link"
                type="text"
                data-ui="share-link"
                readonly
                node_ref=field
                prop:value=move || sharing.link()
                on:focus=move |_| clipboard::select(field.get_untracked().map(Into::into).as_ref())
            />
            <button type="button" class="share-copy" data-ui="copy-link" on:click=move |_| sharing.copy(Copied::Link)>
                {text("share.copy-link")}
            </button>
        </div>
    }
}

/// The embedded frame's size, and the HTML that embeds it.
#[component]
fn EmbedFields(sharing: Sharing) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let (size, field) = (sharing.size, sharing.snippet_field);
    let sizes = EmbedSize::ALL
        .into_iter()
        .map(|s| {
            view! { <option value=s.key selected=move || size.get() == s>{move || ui.t(&format!("share.size.{}", s.key))}</option> }
        })
        .collect_view();
    view! {
        <label class="share-label" for="share-size">{text("share.size")}</label>
        <select
            id="share-size"
            data-ui="share-size"
            on:change=move |ev| sharing.choose_size(&event_target_value(&ev))
        >
            {sizes}
        </select>
        <label class="share-label" for="share-snippet">"HTML to paste into the page"</label>
        <textarea
            id="share-snippet"
            data-ui="share-snippet"
            readonly
            rows="5"
            node_ref=field
            prop:value=move || sharing.snippet()
            on:focus=move |_| clipboard::select(field.get_untracked().map(Into::into).as_ref())
        ></textarea>
    }
}
