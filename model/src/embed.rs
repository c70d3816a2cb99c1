//! The atlas inside another page: the frame sizes the Share panel offers, and the `<iframe>`
//! snippet that embeds it.

use crate::key::{self, Key};

/// A size for an embedded atlas, as the Share panel offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EmbedSize {
    /// Names the size in the page's `<select>`.
    pub key: &'static str,
    /// Its name for the reader.
    pub label: Key,
    /// `width` attribute: pixels, or a percentage such as "100%".
    pub width: &'static str,
    pub height: u32,
}

impl EmbedSize {
    /// From a phone-sized frame beside a paragraph to the full width of a lesson page.
    pub const ALL: [EmbedSize; 4] = [
        EmbedSize {
            key: "small",
            label: key::SHARE_SIZE_SMALL,
            width: "320",
            height: 240,
        },
        EmbedSize {
            key: "medium",
            label: key::SHARE_SIZE_MEDIUM,
            width: "640",
            height: 400,
        },
        EmbedSize {
            key: "large",
            label: key::SHARE_SIZE_LARGE,
            width: "800",
            height: 500,
        },
        EmbedSize {
            key: "full",
            label: key::SHARE_SIZE_FULL,
            width: "100%",
            height: 600,
        },
    ];
}

/// Text made safe inside a double-quoted HTML attribute.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `<iframe>` that embeds the atlas at `src` (an address with `embed=1`), with a title
/// that says what it shows, its size, and lazy loading.
pub fn embed_snippet(src: &str, title: &str, size: EmbedSize) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"{}\" height=\"{}\" loading=\"lazy\"></iframe>",
        attribute(src),
        attribute(title),
        size.width,
        size.height
    )
}
