//! The Share panel's content, drawn when it opens: the link, the embedded frame's size and
//! snippet, the map files, and the copy and close buttons.

use super::sharing::{Copied, Sharing};
use crate::platform::clipboard;
use crate::state::Ui;
use atlas_model::key::{self, Key};
use atlas_model::link::EmbedSize;
use leptos::prelude::*;

/// A text of the page's language, by its key, following the language.
fn text(key: Key) -> impl Fn() -> String + Copy {
    let ui = expect_context::<Ui>();
    move || ui.t(key)
}

/// The panel's content; `dialog` is the panel that the close button closes.
#[component]
pub fn ShareContent(sharing: Sharing, dialog: NodeRef<leptos::html::Dialog>) -> impl IntoView {
    view! {
        <h2 id="share-title">{text(key::SHARE_TITLE)}</h2>
        <p class="share-hint">{text(key::SHARE_HINT)}</p>
        <LinkField sharing/>
        <EmbedFields sharing/>
        <p class="share-label">{text(key::SHARE_MAP_FILES)}</p>
        <div class="share-row">
            <button type="button" class="share-copy" data-ui="download-svg" on:click=move |_| sharing.download_svg()>
                {text(key::SHARE_DOWNLOAD_SVG)}
            </button>
            <button type="button" class="share-copy" data-ui="download-png" on:click=move |_| sharing.download_png()>
                {text(key::SHARE_DOWNLOAD_PNG)}
            </button>
        </div>
        <div class="share-row share-actions">
            <button type="button" class="share-copy" data-ui="copy-snippet" on:click=move |_| sharing.copy(Copied::Snippet)>
                {text(key::SHARE_COPY_HTML)}
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
                {text(key::SHARE_CLOSE)}
            </button>
        </div>
    }
}

/// The link to what is on screen, and its copy button.
#[component]
fn LinkField(sharing: Sharing) -> impl IntoView {
    let field = sharing.link_field;
    view! {
        <label class="share-label" for="share-link">{text(key::SHARE_LINK)}</label>
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
                {text(key::SHARE_COPY_LINK)}
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
            view! { <option value=s.key selected=move || size.get() == s>{move || ui.t(s.label)}</option> }
        })
        .collect_view();
    view! {
        <label class="share-label" for="share-size">{text(key::SHARE_SIZE)}</label>
        <select
            id="share-size"
            data-ui="share-size"
            on:change=move |ev| sharing.choose_size(&event_target_value(&ev))
        >
            {sizes}
        </select>
        <label class="share-label" for="share-snippet">{text(key::SHARE_HTML)}</label>
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
