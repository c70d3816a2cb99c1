//! The interface's words in each language, read from `geodata/lang/<lang>.json`, and dates
//! written as each language writes them.
//!
//! A catalog maps a key (`"legend.title"`) to a text, or to plural forms (`{"one": …,
//! "few": …, "many": …, "other": …}`: the CLDR categories of the language). A text names its
//! arguments in braces: `"{count} events"`. English is the source: a key missing from another
//! language's catalog is looked up in English.

use crate::date::Date;
use crate::error::{message_of, DataError, Location, Unreadable};
use crate::key::{self, Key};
use crate::text::Lang;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Plural {
    One,
    Few,
    Many,
    Other,
}

impl Plural {
    /// The category of the whole number `n` in `lang` (CLDR's rules for integers).
    pub fn of(lang: Lang, n: u64) -> Plural {
        match lang {
            Lang::En if n == 1 => Plural::One,
            Lang::En | Lang::Ja => Plural::Other,
            Lang::Ru => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Many,
            },
        }
    }
}

/// A catalog's value: a text, or its plural forms.
#[derive(Clone, Debug, PartialEq)]
enum Entry {
    Text(String),
    Plural {
        one: Option<String>,
        few: Option<String>,
        many: Option<String>,
        other: String,
    },
}

/// Reads a catalog file by hand rather than with `#[serde(untagged)]` and `flatten`, whose
/// buffering would cost the page's code several kilobytes for one small file.
struct CatalogVisitor;

impl<'de> Visitor<'de> for CatalogVisitor {
    type Value = HashMap<String, Entry>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("an object of keys to texts or plural forms")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut entries = HashMap::new();
        while let Some(key) = map.next_key::<String>()? {
            if key == "$schema" {
                map.next_value::<IgnoredAny>()?;
                continue;
            }
            let entry = map.next_value::<EntryIn>()?.0;
            entries.insert(key, entry);
        }
        Ok(entries)
    }
}

struct EntryIn(Entry);

impl<'de> Deserialize<'de> for EntryIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntryVisitor;
        impl<'de> Visitor<'de> for EntryVisitor {
            type Value = Entry;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or plural forms {\"one\": …, \"other\": …}")
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Entry, E> {
                Ok(Entry::Text(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entry, A::Error> {
                let (mut one, mut few, mut many, mut other) = (None, None, None, None);
                while let Some(form) = map.next_key::<String>()? {
                    let text = map.next_value::<String>()?;
                    match form.as_str() {
                        "one" => one = Some(text),
                        "few" => few = Some(text),
                        "many" => many = Some(text),
                        "other" => other = Some(text),
                        _ => {
                            return Err(serde::de::Error::unknown_field(
                                &form,
                                &["one", "few", "many", "other"],
                            ))
                        }
                    }
                }
                let other = other.ok_or_else(|| serde::de::Error::missing_field("other"))?;
                Ok(Entry::Plural {
                    one,
                    few,
                    many,
                    other,
                })
            }
        }
        d.deserialize_any(EntryVisitor).map(EntryIn)
    }
}

/// One language's words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    entries: HashMap<String, Entry>,
}

impl Catalog {
    /// Reads a catalog file: an object of keys to texts or plural forms.
    pub fn from_json(text: &str) -> Result<Catalog, Unreadable> {
        let mut reader = serde_json::Deserializer::from_str(text);
        let entries = reader
            .deserialize_map(CatalogVisitor)
            .and_then(|entries| reader.end().map(|()| entries))
            .map_err(|e| Unreadable {
                at: Location::of_error(&e),
                error: DataError::WrongShape(message_of(&e)),
            })?;
        Ok(Catalog { entries })
    }

    /// The keys it has, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.entries.keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    fn text(&self, key: &str) -> Option<&str> {
        match self.entries.get(key)? {
            Entry::Text(t) => Some(t),
            Entry::Plural { other, .. } => Some(other),
        }
    }

    fn plural(&self, key: &str, category: Plural) -> Option<&str> {
        match self.entries.get(key)? {
            Entry::Text(t) => Some(t),
            Entry::Plural {
                one,
                few,
                many,
                other,
            } => Some(
                match category {
                    Plural::One => one.as_deref(),
                    Plural::Few => few.as_deref(),
                    Plural::Many => many.as_deref(),
                    Plural::Other => None,
                }
                .unwrap_or(other),
            ),
        }
    }
}

