//! The atlas's state as a link: `?date=1905-09-05&event=<id>&view=sakhalin&lang=ja`,
//! `embed=1` for the layout made for an iframe, and `present=1` for a projector.
//!
//! Parsing never fails: a parameter that is malformed or unknown is dropped, the default stands
//! in for it, and a [`Notice`] says so in plain words for the page to show.

use crate::config::{AtlasConfig, ViewId};
use crate::date::{Date, Day};
use crate::key;
use crate::party::Party;
use crate::record::Record;
use crate::text::Lang;
use crate::words::Message;

pub use crate::embed::{embed_snippet, EmbedSize};

/// What a link asks for, after checking.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LinkState {
    pub date: Option<Date>,
    pub event: Option<String>,
    pub view: Option<ViewId>,
    /// The language, where the link names one (else the reader's browser chooses).
    pub lang: Option<Lang>,
    /// The layout made for an iframe on another page (`embed=1`).
    pub embed: bool,
    /// The layout made for a projector (`present=1`): the map large, the event in large type.
    pub present: bool,
    /// Whose view of the map (`perspective=japan`); `None`: as it was.
    pub perspective: Option<Party>,
    /// A second map beside the first, at another date (`compare=1905-09-04`).
    pub compare: Option<Date>,
    /// The second map's side (`compare-perspective=russia`, or `as-it-was`); `Some(None)`: as
    /// it was. Alone it compares two sides on the first map's date.
    pub compare_perspective: Option<Option<Party>>,
    /// A lesson to follow (`lesson=<id>`): the id as written, checked once the lesson's file
    /// is read.
    pub lesson: Option<String>,
    /// The lesson's step, from 1 (`step=3`); `None`: the first.
    pub step: Option<usize>,
}

/// `compare-perspective`'s word for the map as it was.
pub const AS_IT_WAS: &str = "as-it-was";

/// A polite message about a parameter that was not used (its words are in the catalogs:
/// `geodata/lang/`).
pub type Notice = Message;

/// A value as the link gave it, every character shown (see [`crate::text::quote`]).
fn shorten(value: &str) -> String {
    crate::text::quote(value, 40)
}

impl LinkState {
    /// The query parameters the atlas owns; a page's other parameters are left alone.
    pub const KEYS: [&'static str; 11] = [
        "date",
        "event",
        "view",
        "lang",
        "embed",
        "present",
        "perspective",
        "compare",
        "compare-perspective",
        "lesson",
        "step",
    ];

    /// Whether the link asks for two maps side by side.
    pub fn compares(&self) -> bool {
        self.compare.is_some() || self.compare_perspective.is_some()
    }

