//! The interface's words in each language, read from `geodata/lang/<lang>.json`, and dates
//! written as each language writes them.
//!
//! A catalog maps a key (`"legend.title"`) to a text, or to plural forms (`{"one": …,
//! "few": …, "many": …, "other": …}`: the CLDR categories of the language). A text names its
//! arguments in braces: `"{count} events"`. English is the source: a key missing from another
//! language's catalog is looked up in English.

pub use crate::catalog::{Catalog, Plural};
use crate::date::{Date, DateError, OldStyle, MONTHS_EN};
use crate::key::{self, Key};
use crate::party::Existence;
use crate::text::Lang;

/// A value put into a message: text as it is, a date written in the reader's language, or
/// words of the catalog in that language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Date(Date),
    Words(Key),
}

/// A message to the reader, kept as its key and arguments so that it can be shown in whatever
/// language the reader picks later.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub key: Key,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(key: Key) -> Message {
        Message {
            key,
            args: Vec::new(),
        }
    }

    /// Adds a text argument.
    pub fn with(mut self, name: &'static str, value: impl Into<String>) -> Message {
        self.args.push((name, Arg::Text(value.into())));
        self
    }

    /// Adds a date argument.
    pub fn date(mut self, name: &'static str, date: Date) -> Message {
        self.args.push((name, Arg::Date(date)));
        self
    }

    /// Adds an argument that is words of the catalog (a reason, a name).
    pub fn words(mut self, name: &'static str, key: Key) -> Message {
        self.args.push((name, Arg::Words(key)));
        self
    }

    /// The text value of argument `name`, for tests and logs.
    pub fn arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Text(t) if *n == name => Some(t.as_str()),
            _ => None,
        })
    }
}

/// The words of one language, with the English source behind them.
#[derive(Clone, Copy, Debug)]
pub struct Words<'a> {
    pub lang: Lang,
    local: Option<&'a Catalog>,
    english: &'a Catalog,
}

impl Words<'static> {
    /// English alone: the model's own messages (what is wrong in a file), and tests.
    pub fn english() -> Words<'static> {
        Words::new(Lang::En, None, Catalog::english())
    }
}

impl<'a> Words<'a> {
    /// `local` is the language's catalog (`None` while it is not loaded, or for English).
    pub fn new(lang: Lang, local: Option<&'a Catalog>, english: &'a Catalog) -> Words<'a> {
        Words {
            lang,
            local: local.filter(|_| lang != Lang::En),
            english,
        }
    }

    /// The text of `key`; the key itself where no catalog has it, so a missing word shows
    /// where it is missing.
    pub fn get(&self, key: Key) -> &'a str {
        self.text(key)
    }

    /// The text of `key` with its `{name}` arguments filled in.
    pub fn fill(&self, key: Key, args: &[(&str, &str)]) -> String {
        fill(self.text(key), args)
    }

    /// The language's text of `key`, else the English one, else the key.
    fn text(&self, key: Key) -> &'a str {
        let key = key.as_str();
        self.local
            .and_then(|c| c.text(key))
            .or_else(|| self.english.text(key))
            .unwrap_or(key)
    }

    /// The form of `key` for the number `n` (given as `{count}`), with other arguments.
    pub fn count(&self, key: Key, n: u64, args: &[(&str, &str)]) -> String {
        let key = key.as_str();
        let local = self
            .local
            .and_then(|c| c.plural(key, Plural::of(self.lang, n)));
        let text = local
            .or_else(|| self.english.plural(key, Plural::of(Lang::En, n)))
            .unwrap_or(key);
        let n = n.to_string();
        let mut all = vec![("count", n.as_str())];
        all.extend_from_slice(args);
        fill(text, &all)
    }

    /// A message in this language.
    pub fn message(&self, message: &Message) -> String {
        let values: Vec<(&str, String)> = message
            .args
            .iter()
            .map(|(name, arg)| {
                let value = match arg {
                    Arg::Text(t) => t.clone(),
                    Arg::Date(d) => self.date(*d),
                    Arg::Words(key) => self.get(*key).to_string(),
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.fill(message.key, &args)
    }

    /// A date as the language writes it: a date of the record at its precision ("5 September
    /// 1905", "1939年5月", "1875\u{a0}г."), or an Old Style one with its calendar named
    /// (`date.old-style`: "(26 January 1855 Old Style)"). The one way the atlas writes a date
    /// for a reader.
    pub fn date(&self, date: impl Into<Dated>) -> String {
        match date.into() {
            Dated::Gregorian(d) => {
                write(self.lang, d.year_number(), d.month_number(), d.day_number())
            }
            Dated::OldStyle(os) => {
                let day = write(self.lang, os.year, Some(os.month), Some(os.day));
                self.fill(key::DATE_OLD_STYLE, &[("date", &day)])
            }
        }
    }

    /// What a span writes between its two dates (`date.span`: " – ", "～", " — "), for a page
    /// that marks up each date of the span on its own.
    pub fn span_between(&self) -> &'a str {
        let text = self.text(key::DATE_SPAN);
        text.split_once("{from}")
            .and_then(|(_, rest)| rest.split_once("{to}"))
            .map_or(" – ", |(between, _)| between)
    }

    /// The spans a party existed, in words: "1 March 1932 – 18 August 1945", "29 December
    /// 1911 – 22 November 1919, then from 11 July 1921" (each span's end is the first day it no
    /// longer existed: the day it ended).
    pub fn existence(&self, spans: &[Existence]) -> String {
        let words: Vec<String> = spans
            .iter()
            .map(|s| match s.until {
                Some(until) => self.span(s.from.date(), Some(until.date())),
                None => self.fill(
                    key::PERSPECTIVE_EXISTED_FROM,
                    &[("date", &self.date(s.from.date()))],
                ),
            })
            .collect();
        words.join(self.get(key::PERSPECTIVE_EXISTED_THEN))
    }

    /// A date, or a span of dates: "11 May 1939 – 16 September 1939", "1939年5月11日～9月16日"…
    pub fn span(&self, from: Date, to: Option<Date>) -> String {
        match to {
            None => self.date(from),
            Some(to) => self.fill(
                key::DATE_SPAN,
                &[("from", &self.date(from)), ("to", &self.date(to))],
            ),
        }
    }
}

/// Puts each argument's value where the text names it in braces; a name the text lacks is
/// left out, a brace the arguments do not name is kept.
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (close, *v))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Russian months in the genitive, as after a day: "5 сентября".
const MONTHS_RU_OF: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

