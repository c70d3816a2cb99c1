//! Benchmarks of the model at the committed size and at synthetic sizes.
//!
//!     cargo bench -p atlas-model --bench model
//!     cargo bench -p atlas-model --bench model -- --warm-up-time 1 --measurement-time 2
//!
//! Data sets: the committed `geodata/`, then records of copies of its events written by
//! `tools/synth/synth.py` into `target/synth/` (see `kit`; skipped, with a message, when
//! `python3` is not installed). Loading at each size, for both kinds of record, is
//! `benches/load.rs`.
//!
//! Measures, each per data set:
//! - `state_at_date`: the status of every territory unit on one day through a `StatusIndex`, as
//!   the map computes it on each slider step. Criterion's throughput line gives it per unit.
//! - `status_index`: building that index, once per load.
//! - `load_record`: `Record::from_json` on the text of `events.json` and `sources.json`.
//! - `build_scene`: projecting the territories, claims and base layers (`Scene::build`).
//! - `filter_all_pass`: the event list's indices under the empty filter, which every event
//!   passes (the list as first shown).
//! - `filter_three_parts`: the same with a region, a document and a kind set, so that every
//!   part is checked for every event.

use atlas_model::filter::{DocFilter, EventFilter};
use atlas_model::projection::Lambert;
use atlas_model::scene::Scene;
use atlas_model::status::StatusIndex;
use atlas_model::{AtlasConfig, Base, Claims, Date, Kind, Record, Region, Territories};
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use kit::{read, synthetic, workspace, RecordKind};
use std::hint::black_box;
use std::path::Path;

mod kit;

/// The synthetic sizes: events, and how many times the territory units appear.
const SYNTHETIC: [(usize, usize); 3] = [(1660, 1), (16600, 10), (50000, 10)];

/// The day whose map is measured: the Soviet occupation of the Kurils, when units are
/// occupied, held and claimed at once.
const DAY: &str = "1945-09-01";

/// One data set, read and checked.
struct DataSet {
    name: String,
    events_json: String,
    sources_json: String,
    config: AtlasConfig,
    record: Record,
    territories: Territories,
    claims: Claims,
    base: Base,
}

fn load(name: String, dir: &Path) -> DataSet {
    let config = AtlasConfig::from_json(&read(dir, "atlas.json")).expect("atlas.json");
    let events_json = read(dir, "events.json");
    let sources_json = read(dir, "sources.json");
    let record = Record::from_json(&events_json, &sources_json)
        .unwrap_or_else(|e| panic!("{name}: the record does not load: {e}"));
    let territories = Territories::from_geojson(&read(dir, "territories.geojson"), &config.parties)
        .unwrap_or_else(|e| panic!("{name}: territories.geojson: {e}"));
    let claims = Claims::from_geojson(&read(dir, "claims.geojson"), &config.parties)
        .unwrap_or_else(|e| panic!("{name}: claims.geojson: {e}"));
    let base = Base::from_geojson(&read(dir, "base.geojson"))
        .unwrap_or_else(|e| panic!("{name}: base.geojson: {e}"));
    DataSet {
        name,
        events_json,
        sources_json,
        config,
        record,
        territories,
        claims,
        base,
    }
}

fn data_sets() -> Vec<DataSet> {
    let mut sets = vec![load("committed".into(), &workspace().join("geodata"))];
    for (events, factor) in SYNTHETIC {
        if let Some(dir) = synthetic(RecordKind::Copies, events, factor) {
            sets.push(load(format!("synth-{events}"), &dir));
        }
    }
    for set in &sets {
        eprintln!(
            "{}: {} events, {} units, {} claims",
            set.name,
            set.record.len(),
            set.territories.units.len(),
            set.claims.claims.len()
        );
    }
    sets
}

fn benches(c: &mut Criterion) {
    let sets = data_sets();
    let day = Date::parse(DAY).expect("a date").first_day();

    let mut group = c.benchmark_group("state_at_date");
    for set in &sets {
        let index = StatusIndex::new(&set.territories, &set.claims, &set.config.parties);
        let units = set.territories.units.len();
        group.throughput(Throughput::Elements(units as u64));
        group.bench_function(BenchmarkId::from_parameter(&set.name), |b| {
            b.iter(|| {
                (0..units)
                    .map(|i| index.status(&set.territories, &set.claims, i, black_box(day)))
                    .collect::<Vec<_>>()
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("status_index");
    for set in &sets {
        group.bench_function(BenchmarkId::from_parameter(&set.name), |b| {
            b.iter(|| StatusIndex::new(&set.territories, &set.claims, &set.config.parties))
        });
    }
    group.finish();

    // Loading takes up to a fraction of a second at the largest size: fewer samples, each one
    // run of the loop.
    let mut group = c.benchmark_group("load_record");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for set in &sets {
        group.throughput(Throughput::Elements(set.record.len() as u64));
        group.bench_function(BenchmarkId::from_parameter(&set.name), |b| {
            b.iter(|| {
                Record::from_json(black_box(&set.events_json), black_box(&set.sources_json))
                    .expect("it loaded before")
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("build_scene");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for set in &sets {
        group.bench_function(BenchmarkId::from_parameter(&set.name), |b| {
            b.iter(|| Scene::build(&set.territories, &set.claims, &set.base, Lambert::default()))
        });
    }
    group.finish();

    let all_pass = EventFilter::default();
    let three_parts = EventFilter {
        region: Some(Region::Kurils),
        doc: Some(DocFilter::Doc("borshchevskaya-2020".into())),
        kind: Some(Kind::Declaration),
    };
    for (name, filter) in [
        ("filter_all_pass", &all_pass),
        ("filter_three_parts", &three_parts),
    ] {
        let mut group = c.benchmark_group(name);
        for set in &sets {
            group.throughput(Throughput::Elements(set.record.len() as u64));
            group.bench_function(BenchmarkId::from_parameter(&set.name), |b| {
                b.iter(|| {
                    set.record
                        .events()
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| black_box(filter).matches(e))
                        .map(|(i, _)| i)
                        .collect::<Vec<usize>>()
                })
            });
        }
        group.finish();
    }
}

criterion_group!(model, benches);
criterion_main!(model);
