//! Loads `geodata/` from the page's own origin. A file that is missing or broken becomes a
//! notice and an empty layer: the rest of the atlas still works. A broken `atlas.json` is
//! replaced by the one the app was built with, since nothing can be drawn without parties.

use crate::state::Atlas;
use atlas_model::{AtlasConfig, Base, Claims, Day, Record, Territories};
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

/// Parses one file, or notes why it could not be used and returns an empty stand-in.
fn parse_or_note<T: Default, E: std::fmt::Display>(
    path: &str,
    text: Fetched,
    parse: impl Fn(&str) -> Result<T, E>,
    notices: &mut Vec<String>,
) -> T {
    match text.and_then(|t| parse(&t).map_err(|e| format!("{path} is broken: {e}"))) {
        Ok(value) => value,
        Err(why) => {
            notices.push(format!("The data file {why}. It was left out."));
            T::default()
        }
    }
}

fn config_or_built_in(text: Fetched, notices: &mut Vec<String>) -> AtlasConfig {
    let why = match text.map(|t| AtlasConfig::from_json(&t)) {
        Ok(Ok(config)) => return config,
        Ok(Err(e)) => format!("{} is broken: {e}", FILES[0]),
        Err(why) => why,
    };
    notices.push(format!(
        "The data file {why}. The views, parties and eras the atlas was built with are used."
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
    let record = match sources {
        Ok(sources) => parse_or_note(
            FILES[1],
            events,
            |e| Record::from_json(e, &sources),
            &mut notices,
        ),
        Err(why) => {
            notices.push(format!("The data file {why}. No events are shown."));
            Record::default()
        }
    };
    pause().await;
    let territories = parse_or_note(
        FILES[3],
        territories,
        |t| Territories::from_geojson(t, &config.parties),
        &mut notices,
    );
    let claims = parse_or_note(
        FILES[4],
        claims,
        |c| Claims::from_geojson(c, &config.parties),
        &mut notices,
    );
    pause().await;
    let base = parse_or_note(FILES[5], base, Base::from_geojson, &mut notices);
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
