//! Finishes a release build of the atlas, run by Trunk's `post_build` hook (see Trunk.toml):
//!
//! 1. the first view: the app's components drawn into `index.html` ([`first_view`]);
//! 2. the offline worker named in the page, and the Content-Security-Policy put first in its
//!    head ([`offline`], [`policy`]);
//! 3. the events' texts in other languages moved into one file per language ([`translations`]);
//! 4. the web server's settings beside the page ([`hosting`]);
//! 5. once every other file of the build is final, the offline worker `sw.js` that keeps them
//!    ([`offline`]);
//! 6. last, the compressed copies `<file>.br` and `<file>.gz` beside each file that compresses
//!    ([`compress`]).
//!
//!     atlas-postbuild [--geodata DIR] [--today YYYY-MM-DD] [INDEX_HTML]
//!
//! INDEX_HTML defaults to `$TRUNK_STAGING_DIR/index.html`.

// The page's view types, rendered to HTML here, are deeper than the default limit.
#![recursion_limit = "512"]

mod compress;
mod files;
mod first_view;
mod hosting;
mod offline;
mod page;
mod policy;
#[cfg(test)]
mod tests;
mod translations;

use atlas_model::{Date, Day};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

struct Options {
    geodata: PathBuf,
    today: Day,
    html: PathBuf,
}

const USAGE: &str = "usage: atlas-postbuild [--geodata DIR] [--today YYYY-MM-DD] [INDEX_HTML]";

fn options() -> Result<Options, String> {
    let mut geodata = PathBuf::from(".");
    let mut today = None;
    let mut html = std::env::var_os("TRUNK_STAGING_DIR").map(|d| Path::new(&d).join("index.html"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--geodata" => geodata = args.next().ok_or(USAGE)?.into(),
            "--today" => {
                let text = args.next().ok_or(USAGE)?;
                let date = Date::parse(&text).map_err(|e| format!("--today {text}: {e}"))?;
                today = Some(date.first_day());
            }
            "-h" | "--help" => return Err(USAGE.into()),
            _ => html = Some(arg.into()),
        }
    }
    Ok(Options {
        geodata,
        today: today.unwrap_or_else(frontier_atlas::platform::dom::today),
        html: html.ok_or(USAGE)?,
    })
}

fn run() -> Result<(), String> {
    let options = options()?;
    let path = &options.html;
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let page = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (page, view_size) = first_view::write(&page, folder, &options.geodata, options.today)?;
    // Each goes right after `<meta charset>`: the policy, written last, comes first.
    let page = policy::insert(&offline::name_worker(&page)?)?;
    std::fs::write(path, page).map_err(|e| format!("{}: {e}", path.display()))?;
    let languages = translations::split(folder)?;
    eprintln!(
        "atlas-postbuild: events' texts in {languages} other languages moved to geodata/lang/"
    );
    hosting::write(folder)?;
    let cached = offline::write_worker(folder)?;
    eprintln!(
        "atlas-postbuild: {} keeps {cached} files for use offline",
        offline::WORKER
    );
    eprintln!(
        "atlas-postbuild: first view ({} KB) written into {}",
        view_size / 1024,
        path.display()
    );
    let started = std::time::Instant::now();
    let sizes = compress::write_copies(folder)?;
    eprintln!(
        "atlas-postbuild: {} files compressed in {:.1} s: {} KB, gzip {} KB, brotli {} KB",
        sizes.files,
        started.elapsed().as_secs_f64(),
        sizes.raw / 1024,
        sizes.gzip / 1024,
        sizes.brotli / 1024
    );
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(why) => {
            eprintln!("atlas-postbuild: {why}");
            ExitCode::FAILURE
        }
    }
}
