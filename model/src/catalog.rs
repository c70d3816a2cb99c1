//! A language's catalog of the interface's words, as `geodata/lang/<lang>.json` writes it: an
//! object of keys to texts, or to plural forms by CLDR category. The words are looked up through
//! [`crate::words::Words`].

use crate::error::{message_of, DataError, Location, Unreadable};
use crate::text::Lang;
use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

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

    /// The English catalog the atlas is built with (`geodata/lang/en.json`): the source every
    /// other language follows, and the words of the model's own messages in English.
    pub fn english() -> &'static Catalog {
        static ENGLISH: OnceLock<Catalog> = OnceLock::new();
        ENGLISH.get_or_init(|| {
            Catalog::from_json(include_str!("../../geodata/lang/en.json")).unwrap_or_default()
        })
    }

    /// The keys it has, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.entries.keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    /// Every text of `key`: the text, or each plural form (none for a key it lacks).
    pub fn texts(&self, key: &str) -> Vec<&str> {
        match self.entries.get(key) {
            None => Vec::new(),
            Some(Entry::Text(t)) => vec![t.as_str()],
            Some(Entry::Plural {
                one,
                few,
                many,
                other,
            }) => [
                one.as_deref(),
                few.as_deref(),
                many.as_deref(),
                Some(other.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect(),
        }
    }

    pub(crate) fn text(&self, key: &str) -> Option<&str> {
        match self.entries.get(key)? {
            Entry::Text(t) => Some(t),
            Entry::Plural { other, .. } => Some(other),
        }
    }

    pub(crate) fn plural(&self, key: &str, category: Plural) -> Option<&str> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
