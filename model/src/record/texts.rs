//! An event's texts (title, summary, note, date reference, background reference) and a
//! source's perspective in the reader's language: from the language's own file (read apart from
//! the record), else from the entry's `i18n`, else in English.

use crate::text::Lang;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::Event;

/// An event's texts in one language other than English.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// A source's texts in one language other than English.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceText {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perspective: Option<String>,
}

/// One language's titles and summaries by event id, read apart from the record: a build moves
/// them out of `events.json` into `lang/events.<lang>.json`, so that a reader downloads only the
/// language they read.
pub type EventTexts = HashMap<String, EventText>;

/// Reads a language's [`EventTexts`]: `{"<event id>": {"title": …, "summary": …}, …}`.
pub fn read_event_texts(text: &str) -> Result<EventTexts, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// A text in the language asked for, or the English source where it has no translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InLang<'a> {
    pub text: &'a str,
    /// The language the text is in.
    pub lang: Lang,
}

impl Event {
    /// The title in `lang`, or in English where it has none.
    pub fn title_in(&self, lang: Lang) -> InLang<'_> {
        self.title_in_with(lang, None)
    }

    /// The summary in `lang`, or in English where it has none.
    pub fn summary_in(&self, lang: Lang) -> InLang<'_> {
        self.summary_in_with(lang, None)
    }

    /// The title in `lang` from the event's own `i18n`, else from `texts` (a language's texts
    /// read apart from the record, see [`EventTexts`]), else in English.
    pub fn title_in_with<'a>(&'a self, lang: Lang, texts: Option<&'a EventText>) -> InLang<'a> {
        self.translated(lang, texts, |t| t.title.as_deref(), &self.title)
    }

    /// The summary, as [`Event::title_in_with`] finds the title.
    pub fn summary_in_with<'a>(&'a self, lang: Lang, texts: Option<&'a EventText>) -> InLang<'a> {
        self.translated(lang, texts, |t| t.summary.as_deref(), &self.summary)
    }

    /// The note on the sources in `lang`, or in English where it has none; `None` without one.
    pub fn note_in_with<'a>(
        &'a self,
        lang: Lang,
        texts: Option<&'a EventText>,
    ) -> Option<InLang<'a>> {
        let english = self.note.as_deref()?;
        Some(self.translated(lang, texts, |t| t.note.as_deref(), english))
    }

    /// The note on the date's reference in `lang`, as [`Event::note_in_with`].
    pub fn date_reference_in_with<'a>(
        &'a self,
        lang: Lang,
        texts: Option<&'a EventText>,
    ) -> Option<InLang<'a>> {
        let english = self.date_reference.as_deref()?;
        Some(self.translated(lang, texts, |t| t.date_reference.as_deref(), english))
    }

    /// The standard reference of a background event in `lang`, as [`Event::note_in_with`].
    pub fn reference_in_with<'a>(
        &'a self,
        lang: Lang,
        texts: Option<&'a EventText>,
    ) -> Option<InLang<'a>> {
        let english = self.reference.as_deref()?;
        Some(self.translated(lang, texts, |t| t.reference.as_deref(), english))
    }

    fn translated<'a>(
        &'a self,
        lang: Lang,
        texts: Option<&'a EventText>,
        pick: impl Fn(&'a EventText) -> Option<&'a str>,
        english: &'a str,
    ) -> InLang<'a> {
        // The event's own translation first: a record copied into a build with its
        // translations (the repository's `events.json`) is shown as written, whatever the
        // build's own file of that language still holds.
        let found = self
            .i18n
            .get(lang)
            .and_then(&pick)
            .filter(|t| !t.trim().is_empty())
            .or_else(|| texts.filter(|_| lang != Lang::En).and_then(&pick))
            .filter(|t| !t.trim().is_empty());
        match found {
            Some(text) => InLang { text, lang },
            None => InLang {
                text: english,
                lang: Lang::En,
            },
        }
    }
}

impl crate::record::Source {
    /// Whose point of view the document gives, in `lang` (from its `i18n`), or in English where
    /// it has none; `None` when not stated.
    pub fn perspective_in(&self, lang: Lang) -> Option<InLang<'_>> {
        let english = self.perspective.as_deref()?;
        let found = self
            .i18n
            .get(lang)
            .and_then(|t| t.perspective.as_deref())
            .filter(|t| !t.trim().is_empty());
        Some(match found {
            Some(text) => InLang { text, lang },
            None => InLang {
                text: english,
                lang: Lang::En,
            },
        })
    }
}
