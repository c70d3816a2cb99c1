//! The events' texts in other languages (`i18n` in `events.json`: titles, summaries, notes, date
//! references and background references, whatever each language's object holds) move to
//! `geodata/lang/events.<lang>.json`, one file per language: the page reads the one it needs,
//! and a reader of English downloads none. A development build keeps them in `events.json`,
//! which the page reads as well.

use serde_json::{Map, Value};
use std::path::Path;

/// Moves the events' texts in other languages out of `dir`'s `geodata/events.json` into
/// `geodata/lang/events.<lang>.json` (`{"<event id>": {"title": …, "summary": …}}`); the number
/// of languages moved.
pub fn split(dir: &Path) -> Result<usize, String> {
    let path = dir.join("geodata/events.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut record: Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let events = match &mut record {
        Value::Object(o) => o.get_mut("events").and_then(Value::as_array_mut),
        Value::Array(a) => Some(a),
        _ => None,
    };
    let Some(events) = events else {
        return Ok(0);
    };
    let by_lang = take_texts(events);
    std::fs::create_dir_all(dir.join("geodata/lang")).map_err(|e| e.to_string())?;
    for (lang, texts) in &by_lang {
        // Only a language key (letters), so the file stays in its folder.
        if !lang.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let file = dir.join(format!("geodata/lang/events.{lang}.json"));
        let json = serde_json::to_string(texts).map_err(|e| e.to_string())?;
        std::fs::write(&file, json).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    let json = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(by_lang.len())
}

/// Takes each event's `i18n` out of it: per language (in the order first met), the texts by
/// event id.
fn take_texts(events: &mut [Value]) -> Vec<(String, Map<String, Value>)> {
    let mut by_lang: Vec<(String, Map<String, Value>)> = Vec::new();
    for event in events.iter_mut() {
        let Some(object) = event.as_object_mut() else {
            continue;
        };
        let id = object
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        let Some(Value::Object(i18n)) = object.remove("i18n") else {
            continue;
        };
        for (lang, texts) in i18n {
            let at = match by_lang.iter().position(|(l, _)| *l == lang) {
                Some(at) => at,
                None => {
                    by_lang.push((lang.clone(), Map::new()));
                    by_lang.len() - 1
                }
            };
            by_lang[at].1.insert(id.clone(), texts);
        }
    }
    by_lang
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_of_a_language_moves_to_its_file() {
        let dir = std::env::temp_dir().join(format!("postbuild-texts-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("geodata")).unwrap();
        let events = r#"{"events": [{"id": "e", "title": "T", "note": "N",
          "i18n": {"ja": {"title": "題", "note": "注記", "date_reference": "日付", "reference": "文献"},
                   "ru": {"summary": "С"}}}]}"#;
        std::fs::write(dir.join("geodata/events.json"), events).unwrap();
        assert_eq!(split(&dir), Ok(2));
        let read = |file: &str| -> Value {
            serde_json::from_str(&std::fs::read_to_string(dir.join(file)).unwrap()).unwrap()
        };
        let ja = read("geodata/lang/events.ja.json");
        assert_eq!(ja["e"]["note"], "注記");
        assert_eq!(ja["e"]["date_reference"], "日付");
        assert_eq!(ja["e"]["reference"], "文献");
        assert_eq!(read("geodata/lang/events.ru.json")["e"]["summary"], "С");
        let left = read("geodata/events.json");
        assert!(left["events"][0].get("i18n").is_none());
        assert_eq!(left["events"][0]["note"], "N");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
