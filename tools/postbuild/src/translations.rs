//! The events' texts in other languages (`i18n` in `events.json`: titles, summaries, notes, date
//! references and background references, whatever each language's object holds) move to
//! `geodata/lang/events.<lang>.json`, one file per language: the page reads the one it needs,
//! and a reader of English downloads none. A development build keeps them in `events.json`,
//! which the page reads as well.
//!
//! What stays in `events.json` is left as it was written, indented, line for line but for the
//! translations' own lines, and each language's file is indented alike: a notice's line and
//! column point into a file a teacher can read.

use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Moves the events' texts in other languages out of `dir`'s `geodata/events.json` into
/// `geodata/lang/events.<lang>.json` (`{"<event id>": {"title": …, "summary": …}}`); the number
/// of languages moved.
pub fn split(dir: &Path) -> Result<usize, String> {
    let path = dir.join("geodata/events.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let Some(split) = split_text(&text).map_err(|e| format!("{}: {e}", path.display()))? else {
        return Ok(0);
    };
    std::fs::create_dir_all(dir.join("geodata/lang")).map_err(|e| e.to_string())?;
    for (lang, texts) in &split.languages {
        // Only a language key (letters), so the file stays in its folder.
        if !lang.chars().all(|c| c.is_ascii_lowercase()) {
            continue;
        }
        let file = dir.join(format!("geodata/lang/events.{lang}.json"));
        std::fs::write(&file, texts).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    std::fs::write(&path, &split.events).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(split.languages.len())
}

/// `events.json` without its translations, and each language's file.
struct Split {
    events: String,
    languages: Vec<(String, String)>,
}

/// The members of a JSON object, each value as it is written.
type Members<'a> = BTreeMap<String, &'a RawValue>;

/// The events of the record, as written: the `events` member of an object, or the bare array.
fn events_of(text: &str) -> Option<Vec<&RawValue>> {
    let raw = match serde_json::from_str::<Members>(text) {
        Ok(top) => top.get("events").map(|r| r.get())?,
        Err(_) => text,
    };
    serde_json::from_str(raw).ok()
}

/// Where a slice of `text` begins in it.
fn offset_in(text: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// The bytes of `text` to cut to take out the member `"i18n": <value>` (`value`, a slice of
/// `text`) with the comma that parts it from its neighbour; `None` if it is not written plainly.
fn member_span(text: &str, value: &str) -> Option<(usize, usize)> {
    let start = offset_in(text, value);
    let end = start + value.len();
    let key = text[..start]
        .trim_end()
        .strip_suffix(':')?
        .trim_end()
        .strip_suffix("\"i18n\"")?;
    let before = key.trim_end();
    if before.ends_with(',') {
        return Some((before.len() - 1, end));
    }
    if !before.ends_with('{') {
        return None;
    }
    // The first member: its comma follows it, with the space up to the next member.
    let after = &text[end..];
    match after.trim_start().strip_prefix(',') {
        Some(rest) => Some((key.len(), text.len() - rest.trim_start().len())),
        None => Some((key.len(), end)),
    }
}

/// A raw value written one level deep in a file of its own: its lines after the first moved so
/// that its last line (the closing brace) begins at `indent` spaces.
fn reindent(raw: &str, indent: usize) -> String {
    let Some((_, last)) = raw.rsplit_once('\n') else {
        return raw.to_string();
    };
    let had = last.len() - last.trim_start_matches(' ').len();
    let mut out = String::with_capacity(raw.len());
    for (n, line) in raw.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
            let spaces = line.len() - line.trim_start_matches(' ').len();
            let keep = (spaces + indent).saturating_sub(had);
            out.extend(std::iter::repeat_n(' ', keep));
            out.push_str(&line[spaces..]);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// The record's text without the translations, and each language's file; `None` when the text
/// holds no record. An error when the translations cannot be taken out as written.
fn split_text(text: &str) -> Result<Option<Split>, String> {
    let Some(events) = events_of(text) else {
        return Ok(None);
    };
    let mut cuts = Vec::new();
    let mut by_lang: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for event in events {
        let Ok(members) = serde_json::from_str::<Members>(event.get()) else {
            continue;
        };
        let Some(i18n) = members.get("i18n") else {
            continue;
        };
        let Ok(languages) = serde_json::from_str::<Members>(i18n.get()) else {
            continue;
        };
        let id = members
            .get("id")
            .and_then(|r| serde_json::from_str::<String>(r.get()).ok())
            .unwrap_or_default();
        let id = serde_json::to_string(&id).map_err(|e| e.to_string())?;
        for (lang, texts) in languages {
            let entry = format!("  {id}: {}", reindent(texts.get(), 2));
            by_lang.entry(lang).or_default().push(entry);
        }
        cuts.push(member_span(text, i18n.get()).ok_or_else(|| {
            format!("the translations of event {id} are not written as \"i18n\": {{…}}")
        })?);
    }
    let mut events = String::with_capacity(text.len());
    let mut from = 0;
    for (start, end) in cuts {
        events.push_str(&text[from..start]);
        from = end;
    }
    events.push_str(&text[from..]);
    if without_translations(text) != serde_json::from_str::<Value>(&events).ok() {
        return Err("the translations could not be taken out as written".into());
    }
    let languages = by_lang
        .into_iter()
        .map(|(lang, entries)| (lang, format!("{{\n{}\n}}\n", entries.join(",\n"))))
        .collect();
    Ok(Some(Split { events, languages }))
}

/// The record read as JSON, each event's `i18n` object taken out: what the cut text must read as.
fn without_translations(text: &str) -> Option<Value> {
    let mut record: Value = serde_json::from_str(text).ok()?;
    let events = match &mut record {
        Value::Object(o) => o.get_mut("events").and_then(Value::as_array_mut),
        Value::Array(a) => Some(a),
        _ => None,
    }?;
    for event in events.iter_mut().filter_map(Value::as_object_mut) {
        if event.get("i18n").is_some_and(Value::is_object) {
            event.remove("i18n");
        }
    }
    Some(record)
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

    #[test]
    fn the_rest_of_the_file_is_kept_as_written_and_each_language_is_indented() {
        let text = "{\"$schema\": \"s\", \"events\": [\n  {\n    \"id\": \"a\",\n    \"title\": \"A\",\n    \"i18n\": {\n      \"ja\": {\n        \"title\": \"甲\"\n      }\n    }\n  },\n  {\n    \"i18n\": {\"ru\": {\"title\": \"Б\"}},\n    \"id\": \"b\",\n    \"title\": \"B\"\n  },\n  {\n    \"id\": \"c\"\n  }\n]}\n";
        let split = split_text(text).unwrap().unwrap();
        assert_eq!(
            split.events,
            "{\"$schema\": \"s\", \"events\": [\n  {\n    \"id\": \"a\",\n    \"title\": \"A\"\n  },\n  {\n    \"id\": \"b\",\n    \"title\": \"B\"\n  },\n  {\n    \"id\": \"c\"\n  }\n]}\n"
        );
        assert_eq!(
            split.languages,
            vec![
                (
                    "ja".to_string(),
                    "{\n  \"a\": {\n    \"title\": \"甲\"\n  }\n}\n".to_string()
                ),
                (
                    "ru".to_string(),
                    "{\n  \"b\": {\"title\": \"Б\"}\n}\n".to_string()
                ),
            ]
        );
        // A bare array, and an event that is only its translations.
        let bare = split_text(r#"[{"i18n": {"ja": {}}}]"#).unwrap().unwrap();
        assert_eq!(bare.events, "[{}]");
        // Not a record: nothing to move.
        assert!(split_text("17").unwrap().is_none());
    }

    #[test]
    fn the_committed_record_keeps_its_lines() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../geodata/events.json");
        let text = std::fs::read_to_string(path).unwrap();
        let split = split_text(&text).unwrap().unwrap();
        let kept = split.events.lines().count();
        assert!(kept > 1000, "{kept} lines");
        assert!(!split.events.contains("\"i18n\""));
        assert!(split.events.contains("\n    \"id\": \""));
        for (_, texts) in &split.languages {
            assert!(texts.lines().count() > 100);
            assert!(texts.contains("\n  \"treaty-of-portsmouth-1905\": {\n    \"title\": "));
        }
    }
}
