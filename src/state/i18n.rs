//! The interface's words in the reader's language. English, the source, is built in
//! (`geodata/lang/en.json`, read by the model: [`Catalog::english`]); Japanese and Russian are
//! read from `geodata/lang/<lang>.json` when first needed, so that a teacher can correct them on
//! a published copy without a rebuild. Where a word is missing, or until its file has arrived,
//! the English one stands in.

use crate::platform::fetch::fetch_text;
use atlas_model::key::{self, Key};
use atlas_model::perspective::{SideView, Standing};
use atlas_model::record::{read_event_texts, EventText, EventTexts, InLang};
use atlas_model::words::Message;
use atlas_model::Event;
use atlas_model::{Catalog, Date, Dated, Lang, Words};
use leptos::prelude::*;
use std::sync::Arc;

/// Where a language's catalog is, relative to the page.
pub fn catalog_path(lang: Lang) -> String {
    format!("geodata/lang/{}.json", lang.key())
}

/// Where a language's event titles and summaries are, when the build has moved them out of
/// `events.json` (a development build keeps them there).
pub fn event_texts_path(lang: Lang) -> String {
    format!("geodata/lang/events.{}.json", lang.key())
}

/// A language's words and event texts, as fetched.
#[derive(Clone)]
pub struct Pack {
    pub lang: Lang,
    pub catalog: Result<Catalog, String>,
    /// `None` where the build kept the texts in `events.json`.
    pub events: Option<EventTexts>,
}

/// Fetches a language's catalog and event texts at once.
pub async fn fetch_pack(lang: Lang) -> Pack {
    let catalog = async {
        let path = catalog_path(lang);
        let text = fetch_text(&path)
            .await
            .map_err(|e| format!("{path}: {e}"))?;
        Catalog::from_json(&text).map_err(|e| format!("{path}: {e}"))
    };
    let events = async {
        let text = fetch_text(&event_texts_path(lang)).await.ok()?;
        read_event_texts(&text).ok()
    };
    let (catalog, events) = futures::join!(catalog, events);
    Pack {
        lang,
        catalog,
        events,
    }
}

/// "Loading the atlas…" in `lang`, before any catalog is read.
pub fn loading_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Loading the atlas…",
        Lang::Ja => "地図を読み込んでいます…",
        Lang::Ru => "Атлас загружается…",
    }
}

/// What the first view says once the reader has used one of its controls before the app runs.
pub fn waiting_text(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Starting the atlas: what you chose will be applied as soon as it is ready.",
        Lang::Ja => "地図を準備しています。準備ができしだい、選んだ操作を反映します。",
        Lang::Ru => "Атлас запускается: выбранное будет применено, как только он будет готов.",
    }
}

/// The reader's language and the catalogs read so far. A handle: `Copy`.
///
/// The language shown changes only once its catalog has arrived ([`I18n::show`]), so no frame
/// mixes the words of one language with the dates and names of another; if the catalog cannot
/// be had, the language shown stays.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language shown.
    pub lang: RwSignal<Lang>,
    /// The language last asked for: an answer that arrives after a later choice is not shown.
    wanted: StoredValue<Lang>,
    loaded: RwSignal<Vec<(Lang, Arc<Catalog>)>>,
    /// Event titles and summaries read apart from the record, by language.
    texts: RwSignal<Vec<(Lang, Arc<EventTexts>)>>,
}

impl I18n {
    pub fn new(lang: Lang, loaded: Vec<(Lang, Arc<Catalog>)>) -> I18n {
        I18n {
            lang: RwSignal::new(lang),
            wanted: StoredValue::new(lang),
            loaded: RwSignal::new(loaded),
            texts: RwSignal::new(Vec::new()),
        }
    }

    /// Runs `f` with the words of the current language (tracked: a view that calls it follows
    /// the language and the arrival of its catalog).
    pub fn with<R>(&self, f: impl FnOnce(&Words<'_>) -> R) -> R {
        let lang = self.lang.get();
        self.loaded.with(|loaded| {
            let local = loaded.iter().find(|(l, _)| *l == lang).map(|(_, c)| &**c);
            f(&Words::new(lang, local, Catalog::english()))
        })
    }

    /// The text of `key`.
    pub fn t(&self, key: Key) -> String {
        self.with(|w| w.fill(key, &[]))
    }

    /// The text of `key` with its arguments.
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        self.with(|w| w.fill(key, args))
    }

    /// The form of `key` for the number `n`.
    pub fn count(&self, key: Key, n: usize, args: &[(&str, &str)]) -> String {
        self.with(|w| w.count(key, n as u64, args))
    }

    pub fn message(&self, message: &Message) -> String {
        self.with(|w| w.message(message))
    }

    /// A date as the reader's language writes it (see [`Words::date`]: an Old Style date is
    /// written with its calendar named).
    pub fn date(&self, date: impl Into<Dated>) -> String {
        let date = date.into();
        self.with(|w| w.date(date))
    }

    /// A date, or a span of dates, as the reader's language writes it.
    pub fn span(&self, from: Date, to: Option<Date>) -> String {
        self.with(|w| w.span(from, to))
    }

