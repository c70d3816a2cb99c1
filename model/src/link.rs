//! The atlas's state as a link: `?date=1905-09-05&event=<id>&view=sakhalin&lang=ja`.
//!
//! Parsing never fails: a parameter that is malformed or unknown is dropped, the default stands
//! in for it, and a [`Notice`] says so in plain words for the page to show.

use crate::date::Date;
use crate::record::{Record, Region};

/// The map's view presets, each a box of longitude and latitude.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum View {
    #[default]
    Overview,
    Kurils,
    Sakhalin,
    KhalkhinGol,
}

impl View {
    pub const ALL: [View; 4] = [
        View::Overview,
        View::Kurils,
        View::Sakhalin,
        View::KhalkhinGol,
    ];

    pub fn key(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Kurils => "kurils",
            View::Sakhalin => "sakhalin",
            View::KhalkhinGol => "khalkhin-gol",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Kurils => "Kurils",
            View::Sakhalin => "Sakhalin",
            View::KhalkhinGol => "Khalkhin Gol",
        }
    }

    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// West, south, east, north in degrees.
    pub fn bounds(self) -> [f64; 4] {
        match self {
            View::Overview => [115.0, 40.0, 160.0, 56.0],
            View::Kurils => [140.5, 41.3, 157.8, 51.6],
            View::Sakhalin => [139.0, 44.8, 146.8, 54.6],
            View::KhalkhinGol => [117.75, 47.25, 119.75, 48.3],
        }
    }

    /// The view that shows an event's regions: a theatre, or the overview for several.
    pub fn for_regions(regions: &[Region]) -> View {
        let theatre = |r: &Region| match r {
            Region::Kurils => Some(View::Kurils),
            Region::Sakhalin => Some(View::Sakhalin),
            Region::KhalkhinGol | Region::Mongolia => Some(View::KhalkhinGol),
            Region::General => None,
        };
        let mut views = regions.iter().filter_map(theatre);
        match views.next() {
            Some(first) if views.all(|v| v == first) => first,
            _ => View::Overview,
        }
    }
}

/// The language of place names on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ja,
    Ru,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ja, Lang::Ru];

    pub fn key(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
            Lang::Ru => "ru",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ja => "日本語",
            Lang::Ru => "Русский",
        }
    }

    pub fn from_key(key: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.key() == key)
    }
}

/// What a link asks for, after checking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LinkState {
    pub date: Option<Date>,
    pub event: Option<String>,
    pub view: Option<View>,
    pub lang: Lang,
}

/// A polite message about a parameter that was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice(pub String);

fn shorten(value: &str) -> String {
    let short: String = value.chars().take(40).collect();
    if short.len() < value.len() {
        format!("{short}…")
    } else {
        short
    }
}

impl LinkState {
    /// Reads query pairs (already percent-decoded). Unknown keys are ignored.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        record: &Record,
    ) -> (LinkState, Vec<Notice>) {
        let mut state = LinkState::default();
        let mut notices = Vec::new();
        for (key, value) in pairs {
            match key {
                "date" => match Date::parse(value) {
                    Ok(date) => state.date = Some(date),
                    Err(e) => notices.push(Notice(format!(
                        "The link’s date “{}” could not be read ({}); showing today instead.",
                        shorten(value),
                        e.reason
                    ))),
                },
                "event" => {
                    if record.get(value).is_some() {
                        state.event = Some(value.to_string());
                    } else {
                        notices.push(Notice(format!(
                            "The link names an event “{}” that is not in the record; it was left out.",
                            shorten(value)
                        )));
                    }
                }
                "view" => match View::from_key(value) {
                    Some(v) => state.view = Some(v),
                    None => notices.push(Notice(format!(
                        "The link’s view “{}” is not one of overview, kurils, sakhalin, khalkhin-gol; showing the overview.",
                        shorten(value)
                    ))),
                },
                "lang" => match Lang::from_key(value) {
                    Some(l) => state.lang = l,
                    None => notices.push(Notice(format!(
                        "The link’s language “{}” is not one of en, ja, ru; showing English names.",
                        shorten(value)
                    ))),
                },
                _ => {}
            }
        }
        (state, notices)
    }

    /// The query pairs of this state, defaults left out.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(date) = self.date {
            pairs.push(("date", date.to_string()));
        }
        if let Some(event) = &self.event {
            pairs.push(("event", event.clone()));
        }
        if let Some(view) = self.view {
            pairs.push(("view", view.key().to_string()));
        }
        if self.lang != Lang::default() {
            pairs.push(("lang", self.lang.key().to_string()));
        }
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> Record {
        let events = r#"[{"id":"treaty-of-portsmouth-1905","date":"1905-09-05","title":"t","summary":"s",
            "regions":["sakhalin"],"kind":"treaty","sources":[],"basis":"background","reference":"Treaty of Portsmouth"}]"#;
        Record::from_json(events, "[]").unwrap()
    }

    #[test]
    fn a_good_link_restores_every_parameter() {
        let (state, notices) = LinkState::parse(
            [
                ("date", "1905-09-05"),
                ("event", "treaty-of-portsmouth-1905"),
                ("view", "sakhalin"),
                ("lang", "ja"),
            ],
            &record(),
        );
        assert!(notices.is_empty());
        assert_eq!(state.date, Date::parse("1905-09-05").ok());
        assert_eq!(state.event.as_deref(), Some("treaty-of-portsmouth-1905"));
        assert_eq!(state.view, Some(View::Sakhalin));
        assert_eq!(state.lang, Lang::Ja);
        let pairs = state.to_pairs();
        assert_eq!(pairs.len(), 4);
    }

    #[test]
    fn a_bad_parameter_falls_back_with_a_notice() {
        let (state, notices) = LinkState::parse(
            [
                ("date", "1905-13-45"),
                ("event", "nope"),
                ("view", "moon"),
                ("lang", "xx"),
                ("utm", "x"),
            ],
            &record(),
        );
        assert_eq!(state, LinkState::default());
        assert_eq!(notices.len(), 4);
        assert!(notices[0].0.contains("1905-13-45"));
    }

    #[test]
    fn year_links_keep_their_precision() {
        let (state, _) = LinkState::parse([("date", "1905")], &record());
        assert_eq!(state.date.unwrap().to_string(), "1905");
    }

    #[test]
    fn regions_choose_a_view() {
        assert_eq!(View::for_regions(&[Region::Sakhalin]), View::Sakhalin);
        assert_eq!(
            View::for_regions(&[Region::Mongolia, Region::KhalkhinGol]),
            View::KhalkhinGol
        );
        assert_eq!(
            View::for_regions(&[Region::Kurils, Region::Sakhalin]),
            View::Overview
        );
        assert_eq!(View::for_regions(&[Region::General]), View::Overview);
        assert_eq!(
            View::for_regions(&[Region::Kurils, Region::General]),
            View::Kurils
        );
    }
}
