//! Component tests of the atlas in other languages and of each side's view: the words and dates
//! follow the language, a missing translation shows the English marked as such, every
//! territory carries the chosen side's view, and the table of who held what follows the slider.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until the page says `play` on its Play button: its language's catalog has arrived.
async fn until_speaks(host: &web_sys::HtmlElement, play: &str) {
    wait_until(&format!("the page to say {play}"), || {
        text(host, "[data-ui=play] .tl-text") == play
    })
    .await;
}

#[wasm_bindgen_test]
async fn choosing_a_language_changes_every_word_and_how_dates_are_written() {
    let host = page().await;
    open_link("date=1905-09-05&view=sakhalin").await;
    assert!(value_text(&host).starts_with("5 September 1905"));
    choose(&host, "lang", "ru").await;
    until_speaks(&host, "Воспроизвести").await;
    let root = document().document_element().unwrap();
    assert_eq!(root.get_attribute("lang").as_deref(), Some("ru"));
    assert!(
        value_text(&host).starts_with("5 сентября 1905\u{a0}г."),
        "{}",
        value_text(&host)
    );
    assert!(text(&host, ".map-legend").contains("Российская империя"));
    assert!(text(&host, "[data-ui=lang] + *, .lang-choice").contains("Язык"));
    assert!(text(&host, ".event-title").contains("Портсмут"));
    assert!(search().contains("lang=ru"));
    choose(&host, "lang", "ja").await;
    until_speaks(&host, "再生").await;
    assert!(
        value_text(&host).starts_with("1905年9月5日"),
        "{}",
        value_text(&host)
    );
    assert!(text(&host, ".map-legend").contains("ロシア帝国"));
    choose(&host, "lang", "en").await;
    until_speaks(&host, "Play").await;
}

#[wasm_bindgen_test]
async fn a_missing_translation_shows_the_english_marked_as_such() {
    let mut data = texts();
    let events = data[file("events.json")].clone().unwrap();
    // The treaty without its Japanese title.
    let at = events
        .find("\"id\": \"treaty-of-portsmouth-1905\"")
        .unwrap();
    let ja = at + events[at..].find("\"ja\": {").unwrap();
    let title = ja + events[ja..].find("\"title\"").unwrap();
    let events = format!(
        "{}\"titl\"{}",
        &events[..title],
        &events[title + "\"title\"".len()..]
    );
    data[file("events.json")] = Ok(events);
    let host = mount(data).await;
    open_link("event=treaty-of-portsmouth-1905&lang=ja").await;
    until_speaks(&host, "再生").await;
    let heading = find(&host, ".event-title span[lang]");
    assert_eq!(heading.get_attribute("lang").as_deref(), Some("en"));
    assert!(heading.text_content().unwrap().contains("Portsmouth"));
    assert!(!text(&host, ".event-title [data-ui=untranslated]").is_empty());
    // Its summary is translated, and is not marked.
    assert_eq!(
        attribute(&host, ".event-summary span[lang]", "lang").as_deref(),
        Some("ja")
    );
}

#[wasm_bindgen_test]
async fn every_territory_carries_the_chosen_sides_view() {
    let host = page().await;
    open_link("date=1952-06-01&perspective=japan").await;
    let units = host.query_selector_all("[data-unit]").unwrap().length();
    let viewed = host
        .query_selector_all("[data-unit][data-view-holder]")
        .unwrap()
        .length();
    assert_eq!(viewed, units);
    assert_eq!(
        attribute(&host, "[data-unit=shikotan]", "data-view-holder").as_deref(),
        Some("japan")
    );
    assert_eq!(control_of(&host, "shikotan"), "russia");
    assert_eq!(
        attribute(&host, "[data-unit=iturup]", "data-view-holder").as_deref(),
        Some("none")
    );
    // Drawn in Japan's colour, hatched: held by another.
    let fill = attribute(&host, "[data-unit=shikotan]", "fill").unwrap();
    assert!(fill.starts_with("url(#"), "{fill}");
    let label = attribute(&host, "[data-unit=shikotan]", "aria-label").unwrap();
    assert!(label.contains("As Japan saw it"), "{label}");
    assert!(text(&host, "[data-ui=legend-side]").contains("Japan"));
    open_link("date=1952-06-01").await;
    assert_eq!(
        host.query_selector_all("[data-unit][data-view-holder]")
            .unwrap()
            .length(),
        0
    );
}

#[wasm_bindgen_test]
async fn the_table_of_who_held_what_follows_the_slider() {
    let host = page().await;
    open_link("date=1920-01-01").await;
    // Closed, it draws nothing.
    assert!(host
        .query_selector("[data-ui=holders-table]")
        .unwrap()
        .is_none());
    click(&host, "[data-ui=holders-toggle]").await;
    let rows = host
        .query_selector_all("[data-ui=holders-table] tbody tr")
        .unwrap()
        .length();
    assert_eq!(
        rows,
        host.query_selector_all("path[data-unit]").unwrap().length()
    );
    let row = "[data-ui=holders-table] tr[data-unit=southern-sakhalin]";
    assert!(text(&host, row).contains("Japan"), "{}", text(&host, row));
    assert!(text(&host, "[data-ui=holders-toggle]").contains("1 January 1920"));
    open_link("date=1950-01-01&perspective=japan").await;
    assert_eq!(
        attribute(&host, row, "data-control").as_deref(),
        Some("russia")
    );
    assert!(!text(&host, &format!("{row} [data-col=view]")).is_empty());
    // Its event opens in the panel.
    click(&host, &format!("{row} .holders-event")).await;
    assert!(shown_event(&host).is_some());
}

