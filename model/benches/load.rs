//! Loading the atlas at each record size, for both kinds of synthetic record: what the app does
//! with the six files once they have arrived, in the model. Its time per event must stay flat
//! from the smallest record to the largest.
//!
//!     cargo bench -p atlas-model --bench load
//!     cargo bench -p atlas-model --bench load -- --warm-up-time 1 --measurement-time 2
//!
//! Records (`tools/synth/synth.py`, the committed map): copies of the committed events
//! (indented, as the committed file is), and distinct events written on one line, at 1,660,
//! 5,000, 16,600 and 50,000 events.
//!
//! `load_atlas` reads `sources.json`, `events.json` (as the app does: each entry on its own),
//! the three GeoJSON files, and builds the `Atlas` (scene, indices), then what the page builds
//! from the record when it starts: the slider's scale, the filter's counts and the list's rows.
//! Criterion's throughput line gives events a second; at the end a table gives the time per
//! event and its ratio to the same kind's smallest record, the figure that must stay near 1.

use atlas_model::filter::EventFilter;
use atlas_model::{Atlas, AtlasConfig, Base, Claims, Date, Day, Record, Territories};
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use kit::{read, synthetic, RecordKind};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

mod kit;

/// The record sizes measured, in events.
const SIZES: [usize; 4] = [1660, 5000, 16600, 50000];

/// The day the atlas is loaded on.
const TODAY: &str = "2026-01-01";

/// The six files of one record, as the app fetches them.
struct Files {
    name: String,
    kind: RecordKind,
    events: usize,
    atlas: String,
    events_json: String,
    sources: String,
    territories: String,
    claims: String,
    base: String,
}

fn files(kind: RecordKind, events: usize, dir: &Path) -> Files {
    Files {
        name: format!("{}-{events}", kind.name()),
        kind,
        events,
        atlas: read(dir, "atlas.json"),
        events_json: read(dir, "events.json"),
        sources: read(dir, "sources.json"),
        territories: read(dir, "territories.geojson"),
        claims: read(dir, "claims.geojson"),
        base: read(dir, "base.geojson"),
    }
}

/// The atlas from the files, and what the page builds from the record at start.
fn load(f: &Files, today: Day) -> (Atlas, usize) {
    let config = AtlasConfig::from_json(&f.atlas).expect("atlas.json");
    let sources = Record::read_sources(&f.sources)
        .expect("sources.json")
        .value;
    let record = Record::read(&f.events_json, sources)
        .expect("events.json")
        .value;
    let territories = Territories::read(&f.territories, &config.parties)
        .expect("territories.geojson")
        .value;
    let claims = Claims::read(&f.claims, &config.parties)
        .expect("claims.geojson")
        .value;
    let base = Base::read(&f.base).expect("base.geojson").value;
    let atlas = Atlas::new(config, record, territories, claims, base, today);
    let scale = atlas.scale();
    let filter = EventFilter::default();
    let counts = filter.counts(atlas.record.events());
    let rows = atlas
        .record
        .events()
        .iter()
        .enumerate()
        .filter(|(_, e)| filter.matches(e))
        .map(|(i, _)| i)
        .collect::<Vec<usize>>();
    black_box((scale, counts));
    (atlas, rows.len())
}

fn records() -> Vec<Files> {
    let mut out = Vec::new();
    for kind in [RecordKind::Copies, RecordKind::Distinct] {
        for events in SIZES {
            if let Some(dir) = synthetic(kind, events, 1) {
                out.push(files(kind, events, &dir));
            }
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let records = records();
    let today = Date::parse(TODAY).expect("a date").first_day();
    for f in &records {
        let (atlas, rows) = load(f, today);
        assert_eq!(
            atlas.record.len(),
            f.events,
            "{}: every event is read",
            f.name
        );
        assert_eq!(rows, f.events, "{}: every event is listed", f.name);
    }

    let mut group = c.benchmark_group("load_atlas");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for f in &records {
        group.throughput(Throughput::Elements(f.events as u64));
        group.bench_function(BenchmarkId::from_parameter(&f.name), |b| {
            b.iter(|| load(black_box(f), today))
        });
    }
    group.finish();

    per_event(&records, today);
}

/// The best of a few loads of each record, per event, against the same kind's smallest.
fn per_event(records: &[Files], today: Day) {
    eprintln!("\nloading, per event (best of 5):");
    eprintln!(
        "{:<16} {:>10} {:>12} {:>10}",
        "record", "load", "per event", "× smallest"
    );
    let mut smallest: Option<(RecordKind, f64)> = None;
    for f in records {
        let best = (0..5)
            .map(|_| {
                let start = Instant::now();
                black_box(load(f, today));
                start.elapsed()
            })
            .min()
            .unwrap_or(Duration::ZERO);
        let per = best.as_secs_f64() * 1e6 / f.events as f64;
        let base = match smallest {
            Some((kind, per)) if kind == f.kind => per,
            _ => {
                smallest = Some((f.kind, per));
                per
            }
        };
        eprintln!(
            "{:<16} {:>7.1} ms {:>9.2} µs {:>9.2}×",
            f.name,
            best.as_secs_f64() * 1e3,
            per,
            per / base
        );
    }
}

criterion_group!(load_group, benches);
criterion_main!(load_group);