    /// Reads query pairs (already percent-decoded). Unknown keys are ignored.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        record: &Record,
        config: &AtlasConfig,
    ) -> (LinkState, Vec<Notice>) {
        let mut state = LinkState::default();
        let mut notices = Vec::new();
        let mut given = Vec::new();
        for (key, value) in pairs {
            if LinkState::KEYS.contains(&key) {
                if given.contains(&key) {
                    let notice = Message::new(key::NOTICE_LINK_REPEATED).with("key", key);
                    if !notices.contains(&notice) {
                        notices.push(notice);
                    }
                    continue;
                }
                given.push(key);
            }
            match key {
                "date" => match Date::parse(value) {
                    Ok(date) => state.date = Some(date),
                    Err(e) => notices.push(
                        Message::new(key::NOTICE_LINK_DATE)
                            .with("value", shorten(value))
                            .words("reason", key::of_date_fault(e.fault)),
                    ),
                },
                "event" => {
                    if record.get(value).is_some() {
                        state.event = Some(value.to_string());
                    } else {
                        notices.push(
                            Message::new(key::NOTICE_LINK_EVENT).with("value", shorten(value)),
                        );
                    }
                }
                "view" => match config.find_view(value) {
                    Some(v) => state.view = Some(v),
                    None => {
                        let known: Vec<&str> = config.views.iter().map(|v| v.id.as_str()).collect();
                        notices.push(
                            Message::new(key::NOTICE_LINK_VIEW)
                                .with("value", shorten(value))
                                .with("known", known.join(", ")),
                        )
                    }
                },
                "embed" => match value {
                    "1" | "true" | "yes" | "" => state.embed = true,
                    "0" | "false" | "no" => state.embed = false,
                    _ => notices
                        .push(Message::new(key::NOTICE_LINK_EMBED).with("value", shorten(value))),
                },
                "present" => match value {
                    "1" | "true" | "yes" | "" => state.present = true,
                    "0" | "false" | "no" => state.present = false,
                    _ => notices
                        .push(Message::new(key::NOTICE_LINK_PRESENT).with("value", shorten(value))),
                },
                "lang" => match Lang::from_key(value) {
                    Some(l) => state.lang = Some(l),
                    None => notices
                        .push(Message::new(key::NOTICE_LINK_LANG).with("value", shorten(value))),
                },
                "perspective" => match side_of(value, config) {
                    Ok(side) => state.perspective = side,
                    Err(known) => notices.push(
                        Message::new(key::NOTICE_LINK_PERSPECTIVE)
                            .with("value", shorten(value))
                            .with("known", known),
                    ),
                },
                "compare" => match Date::parse(value) {
                    Ok(date) => state.compare = Some(date),
                    Err(e) => notices.push(
                        Message::new(key::NOTICE_LINK_COMPARE)
                            .with("value", shorten(value))
                            .words("reason", key::of_date_fault(e.fault)),
                    ),
                },
                "compare-perspective" => match side_of(value, config) {
                    Ok(side) => state.compare_perspective = Some(side),
                    Err(known) => notices.push(
                        Message::new(key::NOTICE_LINK_COMPARE_PERSPECTIVE)
                            .with("value", shorten(value))
                            .with("known", format!("{known}, {AS_IT_WAS}")),
                    ),
                },
                "lesson" => {
                    if crate::lesson::is_id(value) {
                        state.lesson = Some(value.to_string());
                    } else {
                        notices.push(
                            Message::new(key::NOTICE_LINK_LESSON).with("value", shorten(value)),
                        );
                    }
                }
                "step" => match value.parse::<usize>() {
                    Ok(n) if n >= 1 => state.step = Some(n),
                    _ => notices
                        .push(Message::new(key::NOTICE_LINK_STEP).with("value", shorten(value))),
                },
                _ => {}
            }
        }
        (state, notices)
    }

    /// The notice for a link whose side did not exist on `day`, the day the link shows: its
    /// map is drawn as it was (the side stays chosen, for the days it existed).
    pub fn absent_side_notice(&self, config: &AtlasConfig, day: Day) -> Option<Notice> {
        let side = self.perspective?;
        (config.parties.side_on(Some(side), day).is_none()).then(|| {
            Message::new(key::NOTICE_LINK_SIDE_ABSENT)
                .with("value", config.parties.key(side))
                .date("date", day.date())
        })
    }

    /// The state as a query string (`date=1905-09-05&view=sakhalin`), values percent-encoded.
    pub fn to_query(&self, config: &AtlasConfig) -> String {
        let encode = |value: &str| {
            value
                .bytes()
                .map(|b| match b {
                    b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                        char::from(b).to_string()
                    }
                    _ => format!("%{b:02X}"),
                })
                .collect::<String>()
        };
        self.to_pairs(config)
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The query pairs of this state, defaults left out.
    pub fn to_pairs(&self, config: &AtlasConfig) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if let Some(date) = self.date {
            pairs.push(("date", date.to_string()));
        }
        if let Some(event) = &self.event {
            pairs.push(("event", event.clone()));
        }
        if let Some(view) = self.view.filter(|v| *v != config.default_view()) {
            pairs.push(("view", config.view(view).id.clone()));
        }
        if let Some(lang) = self.lang {
            pairs.push(("lang", lang.key().to_string()));
        }
        if self.embed {
            pairs.push(("embed", "1".to_string()));
        }
        if self.present {
            pairs.push(("present", "1".to_string()));
        }
        if let Some(side) = self.perspective {
            pairs.push(("perspective", config.parties.key(side).to_string()));
        }
        if let Some(date) = self.compare {
            pairs.push(("compare", date.to_string()));
        }
        if let Some(side) = self.compare_perspective {
            let key = side.map_or(AS_IT_WAS, |p| config.parties.key(p));
            pairs.push(("compare-perspective", key.to_string()));
        }
        if let Some(lesson) = &self.lesson {
            pairs.push(("lesson", lesson.clone()));
        }
        if let Some(step) = self.step {
            pairs.push(("step", step.to_string()));
        }
        pairs
    }
}

