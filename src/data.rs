//! Loads `geodata/` from the page's own origin. A bad entry of a file (an event, a source, a
//! feature) is left out alone, with a notice saying where it is; a file that is missing or
//! cannot be read at all becomes a notice and an empty layer: the rest of the atlas still works. A broken `atlas.json` is
//! replaced by the one the app was built with, since nothing can be drawn without parties.

use crate::state::Atlas;
use atlas_model::words::Message;
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

/// A data file's text, or why it could not be had (in words to show, which name the file).
pub type Fetched = Result<String, String>;

/// Fetches a file of the page's own origin.
pub async fn fetch_text(path: &str) -> Fetched {
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
fn note_unreadable(path: &str, why: &str, notices: &mut Vec<Message>) {
    notices.push(
        Message::new("notice.data-unreadable")
            .with("file", path)
            .with("why", tidy(why, PROBLEM_CHARS)),
    );
}

/// Notices for the entries of a file that were left out (or only look wrong), a few one by one
/// and the rest counted.
fn note_problems(path: &str, problems: &[Problem], notices: &mut Vec<Message>) {
    let mut sorted: Vec<&Problem> = problems.iter().collect();
    // Errors first, then in file order.
    sorted.sort_by_key(|p| (std::cmp::Reverse(p.severity), p.at));
    for p in sorted.iter().take(SHOWN_PER_FILE) {
        let what = tidy(&p.error.to_string(), PROBLEM_CHARS);
        let key = if p.is_error() {
            "notice.data-entry-left-out"
        } else {
            "notice.data-entry-warning"
        };
        notices.push(
            Message::new(key)
                .with("file", path)
                .with("line", p.at.line.to_string())
                .with("column", p.at.column.to_string())
                .with("what", what),
        );
    }
    if sorted.len() > SHOWN_PER_FILE {
        notices.push(
            Message::new("notice.data-more")
                .with("file", path)
                .with("count", (sorted.len() - SHOWN_PER_FILE).to_string()),
        );
    }
}

/// Reads one file: the good part of it, with notices for what was left out; an empty stand-in
/// when it could not be had or read at all.
fn read_or_note<T: Default>(
    path: &str,
    text: Fetched,
    read: impl FnOnce(&str) -> Result<Read<T>, Unreadable>,
    notices: &mut Vec<Message>,
) -> Option<T> {
    let text = match text {
        Ok(text) => text,
        Err(why) => {
            notices
                .push(Message::new("notice.data-missing").with("why", tidy(&why, PROBLEM_CHARS)));
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

fn config_or_built_in(text: Fetched, notices: &mut Vec<Message>) -> AtlasConfig {
    let why = match text.map(|t| AtlasConfig::from_json(&t)) {
        Ok(Ok(config)) => return config,
        Ok(Err(e)) => format!("{} could not be used ({e})", FILES[0]),
        Err(why) => why,
    };
    notices.push(Message::new("notice.config-built-in").with("why", tidy(&why, PROBLEM_CHARS)));
    AtlasConfig::from_json(BUILT_IN_CONFIG)
        .expect("the built-in atlas.json is checked by the tests")
}

/// Parses the six files (see [`FILES`]) into the atlas.
pub fn assemble(texts: [Fetched; 6], today: Day) -> (Atlas, Vec<Message>) {
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
) -> (Atlas, Vec<Message>) {
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
pub async fn load(today: Day) -> (Atlas, Vec<Message>) {
    let [a, e, s, t, c, b] = FILES.map(fetch_text);
    let (a, e, s, t, c, b) = futures::join!(a, e, s, t, c, b);
    assemble_pausing([a, e, s, t, c, b], today, crate::schedule::next_task).await
}
