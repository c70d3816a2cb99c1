//! The interface's words in the reader's language. English, the source, is built in
//! (`geodata/lang/en.json`); Japanese and Russian are read from `geodata/lang/<lang>.json` when
//! first needed, so that a teacher can correct them on a published copy without a rebuild.
//! Where a word is missing, or until its file has arrived, the English one stands in.

use atlas_model::perspective::{SideView, Standing};
use atlas_model::words::Message;
use atlas_model::{Catalog, Date, Lang, Words};
use leptos::prelude::*;
use std::sync::{Arc, OnceLock};

/// The English catalog the app was built with.
pub fn english() -> &'static Catalog {
    static ENGLISH: OnceLock<Catalog> = OnceLock::new();
    ENGLISH.get_or_init(|| {
        Catalog::from_json(include_str!("../geodata/lang/en.json"))
            .expect("the English catalog is checked by the tests")
    })
}

/// Where a language's catalog is, relative to the page.
pub fn catalog_path(lang: Lang) -> String {
    format!("geodata/lang/{}.json", lang.key())
}

/// The language a reader's browser asks for first among those of the atlas (English when
/// none is).
pub fn browser_lang() -> Lang {
    #[cfg(target_arch = "wasm32")]
    {
        let asked = web_sys::window()
            .map(|w| w.navigator().languages())
            .map(|list| {
                list.iter()
                    .filter_map(|l| l.as_string())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        for tag in asked {
            let primary = tag.split('-').next().unwrap_or("").to_ascii_lowercase();
            if let Some(lang) = Lang::from_key(&primary) {
                return lang;
            }
        }
        Lang::En
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Lang::En
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

/// The reader's language and the catalogs read so far. A handle: `Copy`.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
    loaded: RwSignal<Vec<(Lang, Arc<Catalog>)>>,
    /// Languages whose file is being fetched or could not be had.
    asked: StoredValue<Vec<Lang>>,
}

impl I18n {
    pub fn new(lang: Lang, loaded: Vec<(Lang, Arc<Catalog>)>) -> I18n {
        let asked = loaded.iter().map(|(l, _)| *l).collect();
        I18n {
            lang: RwSignal::new(lang),
            loaded: RwSignal::new(loaded),
            asked: StoredValue::new(asked),
        }
    }

    /// Runs `f` with the words of the current language (tracked: a view that calls it follows
    /// the language and the arrival of its catalog).
    pub fn with<R>(&self, f: impl FnOnce(&Words<'_>) -> R) -> R {
        let lang = self.lang.get();
        self.loaded.with(|loaded| {
            let local = loaded.iter().find(|(l, _)| *l == lang).map(|(_, c)| &**c);
            f(&Words::new(lang, local, english()))
        })
    }

    /// The text of `key`.
    pub fn t(&self, key: &str) -> String {
        self.with(|w| w.fill(key, &[]))
    }

    /// The text of `key` with its arguments.
    pub fn fill(&self, key: &str, args: &[(&str, &str)]) -> String {
        self.with(|w| w.fill(key, args))
    }

    /// The form of `key` for the number `n`.
    pub fn count(&self, key: &str, n: usize, args: &[(&str, &str)]) -> String {
        self.with(|w| w.count(key, n as u64, args))
    }

    pub fn message(&self, message: &Message) -> String {
        self.with(|w| w.message(message))
    }

    pub fn date(&self, date: Date) -> String {
        self.with(|w| w.date(date))
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
            Standing::Own => self.t("view.own"),
            Standing::OwnHeldByAnother => self.fill(
                "view.own-held-by-another",
                &[("holder", &holder.unwrap_or_default())],
            ),
            Standing::Another => {
                self.fill("view.another", &[("party", &rightful.unwrap_or_default())])
            }
            Standing::Undetermined => self.t("view.undetermined"),
        }
    }

    /// Adds a catalog that has arrived.
    pub fn add(&self, lang: Lang, catalog: Catalog) {
        self.loaded.update(|l| l.push((lang, Arc::new(catalog))));
    }

    /// Whether `lang`'s catalog should be fetched now (it is then marked as asked for).
    pub fn needs(&self, lang: Lang) -> bool {
        if lang == Lang::En || self.asked.with_value(|a| a.contains(&lang)) {
            return false;
        }
        self.asked.update_value(|a| a.push(lang));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_english_catalog_reads() {
        assert!(english().keys().len() > 10);
    }
}
