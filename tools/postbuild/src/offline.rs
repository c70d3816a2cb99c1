//! The service worker that keeps a release build for use offline: `sw.js`, written from
//! `offline.js` with the build's files and version filled in, and named in the page
//! (`<meta name="atlas-offline">`), where `public/start.js` registers it. A development build
//! has neither, and so no worker caching what is being edited.

use crate::{compress, files, hosting, page};
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The service worker's file name, beside `index.html`.
pub const WORKER: &str = "sw.js";

/// `page` with the worker named in its head, right after `<meta charset>`.
pub fn name_worker(page: &str) -> Result<String, String> {
    let at = page::after_tag(page, "<meta charset")?;
    let tag = format!("<meta name=\"atlas-offline\" content=\"{WORKER}\">");
    Ok(page::insert_at(page, at, &tag))
}

/// Writes the service worker for the build in `dir`: its files, and a version that changes
/// with any byte of any of them; the number of files it keeps. Runs last, once every other file
/// of the build is written.
pub fn write_worker(dir: &Path) -> Result<usize, String> {
    let files = build_files(dir)?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for file in &files {
        file.hash(&mut hasher);
        std::fs::read(dir.join(file))
            .map_err(|e| format!("{file}: {e}"))?
            .hash(&mut hasher);
    }
    let list = format!(
        "[{}]",
        files
            .iter()
            .map(|f| format!("'{}'", f.replace('\\', "\\\\").replace('\'', "\\'")))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let worker = include_str!("offline.js")
        .replace("__VERSION__", &format!("{:016x}", hasher.finish()))
        .replace("__FILES__", &list);
    std::fs::write(dir.join(WORKER), worker).map_err(|e| format!("{WORKER}: {e}"))?;
    Ok(files.len())
}

/// Whether a file of the build is the data checker's alone (its program, the schemas, the
/// glossary): not kept offline, so that no reader of the atlas downloads what only a teacher
/// checking data files uses; the checker page fetches it when it is opened.
fn checker_only(file: &str) -> bool {
    file.starts_with("checker.")
        || file.starts_with("checker_bg.")
        || file.starts_with("geodata/schema/")
        || file == "geodata/glossary.json"
}

/// Every file of the build under `dir` but the worker itself, the data checker's own, the
/// server's settings and the compressed copies (a server sends those in place of a file: the page
/// never asks for them), as paths relative to it.
fn build_files(dir: &Path) -> Result<Vec<String>, String> {
    Ok(files::under(dir)?
        .into_iter()
        .filter(|f| {
            f != WORKER && !checker_only(f) && !hosting::is_setting(f) && !compress::is_copy(f)
        })
        .collect())
}
