//! What the benchmarks share: the workspace, and the folders of synthetic records written by
//! `tools/synth/synth.py` into `target/synth/` (written when missing or made with other
//! settings; `None`, with a message, when `python3` cannot run it). Not every benchmark uses
//! every part.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn read(dir: &Path, file: &str) -> String {
    let path = dir.join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Which record the generator writes: copies of the committed events, or distinct events that
/// share nothing but their shape (see the top of `tools/synth/synth.py`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordKind {
    Copies,
    Distinct,
}

impl RecordKind {
    pub fn name(self) -> &'static str {
        match self {
            RecordKind::Copies => "copies",
            RecordKind::Distinct => "distinct",
        }
    }
}

/// Whether `dir` was written by the generator with these settings (its `synth.json`; a folder
/// from before there were kinds holds copies).
fn already_generated(dir: &Path, kind: RecordKind, events: usize, factor: usize) -> bool {
    let Ok(text) = std::fs::read_to_string(dir.join("synth.json")) else {
        return false;
    };
    let Ok(settings) = serde_json::from_str::<serde_json::Value>(&text) else {
        return false;
    };
    let written_kind = settings["kind"].as_str().unwrap_or("copies");
    settings["events"] == events
        && settings["territory_factor"] == factor
        && written_kind == kind.name()
}

/// The folder of a synthetic record, `target/synth/<kind>-<events>` (with `-x<factor>` when the
/// map is copied too), written by the generator first if needed.
pub fn synthetic(kind: RecordKind, events: usize, factor: usize) -> Option<PathBuf> {
    let mut name = format!("{}-{events}", kind.name());
    if factor != 1 {
        name.push_str(&format!("-x{factor}"));
    }
    let dir = workspace().join("target/synth").join(name);
    if already_generated(&dir, kind, events, factor) {
        return Some(dir);
    }
    eprintln!("writing {} with tools/synth/synth.py", dir.display());
    let status = Command::new("python3")
        .arg(workspace().join("tools/synth/synth.py"))
        .args(["--kind", kind.name()])
        .args(["--events", &events.to_string()])
        .args(["--territory-factor", &factor.to_string()])
        .arg("--out")
        .arg(&dir)
        .status();
    match status {
        Ok(s) if s.success() => Some(dir),
        Ok(s) => {
            eprintln!("skipping {events} events: the generator failed ({s})");
            None
        }
        Err(e) => {
            eprintln!("skipping {events} events: python3 could not be run ({e})");
            None
        }
    }
}
