//! The link's query, any of it: read without a panic, and written back the same.

use crate::kit::arbitrary::{cases, tricky_string};
use crate::kit::data::{data, read};
use atlas_model::link::{LinkState, Notice};
use atlas_model::{Catalog, Lang, Words};
use proptest::prelude::*;
use proptest::sample::select;

/// Decodes a query as `URLSearchParams` does: `&`-separated pairs, `+` for a space, percent
/// escapes (a malformed escape is kept as it is), UTF-8 read lossily.
fn decode_query(query: &str) -> Vec<(String, String)> {
    fn decode(part: &str) -> String {
        let bytes = part.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                },
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Percent-encodes all but the unreserved characters.
fn encode(part: &str) -> String {
    part.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn a_link_key() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => select(&LinkState::KEYS[..]).prop_map(str::to_string),
        1 => select(&["utm_source", "", "DATE", "date%20", "%64ate", "da+te", "lang%00"][..])
            .prop_map(str::to_string),
        1 => tricky_string(6).prop_map(|s| encode(&s)),
    ]
}

fn a_link_value() -> impl Strategy<Value = String> {
    let ids: Vec<String> = data()
        .record
        .events()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    let views: Vec<String> = data().config.views.iter().map(|v| v.id.clone()).collect();
    prop_oneof![
        2 => select(ids),
        2 => select(views),
        1 => select(&["en", "ja", "ru", "EN", "de", "ja-JP"][..]).prop_map(str::to_string),
        2 => "[0-9]{1,5}(-[0-9]{1,3}(-[0-9]{1,3})?)?",
        1 => "[0-9]{10,40}",
        1 => "-?[0-9]{4}-[0-9]{2}-[0-9]{2}[0-9]*",
        1 => Just(String::new()),
        1 => "(%[0-9A-Fa-f]{2}|%[0-9A-Fa-f]?|%[G-Zg-z]{2}|[a-z0-9+=]){0,12}",
        1 => "(%[C-F][0-9A-F](%[89AB][0-9A-F]){0,3}){1,4}",
        2 => tricky_string(60).prop_map(|s| encode(&s)),
    ]
}

fn a_query() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((a_link_key(), a_link_value(), any::<bool>()), 0..8),
        any::<bool>(),
    )
        .prop_map(|(pairs, question)| {
            let pairs: Vec<String> = pairs
                .into_iter()
                .map(|(k, v, bare)| {
                    if bare && v.is_empty() {
                        k
                    } else {
                        format!("{k}={v}")
                    }
                })
                .collect();
            format!("{}{}", if question { "?" } else { "" }, pairs.join("&"))
        })
}

fn parse_link(pairs: &[(String, String)]) -> (LinkState, Vec<Notice>) {
    let d = data();
    LinkState::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        &d.record,
        &d.config,
    )
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn any_link_is_read_without_panic_and_written_back_the_same(query in a_query()) {
        let d = data();
        let pairs = decode_query(&query);
        let (state, notices) = parse_link(&pairs);
        let owned = pairs.iter().filter(|(k, _)| LinkState::KEYS.contains(&k.as_str())).count();
        prop_assert!(notices.len() <= owned);
        let english = Catalog::from_json(&read("lang/en.json")).unwrap();
        let words = Words::new(Lang::En, None, &english);
        for n in &notices {
            // A value is shown shortened: a link of any length gives a short notice.
            let text = words.message(n);
            prop_assert!(text.chars().count() <= 300, "{}", text);
            prop_assert!(english.keys().contains(&n.key.as_str()), "{} has no English words", n.key);
        }
        if let Some(id) = &state.event {
            prop_assert!(d.record.get(id).is_some());
        }
        if let Some(view) = state.view {
            prop_assert!(view.index() < d.config.views.len());
        }
        // Written back to a query and read again: the same state, and nothing to complain about.
        let written = state.to_pairs(&d.config);
        prop_assert!(written.iter().all(|(k, _)| LinkState::KEYS.contains(k)));
        let query: Vec<String> =
            written.iter().map(|(k, v)| format!("{k}={}", encode(v))).collect();
        let again = decode_query(&format!("?{}", query.join("&")));
        let (restored, complaints) = parse_link(&again);
        prop_assert!(complaints.is_empty(), "{:?}", complaints);
        let expected = LinkState {
            view: state.view.filter(|v| *v != d.config.default_view()),
            ..state.clone()
        };
        prop_assert_eq!(&restored, &expected);
        prop_assert_eq!(restored.to_pairs(&d.config), written);
    }
}
