//! Loads `geodata/` from the page's own origin. A bad entry of a file (an event, a source, a
//! feature) is left out alone, with a notice saying where it is; a file that is missing or
//! cannot be read at all becomes a notice and an empty layer: the rest of the atlas still works. A broken `atlas.json` is
//! replaced by the one the app was built with, since nothing can be drawn without parties.

use crate::state::Atlas;
use atlas_model::{
    tidy, AtlasConfig, Base, Claims, Day, Problem, Read, Record, Territories, Unreadable,
};
use std::future::Future;

/// The data files, relative to the page (so a copy in any sub-folder finds its own), in the
/// order [`assemble`] takes them.
pub const FILES: [&str; 6] = [
    "geodata/atlas.json",
    "geodata/events.json",
    "geodata/sources.json",
    "geodata/territories.geojson",
    "geodata/claims.geojson",
    "geodata/base.geojson",
];

/// The `atlas.json` the app was built with.
const BUILT_IN_CONFIG: &str = include_str!("../geodata/atlas.json");

/// A data file's text, or why it could not be had.
pub type Fetched = Result<String, String>;

async fn fetch_text(path: &str) -> Fetched {
    let response = gloo::net::http::Request::get(path)
        .send()
        .await
        .map_err(|e| format!("{path} could not be fetched ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "{path} could not be fetched (HTTP {})",
            response.status()
        ));
    }
    response
        .text()
        .await
        .map_err(|e| format!("{path} could not be read ({e})"))
}

/// How many problems of one file are shown one by one; the rest are counted.
const SHOWN_PER_FILE: usize = 3;
/// How much of a problem's text a notice shows: a data value may be any length.
const PROBLEM_CHARS: usize = 160;

/// Notices for a file that could not be read at all.
fn note_unreadable(path: &str, why: &str, notices: &mut Vec<String>) {
    notices.push(format!(
        "The data file {path} could not be used ({}). It was left out.",
        tidy(why, PROBLEM_CHARS)
    ));
}

/// Notices for the entries of a file that were left out (or only look wrong), a few one by one
/// and the rest counted.
fn note_problems(path: &str, problems: &[Problem], notices: &mut Vec<String>) {
    let mut sorted: Vec<&Problem> = problems.iter().collect();
    // Errors first, then in file order.
    sorted.sort_by_key(|p| (std::cmp::Reverse(p.severity), p.at));
    for p in sorted.iter().take(SHOWN_PER_FILE) {
        let what = tidy(&p.error.to_string(), PROBLEM_CHARS);
        let (line, column) = (p.at.line, p.at.column);
        notices.push(if p.is_error() {
            format!("The data file {path}, line {line}, column {column}: {what}. It was left out; the rest of the file is used.")
        } else {
            format!("The data file {path}, line {line}, column {column}: {what}.")
        });
    }
    if sorted.len() > SHOWN_PER_FILE {
        notices.push(format!(
            "The data file {path} has {} more problems: `atlas-check` lists them all.",
            sorted.len() - SHOWN_PER_FILE
        ));
    }
}

/// Reads one file: the good part of it, with notices for what was left out; an empty stand-in
/// when it could not be had or read at all.
fn read_or_note<T: Default>(
    path: &str,
    text: Fetched,
    read: impl FnOnce(&str) -> Result<Read<T>, Unreadable>,
    notices: &mut Vec<String>,
) -> Option<T> {
    let text = match text {
        Ok(text) => text,
        Err(why) => {
            notices.push(format!(
                "The data file {}. It was left out.",
                tidy(&why, PROBLEM_CHARS)
            ));
            return None;
        }
    };
    match read(&text) {
        Ok(read) => {
            note_problems(path, &read.problems, notices);
            Some(read.value)
        }
        Err(unreadable) => {
            note_unreadable(path, &unreadable.to_string(), notices);
            None
        }
    }
}

fn config_or_built_in(text: Fetched, notices: &mut Vec<String>) -> AtlasConfig {
    let why = match text.map(|t| AtlasConfig::from_json(&t)) {
        Ok(Ok(config)) => return config,
        Ok(Err(e)) => format!("{} could not be used ({e})", FILES[0]),
        Err(why) => why,
    };
    notices.push(format!(
        "The data file {}. The views, parties and eras the atlas was built with are used.",
        tidy(&why, PROBLEM_CHARS)
    ));
    AtlasConfig::from_json(BUILT_IN_CONFIG)
        .expect("the built-in atlas.json is checked by the tests")
}

/// Parses the six files (see [`FILES`]) into the atlas.
pub fn assemble(texts: [Fetched; 6], today: Day) -> (Atlas, Vec<String>) {
    // With pauses that are always ready, the assembly finishes on its first poll.
    let mut assembly = std::pin::pin!(assemble_pausing(texts, today, || std::future::ready(())));
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    match assembly.as_mut().poll(&mut context) {
        std::task::Poll::Ready(done) => done,
        std::task::Poll::Pending => unreachable!("no pause of the assembly waits"),
    }
}

/// Parses the six files into the atlas, awaiting `pause()` between one file and the next, so
/// that the browser can paint and answer input meanwhile.
pub async fn assemble_pausing<P: Future<Output = ()>>(
    texts: [Fetched; 6],
    today: Day,
    pause: impl Fn() -> P,
) -> (Atlas, Vec<String>) {
    let [config, events, sources, territories, claims, base] = texts;
    let mut notices = Vec::new();
    let config = config_or_built_in(config, &mut notices);
    let sources = read_or_note(FILES[2], sources, Record::read_sources, &mut notices);
    // Without sources.json every citation would be reported: its own notice says it all.
    let sources_known = sources.is_some();
    let record = read_or_note(
        FILES[1],
        events,
        |text| {
            let mut read = Record::read(text, sources.unwrap_or_default())?;
            read.problems.retain(|p| sources_known || p.is_error());
            Ok(read)
        },
        &mut notices,
    )
    .unwrap_or_default();
    pause().await;
    let territories = read_or_note(
        FILES[3],
        territories,
        |t| Territories::read(t, &config.parties),
        &mut notices,
    )
    .unwrap_or_default();
    let claims = read_or_note(
        FILES[4],
        claims,
        |c| Claims::read(c, &config.parties),
        &mut notices,
    )
    .unwrap_or_default();
    pause().await;
    let base = read_or_note(FILES[5], base, Base::read, &mut notices).unwrap_or_default();
    pause().await;
    let atlas = Atlas::new(config, record, territories, claims, base, today);
    (atlas, notices)
}

/// Fetches the six files at once and assembles the atlas, a file at a time.
pub async fn load(today: Day) -> (Atlas, Vec<String>) {
    let [a, e, s, t, c, b] = FILES.map(fetch_text);
    let (a, e, s, t, c, b) = futures::join!(a, e, s, t, c, b);
    assemble_pausing([a, e, s, t, c, b], today, crate::schedule::next_task).await
}