/// Russian months on their own: "сентябрь 1905 г.".
const MONTHS_RU: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];

/// A date at the precision given, as `lang` writes it: "5 September 1905", "1905年9月5日",
/// "5 сентября 1905 г."; "September 1905", "1905年9月", "сентябрь 1905 г."; "1905", "1905年",
/// "1905 г.".
fn write(lang: Lang, year: i32, month: Option<u8>, day: Option<u8>) -> String {
    let m = |names: &[&'static str; 12], m: u8| names[usize::from(m.clamp(1, 12) - 1)];
    match (lang, month, day) {
        (Lang::En, None, _) => year.to_string(),
        (Lang::En, Some(mo), None) => format!("{} {year}", m(&MONTHS_EN, mo)),
        (Lang::En, Some(mo), Some(d)) => format!("{d} {} {year}", m(&MONTHS_EN, mo)),
        (Lang::Ja, None, _) => format!("{year}年"),
        (Lang::Ja, Some(mo), None) => format!("{year}年{mo}月"),
        (Lang::Ja, Some(mo), Some(d)) => format!("{year}年{mo}月{d}日"),
        (Lang::Ru, None, _) => format!("{year}\u{a0}г."),
        (Lang::Ru, Some(mo), None) => format!("{} {year}\u{a0}г.", m(&MONTHS_RU, mo)),
        (Lang::Ru, Some(mo), Some(d)) => format!("{d} {} {year}\u{a0}г.", m(&MONTHS_RU_OF, mo)),
    }
}

/// A date to write for a reader: one of the record (the Gregorian calendar), or an Old Style
/// one the record gives beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dated {
    Gregorian(Date),
    OldStyle(OldStyle),
}

impl From<Date> for Dated {
    fn from(date: Date) -> Dated {
        Dated::Gregorian(date)
    }
}

impl From<OldStyle> for Dated {
    fn from(date: OldStyle) -> Dated {
        Dated::OldStyle(date)
    }
}

