//! Loads `geodata/` from the page's own origin. A file that is missing or broken becomes a
//! notice and an empty layer: the rest of the atlas still works.

use crate::state::Atlas;
use atlas_model::{Base, Claims, Day, Record, Territories};

/// The data files, relative to the page (so a copy in any sub-folder finds its own).
pub const EVENTS: &str = "geodata/events.json";
pub const SOURCES: &str = "geodata/sources.json";
pub const TERRITORIES: &str = "geodata/territories.geojson";
pub const CLAIMS: &str = "geodata/claims.geojson";
pub const BASE: &str = "geodata/base.geojson";

async fn fetch_text(path: &str) -> Result<String, String> {
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
    text: Result<String, String>,
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

/// Parses the five files (events, sources, territories, claims, base) into the atlas.
pub fn assemble(texts: [Result<String, String>; 5], today: Day) -> (Atlas, Vec<String>) {
    let [events, sources, territories, claims, base] = texts;
    let mut notices = Vec::new();
    let record = match sources {
        Ok(sources) => parse_or_note(
            EVENTS,
            events,
            |e| Record::from_json(e, &sources),
            &mut notices,
        ),
        Err(why) => {
            notices.push(format!("The data file {why}. No events are shown."));
            Record::default()
        }
    };
    let territories = parse_or_note(
        TERRITORIES,
        territories,
        Territories::from_geojson,
        &mut notices,
    );
    let claims = parse_or_note(CLAIMS, claims, Claims::from_geojson, &mut notices);
    let base = parse_or_note(BASE, base, Base::from_geojson, &mut notices);
    (
        Atlas::new(record, territories, claims, base, today),
        notices,
    )
}

/// Fetches the five files at once and assembles the atlas.
pub async fn load(today: Day) -> (Atlas, Vec<String>) {
    let (events, sources, territories, claims, base) = futures::future::join5(
        fetch_text(EVENTS),
        fetch_text(SOURCES),
        fetch_text(TERRITORIES),
        fetch_text(CLAIMS),
        fetch_text(BASE),
    )
    .await;
    assemble([events, sources, territories, claims, base], today)
}
