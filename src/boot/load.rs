//! Loads `geodata/` from the page's own origin. A bad entry of a file (an event, a source, a
//! feature) is left out alone, with a notice saying where it is; a file that is missing or
//! cannot be read at all becomes a notice and an empty layer: the rest of the atlas still works. A broken `atlas.json` is
//! replaced by the one the app was built with, since nothing can be drawn without parties.

use crate::platform::fetch::fetch_text;
pub use crate::platform::fetch::Fetched;
use atlas_model::key;
use atlas_model::words::Message;
use atlas_model::{
    tidy, Atlas, AtlasConfig, Base, Claims, Day, Problem, Read, Record, Territories, Unreadable,
};
use std::future::Future;

/// Where each data file is, relative to the page (so a copy in any sub-folder finds its own).
pub const PATHS: DataFiles<&str> = DataFiles {
    atlas: "geodata/atlas.json",
    events: "geodata/events.json",
    sources: "geodata/sources.json",
    territories: "geodata/territories.geojson",
    claims: "geodata/claims.geojson",
    base: "geodata/base.geojson",
};

/// One thing for each of the six data files: their paths, their texts as fetched.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataFiles<T> {
    /// `atlas.json`: the views, parties and eras.
    pub atlas: T,
    pub events: T,
    pub sources: T,
    pub territories: T,
    pub claims: T,
    pub base: T,
}

impl<T> DataFiles<T> {
    /// The same for each file.
    pub fn map<U>(self, mut f: impl FnMut(T) -> U) -> DataFiles<U> {
        DataFiles {
            atlas: f(self.atlas),
            events: f(self.events),
            sources: f(self.sources),
            territories: f(self.territories),
            claims: f(self.claims),
            base: f(self.base),
        }
    }

    /// In the order atlas, events, sources, territories, claims, base.
    pub fn into_array(self) -> [T; 6] {
        [
            self.atlas,
            self.events,
            self.sources,
            self.territories,
            self.claims,
            self.base,
        ]
    }
}

impl<T> From<[T; 6]> for DataFiles<T> {
    /// From the order of [`DataFiles::into_array`].
    fn from([atlas, events, sources, territories, claims, base]: [T; 6]) -> DataFiles<T> {
        DataFiles {
            atlas,
            events,
            sources,
            territories,
            claims,
            base,
        }
    }
}

/// The `atlas.json` the app was built with.
const BUILT_IN_CONFIG: &str = include_str!("../../geodata/atlas.json");

/// How many problems of one file are shown one by one; the rest are counted.
const SHOWN_PER_FILE: usize = 3;
/// How much of a problem's text a notice shows: a data value may be any length.
const PROBLEM_CHARS: usize = 160;

/// Notices for a file that could not be read at all.
fn note_unreadable(path: &str, why: &str, notices: &mut Vec<Message>) {
    notices.push(
        Message::new(key::NOTICE_DATA_UNREADABLE)
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
            key::NOTICE_DATA_ENTRY_LEFT_OUT
        } else {
            key::NOTICE_DATA_ENTRY_WARNING
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
            Message::new(key::NOTICE_DATA_MORE)
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
            notices.push(
                Message::new(key::NOTICE_DATA_MISSING)
                    .with("file", path)
                    .with("why", tidy(&why, PROBLEM_CHARS)),
            );
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
        Ok(Err(e)) => e.to_string(),
        Err(why) => why,
    };
    notices.push(
        Message::new(key::NOTICE_CONFIG_BUILT_IN)
            .with("file", PATHS.atlas)
            .with("why", tidy(&why, PROBLEM_CHARS)),
    );
    AtlasConfig::from_json(BUILT_IN_CONFIG)
        .expect("the built-in atlas.json is checked by the tests")
}

/// Parses the six files into the atlas.
pub fn assemble(texts: DataFiles<Fetched>, today: Day) -> (Atlas, Vec<Message>) {
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
    texts: DataFiles<Fetched>,
    today: Day,
    pause: impl Fn() -> P,
) -> (Atlas, Vec<Message>) {
    let DataFiles {
        atlas: config,
        events,
        sources,
        territories,
        claims,
        base,
    } = texts;
    let mut notices = Vec::new();
    let config = config_or_built_in(config, &mut notices);
    let sources = read_or_note(PATHS.sources, sources, Record::read_sources, &mut notices);
    // Without sources.json every citation would be reported: its own notice says it all.
    let sources_known = sources.is_some();
    let record = read_or_note(
        PATHS.events,
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
        PATHS.territories,
        territories,
        |t| Territories::read(t, &config.parties),
        &mut notices,
    )
    .unwrap_or_default();
    let claims = read_or_note(
        PATHS.claims,
        claims,
        |c| Claims::read(c, &config.parties),
        &mut notices,
    )
    .unwrap_or_default();
    pause().await;
    let base = read_or_note(PATHS.base, base, Base::read, &mut notices).unwrap_or_default();
    pause().await;
    let atlas = Atlas::new(config, record, territories, claims, base, today);
    (atlas, notices)
}

/// Fetches the six files at once and assembles the atlas, a file at a time.
pub async fn load(today: Day) -> (Atlas, Vec<Message>) {
    let p = PATHS;
    let (atlas, events, sources, territories, claims, base) = futures::join!(
        fetch_text(p.atlas),
        fetch_text(p.events),
        fetch_text(p.sources),
        fetch_text(p.territories),
        fetch_text(p.claims),
        fetch_text(p.base)
    );
    let texts = DataFiles {
        atlas,
        events,
        sources,
        territories,
        claims,
        base,
    };
    assemble_pausing(texts, today, crate::platform::schedule::next_task).await
}