/// A date error in English, for the messages about a data file: the date module knows its
/// faults, the words know how to say them.
impl std::fmt::Display for DateError {
    /// In English, for the messages about a data file.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let words = Words::english();
        write!(
            f,
            "“{}” is not a date ({}); write YYYY, YYYY-MM or YYYY-MM-DD",
            crate::text::quote(&self.input, 40),
            words.get(key::of_date_fault(self.fault))
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let english = Catalog::english();
        let [en, ja, ru] = Lang::ALL.map(|lang| Words::new(lang, None, english));
        assert_eq!(en.date(d("1905-09-05")), "5 September 1905");
        assert_eq!(ja.date(d("1905-09-05")), "1905年9月5日");
        assert_eq!(ru.date(d("1905-09-05")), "5 сентября 1905\u{a0}г.");
        assert_eq!(ru.date(d("1939-05")), "май 1939\u{a0}г.");
        assert_eq!(ja.date(d("1939-05")), "1939年5月");
        assert_eq!(ja.date(d("1875")), "1875年");
        assert_eq!(en.date(d("1875")), "1875");
        assert_eq!(en.date(d("1939-05")), "May 1939");
        assert_eq!(en.date(d("1875-05-07")), "7 May 1875");
        assert_eq!(en.span(d("1875"), None), "1875");
        assert_eq!(en.span_between(), " – ");
        let ja_words = Catalog::from_json(r#"{"date.span": "{from}～{to}"}"#).unwrap();
        let ja_words = Words::new(Lang::Ja, Some(&ja_words), Catalog::english());
        assert_eq!(ja_words.span_between(), "～");
        assert_eq!(
            en.span(d("1939-05-11"), Some(d("1939-09-16"))),
            "11 May 1939 – 16 September 1939"
        );
    }

    #[test]
    fn catalogs_fill_count_and_fall_back_to_english() {
        let en = Catalog::from_json(
            r#"{"$schema": "x", "header.title": "Hello {name}", "list.count": {"one": "{count} event", "other": "{count} events"}, "play.play": "English"}"#,
        )
        .unwrap();
        let ru = Catalog::from_json(
            r#"{"header.title": "Привет, {name}", "list.count": {"one": "{count} событие", "few": "{count} события", "many": "{count} событий", "other": "{count} события"}}"#,
        )
        .unwrap();
        let words = Words::new(Lang::Ru, Some(&ru), &en);
        assert_eq!(
            words.fill(key::HEADER_TITLE, &[("name", "мир")]),
            "Привет, мир"
        );
        assert_eq!(words.count(key::LIST_COUNT, 1, &[]), "1 событие");
        assert_eq!(words.count(key::LIST_COUNT, 3, &[]), "3 события");
        assert_eq!(words.count(key::LIST_COUNT, 25, &[]), "25 событий");
        assert_eq!(words.get(key::PLAY_PLAY), "English");
        // A word no catalog has shows its key, where it is missing.
        assert_eq!(words.get(key::PLAY_PAUSE), "play.pause");
        let english = Words::new(Lang::En, Some(&ru), &en);
        assert_eq!(english.count(key::LIST_COUNT, 1, &[]), "1 event");
        assert_eq!(english.count(key::LIST_COUNT, 2, &[]), "2 events");
        assert!(Catalog::from_json("[1]").is_err());
        assert!(Catalog::from_json(r#"{"a": 3}"#).is_err());
    }

    #[test]
    fn fill_keeps_braces_it_does_not_know() {
        assert_eq!(fill("{a} and {b}", &[("a", "1")]), "1 and {b}");
        assert_eq!(fill("{", &[]), "{");
        assert_eq!(fill("x{a}y{a}", &[("a", "é")]), "xéyé");
    }

    #[test]
    fn old_style_dates_are_read_in_both_forms() {
        let os = OldStyle::parse("26 January 1855 (O.S.)").unwrap();
        assert_eq!(Some(os), OldStyle::parse("1855-01-26"));
        let ru = Catalog::from_json(r#"{"date.old-style": "({date} по старому стилю)"}"#).unwrap();
        let ru = Words::new(Lang::Ru, Some(&ru), Catalog::english());
        assert_eq!(ru.date(os), "(26 января 1855\u{a0}г. по старому стилю)");
        let ja = Words::new(Lang::Ja, None, Catalog::english());
        assert_eq!(ja.date(os), "(1855年1月26日 Old Style)");
        assert_eq!(Words::english().date(os), "(26 January 1855 Old Style)");
        // A Julian leap day the Gregorian calendar lacks.
        assert!(OldStyle::parse("29 February 1900 (O.S.)").is_some());
        assert_eq!(OldStyle::parse("30 February 1900"), None);
        assert_eq!(OldStyle::parse("sometime"), None);
    }
}
