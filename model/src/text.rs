//! Words in the atlas's languages: the language itself, place names (all three languages
//! required) and texts with English as the source and translations where the data has them.

use serde::{Deserialize, Serialize};

/// Whether `c` shows nothing, or turns the text around it, where a reader sees it: a control
/// or format character (a bidirectional override would reverse what follows it, a zero-width
/// one hides), or white space other than the plain space.
fn is_invisible(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c,
            '\u{00ad}' | '\u{034f}' | '\u{061c}' | '\u{115f}' | '\u{1160}' | '\u{17b4}' | '\u{17b5}'
            | '\u{180b}'..='\u{180f}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{206f}' | '\u{3164}' | '\u{fe00}'..='\u{fe0f}' | '\u{feff}'
            | '\u{ffa0}' | '\u{fff0}'..='\u{fffb}' | '\u{e0000}'..='\u{e0fff}')
}

/// How a character a reader could not see is shown: `U+XXXX`.
fn code_point(c: char) -> String {
    format!("U+{:04X}", c as u32)
}

/// Pieces of text put one after the other until `max` characters are shown, then “…”.
struct Cut {
    out: String,
    shown: usize,
    max: usize,
}

impl Cut {
    fn new(max: usize) -> Cut {
        Cut {
            out: String::new(),
            shown: 0,
            max,
        }
    }

    /// Adds `piece` whole if it fits (with a space before it when `space`); else ends the text
    /// with “…” and says so (`false`: add nothing more).
    fn push(&mut self, piece: &str, space: bool) -> bool {
        let cost = piece.chars().count() + usize::from(space);
        if self.shown + cost > self.max {
            self.out.push('…');
            return false;
        }
        if space {
            self.out.push(' ');
        }
        self.out.push_str(piece);
        self.shown += cost;
        true
    }
}

/// A value exactly as it was given (a link's parameter, a data file's field), to quote in a
/// message: nothing is dropped, and what a reader could not see is made visible. A space at
/// either end, or beside other white space, shows as “␠”; other white space, control, format
/// and bidirectional characters as `U+XXXX`. Anything longer than `max` characters is cut
/// with “…”.
pub fn quote(text: &str, max: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut cut = Cut::new(max);
    for (i, &c) in chars.iter().enumerate() {
        let plain = |j: Option<usize>| {
            j.and_then(|j| chars.get(j))
                .is_some_and(|n| !n.is_whitespace())
        };
        let piece = if c == ' ' {
            if plain(i.checked_sub(1)) && plain(Some(i + 1)) {
                " ".to_string()
            } else {
                "␠".to_string()
            }
        } else if is_invisible(c) {
            code_point(c)
        } else {
            c.to_string()
        };
        if !cut.push(&piece, false) {
            break;
        }
    }
    cut.out
}

/// Text from a data file made fit to show in a sentence: control, format and bidirectional
/// characters (an override would reverse what follows it) become `U+XXXX`, runs of white
/// space one space, and anything longer than `max` characters is cut with “…”. A value
/// quoted inside it keeps what [`quote`] made visible.
pub fn tidy(text: &str, max: usize) -> String {
    let mut cut = Cut::new(max);
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = !cut.out.is_empty();
            continue;
        }
        let piece = if is_invisible(c) {
            code_point(c)
        } else {
            c.to_string()
        };
        if !cut.push(&piece, space) {
            break;
        }
        space = false;
    }
    cut.out
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
        assert_eq!(super::tidy("a\u{200b}b", 80), "aU+200Bb");
    }

    #[test]
    fn a_quote_keeps_every_character_and_shows_what_cannot_be_seen() {
        assert_eq!(super::quote(" 1905", 40), "␠1905");
        assert_eq!(super::quote(" kurils ", 40), "␠kurils␠");
        assert_eq!(super::quote("a b", 40), "a b");
        assert_eq!(super::quote("a  b", 40), "a␠␠b");
        assert_eq!(super::quote("a\tb\n", 40), "aU+0009bU+000A");
        assert_eq!(super::quote("\u{a0}x\u{200b}", 40), "U+00A0xU+200B");
        assert_eq!(super::quote("abc\u{202e}def", 40), "abcU+202Edef");
        assert_eq!(super::quote("<script>", 40), "<script>");
        assert_eq!(super::quote("", 40), "");
        assert_eq!(super::quote(&"9".repeat(100), 5), "99999…");
        assert_eq!(super::quote("abcd\u{0}", 8), "abcd…");
    }
}
