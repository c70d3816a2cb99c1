//! Checks the atlas's data files and reports every problem with file, line and column.
//!
//!     cargo run -p atlas-model --bin atlas-check -- [--documents DIR] [GEODATA_DIR]
//!
//! GEODATA_DIR defaults to `geodata`. With `--documents` (or `FRONTIER_ATLAS_SEEDS` set), every
//! quote is also looked for, word for word, in its document. Exits with 1 when there is an error
//! (an entry the page would leave out), 0 when there are only warnings or nothing, 2 when it was
//! called wrongly.

use atlas_model::check::{check, Finding, FILES};
use atlas_model::lesson::{check::FOLDER, INDEX_FILE};
use atlas_model::Severity;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: atlas-check [--documents DIR] [GEODATA_DIR]";

fn main() -> ExitCode {
    let mut geodata = PathBuf::from("geodata");
    let mut documents = std::env::var_os("FRONTIER_ATLAS_SEEDS").map(PathBuf::from);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--documents" => match args.next() {
                Some(dir) => documents = Some(dir.into()),
                None => {
                    eprintln!("{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with('-') => {
                eprintln!("atlas-check: unknown option {arg}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => geodata = arg.into(),
        }
    }
    if !geodata.is_dir() {
        eprintln!(
            "atlas-check: {} is not a folder\n{USAGE}",
            geodata.display()
        );
        return ExitCode::from(2);
    }
    let file = |name: &str| std::fs::read_to_string(geodata.join(name)).ok();
    let document = |name: &str| {
        let dir = documents.as_ref()?;
        std::fs::read_to_string(dir.join(name)).ok()
    };
    let mut findings = check(
        &file,
        documents
            .as_ref()
            .map(|_| &document as atlas_model::check::Texts),
    );
    findings.extend(unlisted_lessons(&geodata));
    for finding in &findings {
        // Paths as the reader gave them, so a terminal or an editor can open the place.
        println!(
            "{}",
            format!("{}/{finding}", geodata.display()).replace("//", "/")
        );
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let quotes = if documents.is_some() {
        "quotes checked against their documents"
    } else {
        "quotes not checked (no --documents)"
    };
    eprintln!(
        "atlas-check: {} files, {errors} errors, {warnings} warnings; {quotes}",
        FILES.len()
    );
    if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// A lesson file that `lessons/index.json` does not list: the atlas never offers it.
fn unlisted_lessons(geodata: &std::path::Path) -> Vec<Finding> {
    let folder = geodata.join(FOLDER);
    let Ok(entries) = std::fs::read_dir(&folder) else {
        return Vec::new();
    };
    let names: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .map(|n| format!("{FOLDER}/{n}"))
        .collect();
    let index = std::fs::read_to_string(folder.join(INDEX_FILE)).ok();
    atlas_model::check::unlisted_lessons(index.as_deref(), &names)
}
