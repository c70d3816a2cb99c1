//! Component tests of the language switch: the page changes language only once the words of
//! the new language are at hand, so no painted frame mixes the words of one language with the
//! dates and names of another.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlSelectElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Which language a frame shows in three places: a word of the catalog (the Play button), a
/// date (the slider's value) and a party's name of the day (the legend).
fn languages_shown(host: &web_sys::HtmlElement) -> [&'static str; 3] {
    let play = text(host, "[data-ui=play] .tl-text");
    let date = value_text(host);
    let legend = text(host, ".map-legend");
    [
        if play == "再生" { "ja" } else { "en" },
        if date.contains('年') { "ja" } else { "en" },
        if legend.contains("ロシア帝国") {
            "ja"
        } else {
            "en"
        },
    ]
}

#[wasm_bindgen_test]
async fn a_language_switch_never_paints_a_mixed_frame() {
    let host = page().await;
    open_link("date=1905-09-05&view=sakhalin").await;
    assert_eq!(languages_shown(&host), ["en"; 3]);
    let select: HtmlSelectElement = find(&host, "select[data-ui=lang]").unchecked_into();
    select.set_value("ja");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    // Every frame until the page speaks Japanese (a few seconds at most) shows one language.
    let mut frames = 0;
    loop {
        leptos::task::tick().await;
        let shown = languages_shown(&host);
        assert!(
            shown.iter().all(|l| *l == shown[0]),
            "frame {frames} mixes languages: {shown:?}"
        );
        if shown[0] == "ja" {
            break;
        }
        frames += 1;
        assert!(frames < 300, "the page never switched to Japanese");
        next_paint().await;
    }
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ja"));
    assert!(search().contains("lang=ja"), "the link follows once shown");
}

/// A link's values are quoted in its notices exactly as given: markup as text, escaped once; a
/// space that made a value unreadable shown; and a translated notice has no English in it.
#[wasm_bindgen_test]
async fn a_hostile_link_is_quoted_exactly_in_the_readers_language() {
    let host = page().await;
    open_link("event=%3Cscript%3E&view=+kurils+&date=%201905").await;
    let notices = text(&host, ".notices");
    for quoted in ["“<script>”", "“␠kurils␠”", "“␠1905”"] {
        assert!(notices.contains(quoted), "{quoted} in {notices}");
    }
    assert!(
        !notices.contains("&lt;") && !notices.contains("&amp;"),
        "{notices}"
    );
    let markup = host.query_selector(".notices script, .notices b").unwrap();
    assert!(markup.is_none(), "a value became markup");
    open_link("lang=ja&date=1905-02-30").await;
    wait_until("the notice in Japanese", || {
        text(&host, ".notices").contains("存在しない日")
    })
    .await;
    let notices = text(&host, ".notices");
    assert!(!notices.contains("no such day"), "{notices}");
}

/// A data file's value is quoted as text too: markup in an entry the reader leaves out shows
/// as written, not escaped a second time, and does not become markup.
#[wasm_bindgen_test]
async fn markup_in_a_data_file_is_shown_as_written() {
    let mut broken = texts();
    let events = broken[file("events.json")].clone().unwrap();
    broken[file("events.json")] = Ok(events.replacen('[', "[{\"id\": \"<b>x</b> & y\"},", 1));
    let host = mount(broken).await;
    let notices = text(&host, ".notices");
    assert!(notices.contains("<b>x</b> & y"), "{notices}");
    assert!(
        !notices.contains("&lt;") && !notices.contains("&amp;"),
        "{notices}"
    );
    assert!(
        host.query_selector(".notices b").unwrap().is_none(),
        "a value became markup"
    );
}
