//! The synthetic data generator (`tools/synth/synth.py`): a small folder it writes loads
//! through the model without error, with the sizes asked for and every reference valid.
//!
//! Skipped, with a message, when `python3` is not installed.

mod kit;

use atlas_model::status::StatusIndex;
use atlas_model::{AtlasConfig, Base, Claims, Date, Record, Territories};
use geo::BoundingRect;
use kit::data::{read, repo};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const EVENTS: usize = 500;
/// Three: the committed units and two copies, so that copies can be checked against each other.
const FACTOR: usize = 3;

/// A folder under the system's temporary folder, removed when dropped.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn python_is_there() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Runs the generator into a fresh temporary folder.
fn generate(events: usize, factor: usize) -> TempDir {
    generate_kind("copies", events, factor)
}

/// Runs the generator for a kind of record (`copies` or `distinct`) into a fresh folder.
fn generate_kind(kind: &str, events: usize, factor: usize) -> TempDir {
    let dir = TempDir(std::env::temp_dir().join(format!(
        "atlas-synth-test-{}-{kind}-{events}-{factor}",
        std::process::id()
    )));
    let _ = std::fs::remove_dir_all(&dir.0);
    let output = Command::new("python3")
        .arg(repo().join("tools/synth/synth.py"))
        .args(["--kind", kind])
        .args(["--events", &events.to_string()])
        .args(["--territory-factor", &factor.to_string()])
        .arg("--out")
        .arg(&dir.0)
        .output()
        .expect("python3 runs");
    assert!(
        output.status.success(),
        "the generator failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    dir
}

fn text(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The copy number of a unit or claim id ("iturup-copy-2" → 2), 0 for a committed one.
fn copy_of(id: &str) -> usize {
    id.rsplit_once("-copy-")
        .map_or(0, |(_, n)| n.parse().expect("a copy number"))
}

/// The id of the committed unit or claim a copy was made from.
fn original_of(id: &str) -> &str {
    id.rsplit_once("-copy-")
        .map_or(id, |(original, _)| original)
}

#[test]
fn a_small_synthetic_folder_loads_with_the_sizes_asked_for() {
    if !python_is_there() {
        eprintln!("\n*** SKIPPED: python3 is not installed; the generator was NOT tested. ***\n");
        return;
    }
    let dir = generate(EVENTS, FACTOR);
    let dir = dir.0.as_path();

    // Every file loads.
    let config = AtlasConfig::from_json(&text(dir, "atlas.json")).expect("atlas.json");
    let parties = &config.parties;
    let record = Record::from_json(&text(dir, "events.json"), &text(dir, "sources.json"))
        .unwrap_or_else(|e| panic!("the record does not load: {e}"));
    let territories = Territories::from_geojson(&text(dir, "territories.geojson"), parties)
        .unwrap_or_else(|e| panic!("territories.geojson: {e}"));
    let claims = Claims::from_geojson(&text(dir, "claims.geojson"), parties)
        .unwrap_or_else(|e| panic!("claims.geojson: {e}"));
    let base = Base::from_geojson(&text(dir, "base.geojson")).expect("base.geojson");

    // The sizes asked for.
    let committed_units = kit::data::territories().units.len();
    let committed_claims = kit::data::claims().claims.len();
    assert_eq!(record.len(), EVENTS);
    assert_eq!(territories.units.len(), committed_units * FACTOR);
    assert_eq!(claims.claims.len(), committed_claims * FACTOR);
    assert_eq!(base.features.len(), kit::data::base().features.len());
    assert_eq!(text(dir, "atlas.json"), read("atlas.json"));
    assert_eq!(text(dir, "sources.json"), read("sources.json"));

    // Every event a unit or a claim names is in the record; every unit a claim lists exists.
    for unit in territories.iter() {
        for event in unit.control.iter().filter_map(|c| c.event.as_deref()) {
            assert!(record.get(event).is_some(), "{}: {}", unit.id, event);
        }
    }
    let unit_ids: HashSet<&str> = territories.iter().map(|t| t.id.as_str()).collect();
    for claim in claims.iter() {
        assert!(record.get(&claim.event).is_some(), "{}", claim.id);
        for u in &claim.units {
            assert!(unit_ids.contains(u.as_str()), "{}: {u}", claim.id);
        }
    }

    // Event dates stay within the committed record's span.
    let committed = kit::data::record();
    let first = committed.events().iter().map(|e| e.day()).min().unwrap();
    let last = committed
        .events()
        .iter()
        .map(|e| e.last_day())
        .max()
        .unwrap();
    for e in record.events() {
        assert!(
            first <= e.day() && e.last_day() <= last,
            "{} ({}) is outside the committed span",
            e.id,
            atlas_model::Words::english().span(e.date, e.end)
        );
    }

    // Every unit lies in the atlas box (115–160° E, 40–56° N), and no unit of one copy of the
    // map (the committed units being copy 0) overlaps a unit of another, box against box.
    let boxes: Vec<(usize, &str, [f64; 4])> = territories
        .iter()
        .map(|unit| {
            let r = unit.geometry.bounding_rect().expect("a box");
            let b = [r.min().x, r.min().y, r.max().x, r.max().y];
            (copy_of(&unit.id), unit.id.as_str(), b)
        })
        .collect();
    for &(copy, id, b) in &boxes {
        assert!(
            b[0] >= 115.0 && b[1] >= 40.0 && b[2] <= 160.0 && b[3] <= 56.0,
            "{id}: {b:?} is outside the atlas box"
        );
        for &(other_copy, other_id, o) in &boxes {
            let apart = b[2] < o[0] || o[2] < b[0] || b[3] < o[1] || o[3] < b[1];
            assert!(
                copy == other_copy || apart,
                "{id} and {other_id} overlap: {b:?} and {o:?}"
            );
        }
    }

    // A copied unit shows what its original shows on any day: same holder, pattern and
    // dispute, since its claims were copied with it.
    let index = StatusIndex::new(&territories, &claims, parties);
    let position: std::collections::HashMap<&str, usize> = territories
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    for iso in [
        "1800",
        "1875-05-07",
        "1939-07-01",
        "1945-08-30",
        "1960",
        "2020",
    ] {
        let day = Date::parse(iso).unwrap().first_day();
        for (i, unit) in territories.iter().enumerate() {
            let original = position[original_of(&unit.id)];
            assert_eq!(
                index.status(&territories, &claims, i, day),
                index.status(&territories, &claims, original, day),
                "{} on {iso}",
                unit.id
            );
        }
    }
}

#[test]
fn asking_for_fewer_events_keeps_the_ones_referred_to() {
    if !python_is_there() {
        eprintln!("\n*** SKIPPED: python3 is not installed; the generator was NOT tested. ***\n");
        return;
    }
    let dir = generate(60, 1);
    let dir = dir.0.as_path();
    let config = AtlasConfig::from_json(&text(dir, "atlas.json")).unwrap();
    let record = Record::from_json(&text(dir, "events.json"), &text(dir, "sources.json"))
        .unwrap_or_else(|e| panic!("the record does not load: {e}"));
    assert_eq!(record.len(), 60);
    let territories =
        Territories::from_geojson(&text(dir, "territories.geojson"), &config.parties).unwrap();
    assert_eq!(territories, kit::data::territories());
    for unit in territories.iter() {
        for event in unit.control.iter().filter_map(|c| c.event.as_deref()) {
            assert!(record.get(event).is_some(), "{}: {}", unit.id, event);
        }
    }
}

#[test]
fn a_distinct_record_is_valid_for_the_schema_and_the_reader_and_shares_no_text() {
    if !python_is_there() {
        eprintln!("\n*** SKIPPED: python3 is not installed; the generator was NOT tested. ***\n");
        return;
    }
    let dir = generate_kind("distinct", 300, 1);
    let dir = dir.0.as_path();
    let events_json = text(dir, "events.json");
    assert_eq!(
        events_json.trim_end().lines().count(),
        1,
        "a distinct record is written on one line"
    );

    // The schema an editor checks it with.
    let schema: serde_json::Value =
        serde_json::from_str(&read("schema/events.schema.json")).expect("the schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema builds");
    let value: serde_json::Value = serde_json::from_str(&events_json).expect("JSON");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");

    // The reader keeps every event, with nothing to say about any.
    let read = Record::read(
        &events_json,
        Record::read_sources(&text(dir, "sources.json"))
            .expect("sources.json")
            .value,
    )
    .expect("events.json");
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    let record = read.value;
    assert_eq!(record.len(), 300);

    // The committed events the map refers to, then numbered ones with texts of their own, one
    // region each, the regions and kinds in turn, a note on every tenth, days from 1700 to 2025.
    let territories =
        Territories::from_geojson(&text(dir, "territories.geojson"), &config_parties(dir))
            .expect("territories.geojson");
    for unit in territories.iter() {
        for event in unit.control.iter().filter_map(|c| c.event.as_deref()) {
            assert!(record.get(event).is_some(), "{}: {}", unit.id, event);
        }
    }
    let synthetic: Vec<_> = record
        .events()
        .iter()
        .filter(|e| e.id.starts_with("synthetic-event-"))
        .collect();
    let committed = record.len() - synthetic.len();
    assert!(committed > 0 && synthetic.len() == 300 - committed);
    let titles: HashSet<&str> = synthetic.iter().map(|e| e.title.as_str()).collect();
    let summaries: HashSet<&str> = synthetic.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(titles.len(), synthetic.len());
    assert_eq!(summaries.len(), synthetic.len());
    let (from, until) = (
        Date::parse("1700-01-01").unwrap().first_day(),
        Date::parse("2025-12-31").unwrap().first_day(),
    );
    for e in &synthetic {
        let n: usize = e.id["synthetic-event-".len()..].parse().expect("a number");
        assert_eq!(e.title, format!("Synthetic event {n}"));
        assert_eq!(
            e.regions,
            [atlas_model::Region::ALL[(n - 1) % 5]],
            "{}",
            e.id
        );
        assert_eq!(e.kind, atlas_model::Kind::ALL[(n - 1) % 10], "{}", e.id);
        assert_eq!(e.sources.len(), 1, "{}", e.id);
        assert_eq!(e.note.is_some(), n.is_multiple_of(10), "{}", e.id);
        assert!(from <= e.day() && e.day() <= until, "{}", e.id);
    }
}

fn config_parties(dir: &Path) -> atlas_model::Parties {
    AtlasConfig::from_json(&text(dir, "atlas.json"))
        .expect("atlas.json")
        .parties
}
