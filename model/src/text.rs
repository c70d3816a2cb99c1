//! Words in the atlas's languages: the language itself, place names (all three languages
//! required) and texts with English as the source and translations where the data has them.

use serde::{Deserialize, Serialize};

/// Text from a data file or a link made fit to show in a sentence: control characters and
/// bidirectional overrides (which would reverse what follows them) become `U+XXXX`, runs of
/// white space one space, and anything longer than `max` characters is cut with “…”.
pub fn tidy(text: &str, max: usize) -> String {
    let is_bidi_control = |c: char| matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    let mut out = String::new();
    let mut shown = 0;
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        let piece = if c.is_control() || is_bidi_control(c) {
            format!("U+{:04X}", c as u32)
        } else {
            c.to_string()
        };
        let cost = piece.chars().count() + usize::from(space);
        if shown + cost > max {
            out.push('…');
            break;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push_str(&piece);
        shown += cost;
    }
    out
}

/// A language of the atlas.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    /// The BCP 47 tag, also the link's `lang` value.
    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    /// The language's name in itself.
    pub fn label(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// A place name in the atlas's three languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Names {
    pub en: String,
    pub ja: String,
    pub ru: String,
}

impl Names {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ja => &self.ja,
            Lang::Ru => &self.ru,
        }
    }

    pub(crate) fn check(&self) -> Result<(), String> {
        for lang in Lang::ALL {
            if self.get(lang).trim().is_empty() {
                return Err(format!("its {} name is empty", lang.key()));
            }
        }
        Ok(())
    }
}

/// The translations of an entry's texts, by language: a data file's `"i18n"` object.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translations<T> {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ja: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<T>,
}

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations { ja: None, ru: None }
    }
}

impl<T> Translations<T> {
    pub fn get(&self, lang: Lang) -> Option<&T> {
        match lang {
            Lang::En => None,
            Lang::Ja => self.ja.as_ref(),
            Lang::Ru => self.ru.as_ref(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ja.is_none() && self.ru.is_none()
    }
}

/// A text whose source is English, with a translation per language where the data has one.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ja: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ru: Option<String>,
}

impl Text {
    /// The text in `lang` where it has it (English always), without falling back.
    pub fn translation(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::En => Some(self.en.as_str()),
            Lang::Ja => self.ja.as_deref(),
            Lang::Ru => self.ru.as_deref(),
        }
        .filter(|t| !t.trim().is_empty())
    }

    /// The text in `lang`, or the English source where it has no translation.
    pub fn get(&self, lang: Lang) -> &str {
        self.translation(lang).unwrap_or(&self.en)
    }

    pub(crate) fn check(&self) -> Result<(), String> {
        if self.en.trim().is_empty() {
            return Err("its English text is empty".into());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_names_are_reported() {
        let n = Names {
            en: "Urup".into(),
            ja: " ".into(),
            ru: "Уруп".into(),
        };
        assert_eq!(n.check().unwrap_err(), "its ja name is empty");
        assert_eq!(n.get(Lang::Ru), "Уруп");
    }

    #[test]
    fn texts_fall_back_to_english() {
        let t = Text {
            en: "Cold War".into(),
            ja: Some("冷戦".into()),
            ru: Some("".into()),
        };
        assert_eq!(t.get(Lang::Ja), "冷戦");
        assert_eq!(t.get(Lang::Ru), "Cold War");
        assert!(Text::default().check().is_err());
    }

    #[test]
    fn language_keys_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_key(l.key()), Some(l));
        }
        assert_eq!(Lang::from_key("de"), None);
    }

    #[test]
    fn tidy_text_is_short_one_line_and_cannot_turn_the_sentence_around() {
        assert_eq!(super::tidy("  a\n\tb  c ", 80), "a b c");
        assert_eq!(super::tidy("abc\u{202e}def", 80), "abcU+202Edef");
        assert_eq!(super::tidy("a\u{0}b", 80), "aU+0000b");
        let long = "9".repeat(10_000);
        let short = super::tidy(&long, 40);
        assert_eq!(short.chars().count(), 41);
        assert!(short.ends_with('…'));
        assert_eq!(super::tidy("exactly ", 7), "exactly");
    }
}
