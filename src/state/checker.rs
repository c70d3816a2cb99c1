//! The data checker's work for its page (`?check=1`): the files a teacher gives, each placed in
//! `geodata/` by its name, checked by the model with this build's own files for the rest
//! (fetched from the page's own origin), and the problems found, file by file.

use crate::platform::fetch::fetch_text;
use crate::platform::files::Given;
use atlas_model::check::{self, Finding};
use atlas_model::lesson::{check::FOLDER, read_index, INDEX_FILE};
use atlas_model::Severity;
use std::collections::BTreeMap;

/// A file given that is not checked, and why.
#[derive(Clone, Debug, PartialEq)]
pub enum Aside {
    /// Not a data file of the atlas (a schema, a text file…): its name.
    NotData(String),
    /// It could not be read as text.
    Unreadable { name: String, why: String },
}

/// The files the teacher gave: each at its path in `geodata/` (a later one replaces an earlier
/// one of the same path), and those set aside.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Yours {
    pub files: BTreeMap<String, String>,
    pub aside: Vec<Aside>,
}

impl Yours {
    pub fn add(&mut self, given: Given) {
        let Some(path) = check::path_of(&given.name) else {
            self.aside.push(Aside::NotData(given.name));
            return;
        };
        match given.text {
            Ok(text) => {
                self.files.insert(path, text);
            }
            Err(why) => self.aside.push(Aside::Unreadable {
                name: given.name,
                why,
            }),
        }
    }
}

/// The problems of one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileReport {
    /// Its path in `geodata/`.
    pub file: String,
    /// Whether the teacher gave it (else it is the build's own).
    pub yours: bool,
    /// In the order of their places in the file, those of the whole file first.
    pub findings: Vec<Finding>,
}

/// What a check found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub files: Vec<FileReport>,
    pub errors: usize,
    pub warnings: usize,
}

/// Fetches the build's own files that `texts` lacks, each at its path in `geodata/`; a file
/// the build does not have stays missing.
async fn fetch_missing(texts: &mut BTreeMap<String, String>, paths: Vec<String>) {
    let wanted: Vec<String> = paths
        .into_iter()
        .filter(|p| !texts.contains_key(p))
        .collect();
    let fetched = futures::future::join_all(wanted.iter().map(|p| {
        let path = format!("geodata/{p}");
        async move { fetch_text(&path).await }
    }))
    .await;
    for (path, text) in wanted.into_iter().zip(fetched) {
        if let Ok(text) = text {
            texts.insert(path, text);
        }
    }
}

/// Checks the teacher's files with the build's own for the rest (the lessons `index.json`
/// lists, and any lesson the teacher gave though it is not listed).
pub async fn run(yours: &Yours) -> Report {
    let mut texts = yours.files.clone();
    fetch_missing(&mut texts, check::build_files()).await;
    let index_file = format!("{FOLDER}/{INDEX_FILE}");
    let listed = texts
        .get(&index_file)
        .map(|t| read_index(t).0)
        .unwrap_or_default();
    let lesson = |id: &String| format!("{FOLDER}/{id}.json");
    fetch_missing(&mut texts, listed.iter().map(lesson).collect()).await;
    let given: Vec<String> = yours.files.keys().cloned().collect();
    let unlisted = check::unlisted_lessons(texts.get(&index_file).map(String::as_str), &given);
    let also: Vec<String> = unlisted
        .iter()
        .filter_map(|f| f.file.strip_prefix(&format!("{FOLDER}/")))
        .filter_map(|n| n.strip_suffix(".json"))
        .map(String::from)
        .collect();
    // The check is long work: the page shows that it is checking first.
    crate::platform::schedule::next_frame().await;
    let file = |name: &str| texts.get(name).cloned();
    let mut findings = check::check_with(&file, None, &also);
    findings.extend(unlisted);
    report(findings, yours)
}

/// The findings, file by file (the teacher's first, each group in the order first met), each
/// file's in the order of their places.
fn report(findings: Vec<Finding>, yours: &Yours) -> Report {
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let mut files: Vec<FileReport> = Vec::new();
    for finding in findings {
        match files.iter_mut().find(|r| r.file == finding.file) {
            Some(report) => report.findings.push(finding),
            None => files.push(FileReport {
                file: finding.file.clone(),
                yours: yours.files.contains_key(&finding.file),
                findings: vec![finding],
            }),
        }
    }
    for report in &mut files {
        report.findings.sort_by_key(|f| f.at);
    }
    // The teacher's own files first: what the rest says may follow from them.
    files.sort_by_key(|r| !r.yours);
    Report {
        files,
        errors,
        warnings,
    }
}