    /// What a unit was to a side, given the names of its holder and of the party the side held
    /// rightful: "its own", "its own, held by the Soviet Union", "rightfully Japan’s"…
    pub fn standing(
        &self,
        view: &SideView,
        holder: Option<String>,
        rightful: Option<String>,
    ) -> String {
        match view.standing {
            Standing::Own => self.t(key::VIEW_OWN),
            Standing::OwnHeldByAnother => self.fill(
                key::VIEW_OWN_HELD_BY_ANOTHER,
                &[("holder", &holder.unwrap_or_default())],
            ),
            Standing::Another => self.fill(
                key::VIEW_ANOTHER,
                &[("party", &rightful.unwrap_or_default())],
            ),
            Standing::Undetermined => self.t(key::VIEW_UNDETERMINED),
        }
    }

    /// Adds a catalog that has arrived.
    pub fn add(&self, lang: Lang, catalog: Catalog) {
        self.loaded.update(|l| l.push((lang, Arc::new(catalog))));
    }

    /// Adds what a language's pack brought; the catalog's failure is returned for a notice.
    pub fn add_pack(&self, pack: Pack) -> Option<String> {
        if let Some(events) = pack.events {
            self.texts.update(|t| t.push((pack.lang, Arc::new(events))));
        }
        match pack.catalog {
            Ok(catalog) => {
                self.add(pack.lang, catalog);
                None
            }
            Err(why) => Some(why),
        }
    }

    /// An event's title in the reader's language (or English, and which it is). Tracked.
    pub fn title(&self, e: &Event) -> (String, Lang) {
        self.event_text(e, Event::title_in_with)
    }

    /// An event's summary in the reader's language (or English, and which it is). Tracked.
    pub fn summary(&self, e: &Event) -> (String, Lang) {
        self.event_text(e, Event::summary_in_with)
    }

    /// An event's note on the sources, date reference and background reference in the reader's
    /// language (or English, and which it is), where the event has them. Tracked.
    pub fn note(&self, e: &Event) -> Option<(String, Lang)> {
        self.optional_text(e, Event::note_in_with)
    }

    pub fn date_reference(&self, e: &Event) -> Option<(String, Lang)> {
        self.optional_text(e, Event::date_reference_in_with)
    }

    pub fn reference(&self, e: &Event) -> Option<(String, Lang)> {
        self.optional_text(e, Event::reference_in_with)
    }

    fn optional_text(
        &self,
        e: &Event,
        pick: impl for<'t> Fn(&'t Event, Lang, Option<&'t EventText>) -> Option<InLang<'t>>,
    ) -> Option<(String, Lang)> {
        let lang = self.lang.get();
        self.texts.with(|t| {
            let extra = t
                .iter()
                .find(|(l, _)| *l == lang)
                .and_then(|(_, m)| m.get(&e.id));
            pick(e, lang, extra).map(|found| (found.text.to_string(), found.lang))
        })
    }

    /// One of an event's texts, with the language's texts read apart from the record.
    fn event_text(
        &self,
        e: &Event,
        pick: impl for<'t> Fn(&'t Event, Lang, Option<&'t EventText>) -> InLang<'t>,
    ) -> (String, Lang) {
        self.optional_text(e, |e, lang, extra| Some(pick(e, lang, extra)))
            .unwrap_or_else(|| (e.title.clone(), Lang::En))
    }

    /// Whether `lang`'s words are at hand (English always is).
    fn has(&self, lang: Lang) -> bool {
        lang == Lang::En
            || self
                .loaded
                .with_untracked(|l| l.iter().any(|(l, _)| *l == lang))
    }

    /// Shows the page in `lang` now if its words are at hand: whether the language shown
    /// changed; `None` when they must be fetched first ([`I18n::show`]).
    pub fn show_now(&self, lang: Lang) -> Option<bool> {
        if !self.has(lang) {
            return None;
        }
        self.wanted.set_value(lang);
        Some(self.switch_to(lang))
    }

    /// Shows the page in `lang` once its words are at hand, fetching them first if need be.
    /// `Ok(true)` when the language shown changed; `Err` with why the words could not be had
    /// (the language shown then stays); `Ok(false)` when nothing changed, or a later choice
    /// took the place of this one meanwhile.
    pub async fn show(&self, lang: Lang) -> Result<bool, String> {
        self.wanted.set_value(lang);
        if !self.has(lang) {
            let pack = fetch_pack(lang).await;
            if !self.has(lang) {
                if let Some(why) = self.add_pack(pack) {
                    return Err(why);
                }
            }
        }
        Ok(self.switch_to(lang))
    }

    /// Shows `lang`, whose words are at hand, unless a later choice took its place (or the
    /// page is gone): whether the language shown changed.
    fn switch_to(&self, lang: Lang) -> bool {
        let wanted = self.wanted.try_get_value() == Some(lang);
        let changed = wanted && self.lang.try_get_untracked().is_some_and(|l| l != lang);
        if changed {
            self.lang.set(lang);
        }
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_english_catalog_reads() {
        assert!(Catalog::english().keys().len() > 10);
    }
}
