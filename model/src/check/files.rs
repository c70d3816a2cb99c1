//! The files a check reads, by their paths in `geodata/`: those of a build, where a file a
//! teacher drops belongs by its name, and the lessons no list offers.

use super::FILES;
use crate::error::{Finding, Severity};
use crate::lesson::{check::FOLDER, read_index, INDEX_FILE};
use crate::text::Lang;

/// Every file a build of the atlas holds that the checker reads, but the lessons themselves
/// (those are listed in `lessons/index.json`): the data files, the glossary, each language's
/// words and the events' texts a build keeps apart.
pub fn build_files() -> Vec<String> {
    let mut files: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
    files.push("glossary.json".into());
    for lang in Lang::ALL {
        files.push(format!("lang/{}.json", lang.key()));
    }
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        files.push(format!("lang/events.{}.json", lang.key()));
    }
    files.push(format!("{FOLDER}/{INDEX_FILE}"));
    files
}

/// Where a file of `geodata/` belongs, from its name as a browser gives a dropped or chosen file
/// (no folder): a data file by its own name, a language's words or events' texts in `lang/`,
/// the list of lessons and any other JSON file (a lesson) in `lessons/`. A path that names its
/// folder (`geodata/lessons/x.json`, `lang/ja.json`) keeps it. `None` for what is not a data
/// file of the atlas: a schema, or a file that is not JSON or GeoJSON.
pub fn path_of(name: &str) -> Option<String> {
    let name = name.replace('\\', "/");
    let inside = name
        .rsplit_once("geodata/")
        .map_or(name.as_str(), |(_, p)| p);
    let (folder, base) = match inside.rsplit_once('/') {
        Some((folder, base)) => (folder.rsplit('/').next(), base),
        None => (None, inside),
    };
    if base.ends_with(".schema.json") || folder == Some("schema") {
        return None;
    }
    if FILES.contains(&base) || base == "glossary.json" {
        return Some(base.to_string());
    }
    if !base.ends_with(".json") || base.starts_with('.') {
        return None;
    }
    let language = |key: &str| Lang::from_key(key).is_some();
    let is_words = base
        .strip_suffix(".json")
        .is_some_and(|stem| match stem.split_once('.') {
            // `events.ja`: a language's events' texts.
            Some((first, key)) => first == "events" && language(key),
            None => language(stem),
        });
    match folder {
        Some("lang") => Some(format!("lang/{base}")),
        Some(FOLDER) => Some(format!("{FOLDER}/{base}")),
        _ if is_words => Some(format!("lang/{base}")),
        _ => Some(format!("{FOLDER}/{base}")),
    }
}

/// A warning for each lesson file of `names` (paths in `geodata/`) that `lessons/index.json`
/// (its text: `index`) does not list: the atlas never offers it.
pub fn unlisted_lessons(index: Option<&str>, names: &[String]) -> Vec<Finding> {
    let listed = index.map(|t| read_index(t).0).unwrap_or_default();
    let index_file = format!("{FOLDER}/{INDEX_FILE}");
    let mut lessons: Vec<&String> = names
        .iter()
        .filter(|n| n.starts_with(&format!("{FOLDER}/")) && n.ends_with(".json"))
        .filter(|n| **n != index_file)
        .collect();
    lessons.sort();
    lessons.dedup();
    lessons
        .into_iter()
        .filter(|n| !listed.iter().any(|id| format!("{FOLDER}/{id}.json") == **n))
        .map(|n| Finding {
            file: n.clone(),
            at: None,
            severity: Severity::Warning,
            message: format!(
                "the lesson is not listed in {index_file}, so the atlas does not offer it"
            ),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dropped_file_finds_its_place_by_its_name() {
        for (name, path) in [
            ("events.json", Some("events.json")),
            ("territories.geojson", Some("territories.geojson")),
            ("glossary.json", Some("glossary.json")),
            ("ja.json", Some("lang/ja.json")),
            ("events.ru.json", Some("lang/events.ru.json")),
            ("index.json", Some("lessons/index.json")),
            (
                "khalkhin-gol-1939.json",
                Some("lessons/khalkhin-gol-1939.json"),
            ),
            ("geodata/lessons/ja.json", Some("lessons/ja.json")),
            ("copy/geodata/lang/ru.json", Some("lang/ru.json")),
            ("C:\\atlas\\geodata\\atlas.json", Some("atlas.json")),
            ("events.schema.json", None),
            ("schema/atlas.json", None),
            ("notes.txt", None),
            ("", None),
        ] {
            assert_eq!(path_of(name).as_deref(), path, "{name}");
        }
        assert!(build_files().contains(&"lang/events.ja.json".to_string()));
    }

    #[test]
    fn a_lesson_no_list_names_is_a_warning() {
        let names = [
            "lessons/a.json",
            "lessons/b.json",
            "lessons/index.json",
            "events.json",
        ]
        .map(String::from);
        let found = unlisted_lessons(Some(r#"{"lessons": ["a"]}"#), &names);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].file, "lessons/b.json");
        assert_eq!(unlisted_lessons(None, &names).len(), 2);
    }
}
