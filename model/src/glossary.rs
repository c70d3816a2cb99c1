//! The glossary of contested names and terms (`geodata/glossary.json`): for each concept the
//! atlas's own word in each language, the rule for it, the words its own voice must not use
//! (`avoid`) and the longer words that contain one of them but are fine (`allow`); and the check
//! that the atlas's voice — the catalogs, the names of `atlas.json`, of the units, the claims
//! and the base map, and the events' titles and summaries — follows it.
//!
//! The check is plain text matching: a text of a language hits a term when, after every `allow`
//! string of the term in that language has been taken out, one of its `avoid` strings is still
//! in it. A side's own term (`sides`) is the side's to use, attributed; it is not checked here.

use crate::catalog::Catalog;
use crate::config::AtlasConfig;
use crate::record::Record;
use crate::text::Lang;
use crate::{Base, Claims, Territories};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The glossary: its terms in file order.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    pub terms: Vec<Term>,
}

/// One contested concept.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    /// What is meant, in English, for the editors.
    pub concept: String,
    pub en: Usage,
    pub ja: Usage,
    pub ru: Usage,
    /// Each side's own term, by party id and language: the side's to use, attributed.
    #[serde(default)]
    pub sides: BTreeMap<String, BTreeMap<String, String>>,
}

/// A term in one language.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Usage {
    /// The atlas's own word.
    #[serde(rename = "use")]
    pub word: String,
    /// When and how to use it.
    pub rule: String,
    /// What the atlas's own voice must not say.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Longer words that contain an `avoid` string and are fine ("пограничья" for "ничья").
    #[serde(default)]
    pub allow: Vec<String>,
}

impl Term {
    pub fn usage(&self, lang: Lang) -> &Usage {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
            Lang::Ru => &self.ru,
        }
    }
}

/// A text in the atlas's own voice, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Voiced {
    /// The file, from `geodata/` ("lang/ja.json", "events.json").
    pub file: String,
    /// The entry in it: a catalog key, an id, an id and a field.
    pub key: String,
    pub text: String,
}

/// A text that uses a word its language's glossary entry avoids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub term: String,
    pub lang: Lang,
    /// The word avoided.
    pub word: String,
    pub file: String,
    pub key: String,
    pub text: String,
}

impl Hit {
    /// The warning the data checker gives for it, in the file of the text (`file` gives the
    /// file's text, to place the word in it).
    pub fn finding(&self, file: crate::error::Texts) -> crate::error::Finding {
        crate::error::Finding {
            file: self.file.clone(),
            at: file(&self.file).and_then(|text| self.place_in(&text)),
            severity: crate::error::Severity::Warning,
            message: format!(
                "{}: “{}” is a word the glossary's term “{}” avoids in {}: {}",
                self.key,
                self.word,
                self.term,
                self.lang.key(),
                crate::text::quote(&self.text, 120)
            ),
        }
    }

    /// Where the avoided word is in the file's text: in the text as JSON writes it, else its
    /// first use anywhere in the file.
    fn place_in(&self, file_text: &str) -> Option<crate::error::Location> {
        let written = serde_json::to_string(&self.text).ok()?;
        let word = serde_json::to_string(&self.word).ok()?;
        let word = word.trim_matches('"');
        let offset = file_text
            .find(&written)
            .and_then(|at| Some(at + written.find(word)?))
            .or_else(|| file_text.find(word))?;
        Some(crate::error::Location::of_offset(file_text, offset))
    }
}

impl std::fmt::Display for Hit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: “{}” (glossary term “{}”, {}): {}",
            self.file,
            self.key,
            self.word,
            self.term,
            self.lang.key(),
            self.text
        )
    }
}

