//! What the Share panel shares and what it remembers: the link to what is on screen, the
//! `<iframe>` snippet, the map files' names, and what was copied last.

use super::export;
use crate::platform::clipboard;
use crate::platform::location::page_address;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::link::{embed_snippet, EmbedSize};
use leptos::prelude::*;

/// What was copied last, for the status line.
#[derive(Clone, Copy, PartialEq)]
pub enum Copied {
    Link,
    Snippet,
    /// The browser refused: the text is selected for the reader to copy.
    Selected,
}

/// The Share panel's state: whether it is open, the embedded frame's size, what was copied
/// last, and the fields the texts are copied from.
#[derive(Clone, Copy)]
pub struct Sharing {
    ui: Ui,
    pub open: RwSignal<bool>,
    pub size: RwSignal<EmbedSize>,
    pub copied: RwSignal<Option<Copied>>,
    pub link_field: NodeRef<leptos::html::Input>,
    pub snippet_field: NodeRef<leptos::html::Textarea>,
}

impl Sharing {
    pub fn new(ui: Ui) -> Sharing {
        Sharing {
            ui,
            open: RwSignal::new(false),
            size: RwSignal::new(EmbedSize::ALL[2]),
            copied: RwSignal::new(None),
            link_field: NodeRef::new(),
            snippet_field: NodeRef::new(),
        }
    }

    /// Opens the panel, with no status yet.
    pub fn show(self) {
        self.copied.set(None);
        self.open.set(true);
    }

    /// The address of what is on screen, embedded or not. Read when the panel opens: while it
    /// is open (modal) the state cannot move.
    fn address(self, embed: bool) -> String {
        let ui = self.ui;
        self.open.track();
        let mut link = ui.link();
        link.embed = embed;
        // A frame has a layout of its own; a link keeps the projector's.
        link.present &= !embed;
        // What is on screen includes its language, whatever the reader's browser prefers.
        link.lang = Some(ui.lang.get_untracked());
        format!("{}?{}", page_address(), link.to_query(&ui.atlas().config))
    }

    /// The link to what is on screen.
    pub fn link(self) -> String {
        self.address(false)
    }

    /// The embedded frame's title: the view and the date.
    fn title(self) -> String {
        let ui = self.ui;
        self.open.track();
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
    }

    /// The HTML that embeds what is on screen in another page, at the size chosen.
    pub fn snippet(self) -> String {
        embed_snippet(&self.address(true), &self.title(), self.size.get())
    }

    /// Chooses the embedded frame's size by its key.
    pub fn choose_size(self, key: &str) {
        if let Some(s) = EmbedSize::ALL.into_iter().find(|s| s.key == key) {
            self.size.set(s);
            self.copied.set(None);
        }
    }

    /// The map file's name: the view and the date.
    fn file_name(self, ext: &str) -> String {
        let ui = self.ui;
        let atlas = ui.atlas();
        let date = ui.day.get_untracked().date();
        let view = &atlas.config.view(ui.view.get_untracked()).id;
        format!("frontier-atlas-{view}-{date}.{ext}")
    }

    pub fn download_svg(self) {
        export::download_svg(&self.file_name("svg"));
    }

    pub fn download_png(self) {
        export::download_png(&self.file_name("png"));
    }

    /// Copies the link or the snippet; the status line then says whether it was copied or
    /// selected for the reader to copy.
    pub fn copy(self, what: Copied) {
        let (text, field): (String, Option<web_sys::HtmlElement>) = match what {
            Copied::Link => (self.link(), self.link_field.get_untracked().map(Into::into)),
            _ => (
                self.snippet(),
                self.snippet_field.get_untracked().map(Into::into),
            ),
        };
        let copied = self.copied;
        leptos::task::spawn_local(async move {
            let done = clipboard::copy(&text, field.as_ref()).await;
            copied.set(Some(if done { what } else { Copied::Selected }));
        });
    }

    /// The status line: what was copied last.
    pub fn status(self) -> String {
        let ui = self.ui;
        match self.copied.get() {
            None => String::new(),
            Some(Copied::Link) => ui.t(key::SHARE_COPIED_LINK),
            Some(Copied::Snippet) => ui.t(key::SHARE_COPIED_HTML),
            Some(Copied::Selected) => ui.t(key::SHARE_SELECTED),
        }
    }
}
