//! The glossary (`geodata/glossary.json`) and the atlas's voice: in every language, no text of
//! the atlas's own voice — the catalog, the names of `atlas.json`, the units', the claims' and
//! the base map's names, the events' titles and summaries — uses a word the glossary avoids
//! (once the words it allows are taken out), and every term has the atlas's word in each
//! language. A failing case proves the checker finds what it is there to find.

mod kit;

use atlas_model::catalog::Catalog;
use atlas_model::glossary::{voice, Glossary, VoiceFiles, Voiced};
use atlas_model::Lang;
use kit::data::{base, claims, config, read, record, territories};

fn glossary() -> Glossary {
    Glossary::from_json(&read("glossary.json")).expect("glossary.json reads")
}

/// The committed atlas's voice in `lang`.
fn committed_voice(lang: Lang) -> Vec<Voiced> {
    let catalog = Catalog::from_json(&read(&format!("lang/{}.json", lang.key()))).unwrap();
    let (config, territories, claims, base, record) =
        (config(), territories(), claims(), base(), record());
    voice(
        lang,
        VoiceFiles {
            catalog: Some(&catalog),
            config: Some(&config),
            territories: Some(&territories),
            claims: Some(&claims),
            base: Some(&base),
            record: Some(&record),
        },
    )
}

#[test]
fn the_glossary_reads_and_names_only_parties_of_the_atlas() {
    let glossary = glossary();
    assert!(glossary.terms.len() >= 10, "{} terms", glossary.terms.len());
    assert_eq!(glossary.unknown_sides(&config()), Vec::<String>::new());
}

#[test]
fn the_voice_covers_every_file_in_every_language() {
    for lang in Lang::ALL {
        let texts = committed_voice(lang);
        for file in [
            format!("lang/{}.json", lang.key()).as_str(),
            "atlas.json",
            "territories.geojson",
            "claims.geojson",
            "base.geojson",
            "events.json",
        ] {
            assert!(
                texts.iter().any(|t| t.file == file),
                "{}: nothing of {file}",
                lang.key()
            );
        }
    }
}

#[test]
fn no_text_of_the_atlas_voice_uses_a_word_the_glossary_avoids() {
    let glossary = glossary();
    let hits: Vec<String> = Lang::ALL
        .into_iter()
        .flat_map(|lang| glossary.hits(lang, &committed_voice(lang)))
        .map(|hit| hit.to_string())
        .collect();
    assert!(hits.is_empty(), "{} hits:\n{}", hits.len(), hits.join("\n"));
}

#[test]
fn every_term_has_the_atlas_word_in_every_language() {
    let unfilled: Vec<String> = glossary()
        .unfilled()
        .into_iter()
        .map(|(term, lang)| format!("{term} ({})", lang.key()))
        .collect();
    assert!(
        unfilled.is_empty(),
        "no word to use: {}",
        unfilled.join(", ")
    );
}

#[test]
fn the_checker_finds_an_avoided_word_and_spares_an_allowed_one() {
    let glossary = Glossary::from_json(
        r#"{"terms": [{"id": "undetermined", "concept": "Renounced, no title recognised.",
          "en": {"use": "title undetermined", "rule": "-", "avoid": ["no one’s"], "allow": []},
          "ja": {"use": "帰属未定", "rule": "-", "avoid": ["帰属なし"], "allow": []},
          "ru": {"use": "принадлежность не определена", "rule": "-", "avoid": ["ничья"],
                 "allow": ["пограничья"]}}]}"#,
    )
    .unwrap();
    let text = |key: &str, text: &str| Voiced {
        file: "lang/ru.json".into(),
        key: key.into(),
        text: text.into(),
    };
    let texts = [
        text("legend.no-one", "Земля ничья (отказ от прав)"),
        text("header.title", "Атлас пограничья"),
        text("view.undetermined", "принадлежность не определена"),
    ];
    let hits = glossary.hits(Lang::Ru, &texts);
    assert_eq!(hits.len(), 1, "{hits:?}");
    assert_eq!(hits[0].key, "legend.no-one");
    assert_eq!(hits[0].word, "ничья");
    assert!(hits[0].to_string().contains("lang/ru.json legend.no-one"));
    // Each language is checked against its own words only.
    assert!(glossary.hits(Lang::Ja, &texts).is_empty());
    // The committed catalog of the failing case's kind is found, too: a real text with the
    // word put back in is a hit.
    let mut voice = committed_voice(Lang::Ja);
    voice.push(Voiced {
        file: "lang/ja.json".into(),
        key: "legend.no-one".into(),
        text: "帰属なし（放棄済み）".into(),
    });
    assert!(glossary
        .hits(Lang::Ja, &voice)
        .iter()
        .any(|h| h.key == "legend.no-one" && h.word == "帰属なし"));
    assert!(glossary.unfilled().is_empty());
}

#[test]
fn a_glossary_with_a_term_twice_or_an_empty_word_is_refused() {
    let term = r#"{"id": "x", "concept": "c",
      "en": {"use": "a", "rule": "r", "avoid": [], "allow": []},
      "ja": {"use": "a", "rule": "r", "avoid": [], "allow": []},
      "ru": {"use": "a", "rule": "r", "avoid": [""], "allow": []}}"#;
    let good = term.replace(r#"[""]"#, "[]");
    let twice = format!(r#"{{"terms": [{good}, {good}]}}"#);
    assert!(Glossary::from_json(&twice)
        .unwrap_err()
        .contains("used twice"));
    let once = format!(r#"{{"terms": [{term}]}}"#);
    assert!(Glossary::from_json(&once).unwrap_err().contains("empty"));
    let unknown = once.replace("\"concept\"", "\"concepts\"");
    assert!(Glossary::from_json(&unknown).is_err());
}

/// The Japanese and Russian atlas show no English note, date reference or background reference
/// where a translation is due: every one the record has is translated (the page marks any
/// missing one as English, for a teacher's own additions).
#[test]
fn every_note_and_reference_of_the_record_is_translated() {
    let record = crate::kit::data::record();
    let mut missing = Vec::new();
    for e in record.events() {
        for lang in [atlas_model::Lang::Ja, atlas_model::Lang::Ru] {
            let t = e.i18n.get(lang);
            let has = |f: fn(&atlas_model::record::EventText) -> &Option<String>| {
                t.and_then(|t| f(t).as_deref())
                    .is_some_and(|s| !s.trim().is_empty())
            };
            if e.note.is_some() && !has(|t| &t.note) {
                missing.push(format!("{} note ({})", e.id, lang.key()));
            }
            if e.date_reference.is_some() && !has(|t| &t.date_reference) {
                missing.push(format!("{} date_reference ({})", e.id, lang.key()));
            }
            if e.reference.is_some() && !has(|t| &t.reference) {
                missing.push(format!("{} reference ({})", e.id, lang.key()));
            }
        }
    }
    assert!(missing.is_empty(), "untranslated: {missing:?}");
}