impl Glossary {
    /// Reads and checks `glossary.json`: ids unique and not blank, no empty `avoid` or `allow`.
    pub fn from_json(text: &str) -> Result<Glossary, String> {
        let glossary: Glossary = serde_json::from_str(text).map_err(|e| e.to_string())?;
        for (i, term) in glossary.terms.iter().enumerate() {
            if term.id.trim().is_empty() {
                return Err(format!("term #{i}: its id is empty"));
            }
            if glossary.terms[..i].iter().any(|t| t.id == term.id) {
                return Err(format!("term “{}”: its id is used twice", term.id));
            }
            for lang in Lang::ALL {
                let u = term.usage(lang);
                if u.avoid.iter().chain(&u.allow).any(|w| w.trim().is_empty()) {
                    return Err(format!(
                        "term “{}” ({}): an avoid or allow string is empty",
                        term.id,
                        lang.key()
                    ));
                }
            }
        }
        Ok(glossary)
    }

    /// The terms whose `use` is not filled in some language (empty or "TODO").
    pub fn unfilled(&self) -> Vec<(String, Lang)> {
        self.terms
            .iter()
            .flat_map(|t| Lang::ALL.map(|l| (t, l)))
            .filter(|(t, l)| {
                let word = t.usage(*l).word.trim();
                word.is_empty() || word.contains("TODO")
            })
            .map(|(t, l)| (t.id.clone(), l))
            .collect()
    }

    /// Every text of `texts` (in `lang`) that uses a word the glossary avoids in `lang`.
    pub fn hits(&self, lang: Lang, texts: &[Voiced]) -> Vec<Hit> {
        let mut hits = Vec::new();
        for term in &self.terms {
            let usage = term.usage(lang);
            for voiced in texts {
                let mut text = voiced.text.clone();
                for allowed in &usage.allow {
                    text = text.replace(allowed.as_str(), "\u{0}");
                }
                for word in usage.avoid.iter().filter(|w| text.contains(w.as_str())) {
                    hits.push(Hit {
                        term: term.id.clone(),
                        lang,
                        word: word.clone(),
                        file: voiced.file.clone(),
                        key: voiced.key.clone(),
                        text: voiced.text.clone(),
                    });
                }
            }
        }
        hits
    }

    /// Each side named in `sides` that is not a party of `config`.
    pub fn unknown_sides(&self, config: &AtlasConfig) -> Vec<String> {
        self.terms
            .iter()
            .flat_map(|t| t.sides.keys().map(move |s| (t, s)))
            .filter(|(_, s)| config.parties.find(s).is_none())
            .map(|(t, s)| format!("term “{}”: side “{s}” is not a party of atlas.json", t.id))
            .collect()
    }
}

/// The files of the atlas's voice in one language, as far as they could be read.
#[derive(Clone, Copy, Default)]
pub struct VoiceFiles<'a> {
    pub catalog: Option<&'a Catalog>,
    pub config: Option<&'a AtlasConfig>,
    pub territories: Option<&'a Territories>,
    pub claims: Option<&'a Claims>,
    pub base: Option<&'a Base>,
    pub record: Option<&'a Record>,
}