/// A value put into a message: text as it is, or a date written in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Date(Date),
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
                };
                (*name, value)
            })
            .collect();
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        self.fill(message.key, &args)
    }

    /// A date at its precision, as the language writes it.
    pub fn date(&self, date: Date) -> String {
        date.written(self.lang)
    }

    /// A span of dates: "11 May 1939 – 16 September 1939", "1939年5月11日～9月16日"…
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

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

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

impl Date {
    /// The date at its precision as `lang` writes it: "1905年9月5日", "сентябрь 1905 г.".
    pub fn written(&self, lang: Lang) -> String {
        write(
            lang,
            self.year_number(),
            self.month_number(),
            self.day_number(),
        )
    }
}

/// A date of the Julian calendar (Old Style), as Russia counted days until 1918.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldStyle {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl OldStyle {
    /// Reads the record's `original_date`: "26 January 1855 (O.S.)" or "1855-01-26".
    pub fn parse(text: &str) -> Option<OldStyle> {
        let text = text.trim();
        let iso = text.splitn(3, '-').collect::<Vec<_>>();
        if let [y, m, d] = iso[..] {
            return OldStyle::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        }
        let text = text
            .strip_suffix("(O.S.)")
            .or_else(|| text.strip_suffix("O.S."))
            .unwrap_or(text)
            .trim();
        let mut parts = text.split_whitespace();
        let day: u8 = parts.next()?.parse().ok()?;
        let month = parts.next()?;
        let month = MONTHS_EN
            .iter()
            .position(|m| m.eq_ignore_ascii_case(month))? as u8
            + 1;
        let year: i32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        OldStyle::new(year, month, day)
    }

    fn new(year: i32, month: u8, day: u8) -> Option<OldStyle> {
        // Every fourth Julian year is a leap year.
        let days = match month {
            2 if year % 4 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        (1..=days)
            .contains(&day)
            .then_some(OldStyle { year, month, day })
    }

    /// As `lang` writes the day (the catalog's `date.old-style` says which calendar it is).
    pub fn written(&self, lang: Lang) -> String {
        write(lang, self.year, Some(self.month), Some(self.day))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let ru = |n| Plural::of(Lang::Ru, n);
        assert_eq!(
            [1, 2, 5, 11, 12, 21, 22, 25, 101, 111, 0].map(ru),
            [
                Plural::One,
                Plural::Few,
                Plural::Many,
                Plural::Many,
                Plural::Many,
                Plural::One,
                Plural::Few,
                Plural::Many,
                Plural::One,
                Plural::Many,
                Plural::Many
            ]
        );
        assert_eq!(Plural::of(Lang::En, 1), Plural::One);
        assert_eq!(Plural::of(Lang::En, 0), Plural::Other);
        assert_eq!(Plural::of(Lang::Ja, 1), Plural::Other);
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        assert_eq!(d("1905-09-05").written(Lang::En), "5 September 1905");
        assert_eq!(d("1905-09-05").written(Lang::Ja), "1905年9月5日");
        assert_eq!(d("1905-09-05").written(Lang::Ru), "5 сентября 1905\u{a0}г.");
        assert_eq!(d("1939-05").written(Lang::Ru), "май 1939\u{a0}г.");
        assert_eq!(d("1939-05").written(Lang::Ja), "1939年5月");
        assert_eq!(d("1875").written(Lang::Ja), "1875年");
        assert_eq!(d("1875").written(Lang::En), "1875");
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
        assert_eq!(os.written(Lang::Ru), "26 января 1855\u{a0}г.");
        assert_eq!(os.written(Lang::Ja), "1855年1月26日");
        // A Julian leap day the Gregorian calendar lacks.
        assert!(OldStyle::parse("29 February 1900 (O.S.)").is_some());
        assert_eq!(OldStyle::parse("30 February 1900"), None);
        assert_eq!(OldStyle::parse("sometime"), None);
    }
}