/// A side named in a link: `Ok(None)` for the map as it was (empty, `none` or `as-it-was`),
/// else the known sides, for the notice.
fn side_of(value: &str, config: &AtlasConfig) -> Result<Option<Party>, String> {
    let parties = &config.parties;
    match parties.find(value).filter(|p| parties.is_side(*p)) {
        Some(p) => Ok(Some(p)),
        None if value.is_empty() || value == "none" || value == AS_IT_WAS => Ok(None),
        None => Err(parties
            .sides()
            .map(|p| parties.key(p))
            .collect::<Vec<_>>()
            .join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{config, day};

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
                ("embed", "1"),
                ("present", "1"),
                ("perspective", "japan"),
                ("compare", "1905-09-04"),
                ("compare-perspective", "as-it-was"),
                ("lesson", "treaties-1855-1905"),
                ("step", "2"),
            ],
            &record(),
            &config(),
        );
        assert!(notices.is_empty());
        assert!(state.embed && state.present);
        assert!(state.compares());
        assert_eq!(state.compare, Date::parse("1905-09-04").ok());
        assert_eq!(state.compare_perspective, Some(None));
        assert_eq!(state.date, Date::parse("1905-09-05").ok());
        assert_eq!(state.event.as_deref(), Some("treaty-of-portsmouth-1905"));
        assert_eq!(state.view, config().find_view("sakhalin"));
        assert_eq!(state.lang, Some(Lang::Ja));
        assert_eq!(state.perspective, config().parties.find("japan"));
        let pairs = state.to_pairs(&config());
        assert_eq!(pairs.len(), 11);
        // A link's writer clears exactly the keys the atlas writes.
        let written: Vec<&str> = pairs.iter().map(|(k, _)| *k).collect();
        assert_eq!(written, LinkState::KEYS);
        assert_eq!(
            state.to_query(&config()),
            "date=1905-09-05&event=treaty-of-portsmouth-1905&view=sakhalin&lang=ja&embed=1&present=1&perspective=japan&compare=1905-09-04&compare-perspective=as-it-was&lesson=treaties-1855-1905&step=2"
        );
        // A second side alone compares two sides on the date; bad values are left out.
        let (sides, _) =
            LinkState::parse([("compare-perspective", "russia")], &record(), &config());
        assert_eq!(sides.compare, None);
        assert_eq!(
            sides.compare_perspective,
            Some(config().parties.find("russia"))
        );
        let (bad, notices) = LinkState::parse(
            [
                ("compare", "1905-13-45"),
                ("compare-perspective", "atlantis"),
            ],
            &record(),
            &config(),
        );
        assert!(!bad.compares());
        assert_eq!(notices.len(), 2);
        let overview = LinkState {
            view: Some(config().default_view()),
            ..LinkState::default()
        };
        assert!(overview.to_pairs(&config()).is_empty());
    }

    #[test]
    fn a_side_that_did_not_exist_on_the_linked_day_gets_a_notice() {
        let config = config();
        let (state, notices) = LinkState::parse(
            [("date", "1950"), ("perspective", "manchukuo")],
            &record(),
            &config,
        );
        assert!(notices.is_empty());
        let notice = state.absent_side_notice(&config, day("1950")).unwrap();
        assert_eq!(notice.key, key::NOTICE_LINK_SIDE_ABSENT);
        assert_eq!(notice.arg("value"), Some("manchukuo"));
        let words = crate::words::Words::english().message(&notice);
        assert!(words.contains("1 January 1950"), "{words}");
        assert_eq!(state.absent_side_notice(&config, day("1939")), None);
        let (none, _) = LinkState::parse([("date", "1950")], &record(), &config);
        assert_eq!(none.absent_side_notice(&config, day("1950")), None);
        // A party that is never a side is not one a link can name.
        let (_, notices) = LinkState::parse([("perspective", "indigenous")], &record(), &config);
        assert_eq!(notices[0].key, key::NOTICE_LINK_PERSPECTIVE);
    }

    #[test]
    fn a_bad_parameter_falls_back_with_a_notice() {
        let (state, notices) = LinkState::parse(
            [
                ("date", "1905-13-45"),
                ("event", "nope"),
                ("view", "moon"),
                ("lang", "xx"),
                ("perspective", "joint"),
                ("utm", "x"),
            ],
            &record(),
            &config(),
        );
        assert_eq!(state, LinkState::default());
        assert_eq!(notices.len(), 5);
        assert_eq!(notices[0].arg("value"), Some("1905-13-45"));
        assert!(notices[4].arg("known").unwrap().contains("japan"));
        assert!(!notices[4].arg("known").unwrap().contains("joint"));
    }

    #[test]
    fn year_links_keep_their_precision() {
        let (state, _) = LinkState::parse([("date", "1905")], &record(), &config());
        assert_eq!(state.date.unwrap().to_string(), "1905");
    }

    #[test]
    fn a_repeated_key_keeps_the_first_value_and_says_so_once() {
        let (record, config) = (record(), crate::fixtures::config());
        let (state, notices) = LinkState::parse(
            [
                ("date", "1905"),
                ("date", "bogus"),
                ("date", "1906"),
                ("utm_source", "x"),
            ],
            &record,
            &config,
        );
        assert_eq!(state.date.map(|d| d.to_string()), Some("1905".into()));
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert_eq!(notices[0].key, key::NOTICE_LINK_REPEATED, "{notices:?}");
    }

    #[test]
    fn an_embed_snippet_is_safe_html_with_the_state() {
        let size = EmbedSize::ALL[2];
        let snippet = embed_snippet(
            "https://school.example/atlas/?date=1905&view=sakhalin&embed=1",
            "Frontier Atlas: Sakhalin, \"1905\" <b>",
            size,
        );
        assert_eq!(
            snippet,
            "<iframe src=\"https://school.example/atlas/?date=1905&amp;view=sakhalin&amp;embed=1\" \
             title=\"Frontier Atlas: Sakhalin, &quot;1905&quot; &lt;b&gt;\" width=\"800\" height=\"500\" \
             loading=\"lazy\"></iframe>"
        );
    }
}