/// Every text of the atlas's own voice in `lang`: the catalog's values, the names of
/// `atlas.json` (views, parties, eras, unrecorded land), the units', the claims' and the base
/// map's names, and the events' titles and summaries (the English fields in English, the
/// `i18n.<lang>` fields otherwise; a text the data lacks in `lang` is not in it).
pub fn voice(lang: Lang, files: VoiceFiles<'_>) -> Vec<Voiced> {
    let mut out = Vec::new();
    let mut add = |file: &'static str, key: String, text: Option<&str>| {
        if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
            out.push(Voiced {
                file: file.to_string(),
                key,
                text: text.to_string(),
            });
        }
    };
    if let Some(catalog) = files.catalog {
        let file = match lang {
            Lang::En => "lang/en.json",
            Lang::Ja => "lang/ja.json",
            Lang::Ru => "lang/ru.json",
        };
        for key in catalog.keys() {
            for text in catalog.texts(key) {
                add(file, key.to_string(), Some(text));
            }
        }
    }
    if let Some(config) = files.config {
        for v in &config.views {
            add(
                "atlas.json",
                format!("views {}", v.id),
                v.name.translation(lang),
            );
        }
        let parties = &config.parties;
        for p in parties.all() {
            let info = parties.info(p).into_iter();
            for n in info.flat_map(|i| &i.names) {
                let key = format!("parties {}", parties.key(p));
                add("atlas.json", key.clone(), n.name.translation(lang));
                let in_text = n.in_text.as_ref().and_then(|t| t.translation(lang));
                add("atlas.json", key, in_text);
            }
        }
        for e in &config.eras {
            let key = format!("eras {}", e.from.date());
            add("atlas.json", key.clone(), e.name.translation(lang));
            add("atlas.json", key, e.description.translation(lang));
        }
        let unrecorded = config.unrecorded.name.translation(lang);
        add("atlas.json", "unrecorded".into(), unrecorded);
    }
    for unit in files.territories.iter().flat_map(|t| &t.units) {
        add(
            "territories.geojson",
            unit.id.clone(),
            Some(unit.names.get(lang)),
        );
    }
    for claim in files.claims.iter().flat_map(|c| &c.claims) {
        add(
            "claims.geojson",
            claim.id.clone(),
            Some(claim.names.get(lang)),
        );
    }
    for (i, f) in files
        .base
        .iter()
        .flat_map(|b| b.features.iter().enumerate())
    {
        add("base.geojson", format!("feature {i}"), f.name_in(lang));
    }
    for e in files.record.iter().flat_map(|r| r.events()) {
        let (title, summary) = match (lang, e.i18n.get(lang)) {
            (Lang::En, _) => (Some(e.title.as_str()), Some(e.summary.as_str())),
            (_, Some(t)) => (t.title.as_deref(), t.summary.as_deref()),
            (_, None) => (None, None),
        };
        add("events.json", format!("{} title", e.id), title);
        add("events.json", format!("{} summary", e.id), summary);
    }
    out
}

/// What `atlas-check` says of the glossary: an error when `glossary.json` cannot be read, a
/// warning for each side it names that is not a party, each term without its word in a
/// language, and each text of the atlas's voice that uses a word the glossary avoids (placed
/// in the file of the text).
pub(crate) fn check(
    file: crate::error::Texts,
    config: &AtlasConfig,
    territories: Option<&Territories>,
    record: Option<&Record>,
) -> Vec<crate::error::Finding> {
    use crate::error::Finding;
    use crate::error::Severity;
    let finding = |file: &str, severity, message: String| Finding {
        file: file.to_string(),
        at: None,
        severity,
        message,
    };
    let glossary = match file("glossary.json").map(|t| Glossary::from_json(&t)) {
        None => return Vec::new(),
        Some(Err(e)) => return vec![finding("glossary.json", Severity::Error, e)],
        Some(Ok(g)) => g,
    };
    let mut out: Vec<Finding> = glossary
        .unknown_sides(config)
        .into_iter()
        .map(|w| finding("glossary.json", Severity::Warning, w))
        .collect();
    for (term, lang) in glossary.unfilled() {
        let message = format!("term “{term}” has no word to use in {}", lang.key());
        out.push(finding("glossary.json", Severity::Warning, message));
    }
    let claims = file("claims.geojson").and_then(|t| Claims::read(&t, &config.parties).ok());
    let base = file("base.geojson").and_then(|t| Base::read(&t).ok());
    for lang in Lang::ALL {
        let catalog =
            file(&format!("lang/{}.json", lang.key())).and_then(|t| Catalog::from_json(&t).ok());
        let files = VoiceFiles {
            catalog: catalog.as_ref(),
            config: Some(config),
            territories,
            claims: claims.as_ref().map(|c| &c.value),
            base: base.as_ref().map(|b| &b.value),
            record,
        };
        for hit in glossary.hits(lang, &voice(lang, files)) {
            out.push(hit.finding(file));
        }
    }
    out
}