#[wasm_bindgen_test]
async fn a_note_shows_in_japanese_where_the_data_has_one_and_marked_english_where_not() {
    let mut data = texts();
    let events = data[file("events.json")].clone().unwrap();
    // Portsmouth's note gets a Japanese text of the test's own; the Triple Intervention's keeps
    // only its English.
    let events = with_ja_note(
        &events,
        "treaty-of-portsmouth-1905",
        Some("安の記述は誤りである（試験用の注記）。"),
    );
    let events = with_ja_note(&events, "triple-intervention-1895", None);
    data[file("events.json")] = Ok(events);
    let host = mount(data).await;
    open_link("event=treaty-of-portsmouth-1905&lang=ja").await;
    until_speaks(&host, "再生").await;
    let note = ".event-note span[lang]";
    wait_until("the event's note", || {
        host.query_selector(note).unwrap().is_some()
    })
    .await;
    assert_eq!(attribute(&host, note, "lang").as_deref(), Some("ja"));
    assert!(text(&host, ".event-note").contains("試験用の注記"));
    // The base map's names follow the language too.
    assert_eq!(text(&host, "path.river title"), "ハルハ河");
    assert_eq!(
        text(&host, "path.boundary-today title"),
        "モンゴル・中国国境（現在）"
    );
    assert!(host
        .query_selector(".event-note [data-ui=untranslated]")
        .unwrap()
        .is_none());
    open_link("event=triple-intervention-1895&lang=ja").await;
    wait_until("the other event's note", || {
        attribute(&host, ".event[data-event]", "data-event").as_deref()
            == Some("triple-intervention-1895")
    })
    .await;
    assert_eq!(attribute(&host, note, "lang").as_deref(), Some("en"));
    assert!(!text(&host, ".event-note [data-ui=untranslated]").is_empty());
}

#[wasm_bindgen_test]
async fn a_side_that_did_not_exist_is_offered_disabled_with_the_days_it_existed() {
    let host = page().await;
    open_link("date=1920-01-01").await;
    let option = |side: &str| {
        find(
            &host,
            &format!("[data-ui=perspective] option[value={side}]"),
        )
    };
    let disabled = |side: &str| option(side).has_attribute("disabled");
    assert!(disabled("manchukuo") && disabled("mongolia"));
    assert!(!disabled("japan") && !disabled("russia") && !disabled("china"));
    let manchukuo = option("manchukuo").text_content().unwrap();
    assert!(
        manchukuo.contains("existed 1 March 1932") && manchukuo.contains("18 August 1945"),
        "{manchukuo}"
    );
    let mongolia = option("mongolia").text_content().unwrap();
    assert!(mongolia.contains("then from 11 July 1921"), "{mongolia}");
    // Only sides are offered: no land held in common, no land of no state.
    for never in ["joint", "china-mongolia", "indigenous"] {
        assert!(host
            .query_selector(&format!("[data-ui=perspective] option[value={never}]"))
            .unwrap()
            .is_none());
    }
    choose(&host, "lang", "ja").await;
    until_speaks(&host, "再生").await;
    let ja = option("manchukuo").text_content().unwrap();
    assert!(
        ja.contains("存在期間") && ja.contains("1932年3月1日"),
        "{ja}"
    );
    choose(&host, "lang", "ru").await;
    until_speaks(&host, "Воспроизвести").await;
    let ru = option("mongolia").text_content().unwrap();
    assert!(
        ru.contains("существовала") && ru.contains("затем с 11 июля 1921"),
        "{ru}"
    );
    choose(&host, "lang", "en").await;
    until_speaks(&host, "Play").await;
    open_link("date=1939-07-01").await;
    wait_until("Manchukuo to be offered", || !disabled("manchukuo")).await;
}

#[wasm_bindgen_test]
async fn the_chosen_side_is_drawn_only_while_it_existed() {
    let host = page().await;
    open_link("date=1939-07-01&perspective=manchukuo").await;
    let viewed = || {
        host.query_selector_all("[data-unit][data-view-holder]")
            .unwrap()
            .length()
    };
    assert!(viewed() > 0);
    assert!(host
        .query_selector("[data-ui=side-absent]:not([hidden])")
        .unwrap()
        .is_none());
    slide_to(&host, "1950-01-01").await;
    wait_until("the map as it was", || viewed() == 0).await;
    let why = text(&host, "[data-ui=side-absent]");
    assert!(
        why.contains("1 January 1950") && why.contains("Manchukuo"),
        "{why}"
    );
    assert!(why.contains("drawn as it was"), "{why}");
    // The choice stays: back in its years, its map again.
    slide_to(&host, "1939-07-01").await;
    wait_until("Manchukuo's map again", || viewed() > 0).await;
    assert!(host
        .query_selector("[data-ui=side-absent]:not([hidden])")
        .unwrap()
        .is_none());
}

/// The record with event `id`'s Japanese note replaced by `note`, or taken out. The committed
/// file has one field per line, and a note is followed by the date's reference.
fn with_ja_note(events: &str, id: &str, note: Option<&str>) -> String {
    let at = events.find(&format!("\"id\": \"{id}\"")).unwrap();
    let ja = at + events[at..].find("\"ja\": {").unwrap();
    let start = ja + events[ja..].find("\"note\": ").unwrap();
    let end = start + events[start..].find('\n').unwrap();
    let line = note.map_or(String::new(), |n| format!("\"note\": \"{n}\","));
    let end = if note.is_none() { end + 1 } else { end };
    format!("{}{line}{}", &events[..start], &events[end..])
}
