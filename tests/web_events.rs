//! The events: the list, its filters and the panel of the event shown, mounted in headless
//! Chromium with the committed data and asserted on through the DOM as a reader sees them.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn filters_narrow_the_list_and_say_how_many() {
    let host = mount(texts()).await;
    let all = listed(&host).await.len();
    let n = event_count();
    assert_eq!(all, n);
    assert_eq!(
        text(&host, "[data-ui=event-count]"),
        format!("{n} of {n} events")
    );
    choose(&host, "filter-region", "kurils").await;
    let kurils = listed(&host).await;
    assert!(kurils.len() > 20 && kurils.len() < all, "{}", kurils.len());
    assert!(kurils.contains(&"soviet-japanese-joint-declaration-1956".to_string()));
    assert!(!kurils.contains(&"battle-of-khalkhin-gol-1939".to_string()));
    assert_eq!(
        text(&host, "[data-ui=event-count]"),
        format!("{} of {n} events", kurils.len())
    );
    choose(&host, "filter-kind", "treaty").await;
    let treaties = listed(&host).await;
    assert!(!treaties.is_empty() && treaties.len() < kurils.len());
    assert!(treaties.contains(&"treaty-of-shimoda-1855".to_string()));
    choose(&host, "filter-region", "all").await;
    choose(&host, "filter-kind", "all").await;
    choose(&host, "filter-doc", "background").await;
    let background = {
        let all = texts();
        let text = |name: &str| {
            let i = frontier_atlas::boot::load::PATHS
                .into_array()
                .iter()
                .position(|f| f.ends_with(name))
                .unwrap();
            all[i].clone().unwrap()
        };
        atlas_model::Record::from_json(&text("events.json"), &text("sources.json"))
            .unwrap()
            .events()
            .iter()
            .filter(|e| e.basis == atlas_model::Basis::Background)
            .count()
    };
    assert_eq!(listed(&host).await.len(), background);
    choose(&host, "filter-doc", "miller-2004").await;
    let miller = listed(&host).await;
    assert!(miller.contains(&"treaty-of-portsmouth-1905".to_string()));
    assert!(!miller.contains(&"mukden-incident-1931".to_string()));
    // Moving the slider leaves the filtered list alone.
    type_date(&host, "1950").await;
    assert_eq!(listed(&host).await, miller);
    click(&host, "button[data-ui=filter-reset]").await;
    assert_eq!(listed(&host).await.len(), event_count());
    let doc: HtmlSelectElement = find(&host, "select[data-ui=filter-doc]").unchecked_into();
    wait_until("the document filter to show all", || doc.value() == "all").await;
}

#[wasm_bindgen_test]
async fn choosing_an_event_shows_its_quotes_note_and_sources() {
    let host = mount(texts()).await;
    click_event(&host, "treaty-of-portsmouth-1905").await;
    let panel = find(&host, "article.event");
    assert_eq!(
        shown_event(&host).as_deref(),
        Some("treaty-of-portsmouth-1905")
    );
    let quotes = panel.query_selector_all("blockquote").unwrap();
    assert_eq!(quotes.length(), 5);
    let cite = text(&host, "article.event .voice .quote-source");
    assert!(
        cite.contains("Shulatov")
            && cite.contains("Russia in Global Affairs")
            && cite.contains("2019"),
        "{cite}"
    );
    let flagged = text(&host, "article.event blockquote.quote-error");
    assert!(flagged.contains("contains a mistake"), "{flagged}");
    assert!(flagged.contains("Stalin"), "{flagged}");
    let note = text(&host, "article.event .event-note");
    assert!(
        note.starts_with("Note on the sources") && note.contains("Ahn"),
        "{note}"
    );
    let head = text(&host, "article.event .event-date");
    assert!(
        head.contains("5 September 1905") && head.contains("(23 August 1905 Old Style)"),
        "{head}"
    );
    assert!(text(&host, "article.event .badges").contains("Treaty"));
    assert!(text(&host, "article.event .badges").contains("Sakhalin"));
    assert!(text(&host, "article.event .date-reference").contains("Treaty of Portsmouth"));
    // The row's mark, when the row is in the page.
    let current = || {
        host.query_selector("button[data-event=treaty-of-portsmouth-1905]")
            .unwrap()
            .and_then(|b| b.get_attribute("aria-current"))
    };
    assert_eq!(current().as_deref(), Some("true"));
    assert_eq!(shown_date(&host), "5 September 1905");

    // A background event says so and gives its reference; a span shows both ends.
    click_event(&host, "soviet-occupation-of-southern-sakhalin-1945").await;
    let panel = find(&host, "article.event");
    let body = panel.text_content().unwrap();
    assert!(
        body.contains("Background — not in the five documents"),
        "{body}"
    );
    assert!(body.contains("August Storm"), "{body}");
    assert!(body.contains("11 August 1945 – 25 August 1945"), "{body}");
    assert!(panel.query_selector("blockquote").unwrap().is_none());
    assert!(current().is_none());
}

#[wasm_bindgen_test]
async fn the_list_follows_the_slider_without_scrolling_the_page() {
    let host = page().await;
    let list: HtmlElement = find(&host, "nav.event-list").unchecked_into();
    // Only the rows near the list's view are in the page, each knowing its place.
    let rows = rendered_items(&host).len();
    assert!(rows > 0 && rows < 80, "{rows} rows in the page");
    assert_eq!(
        attribute(&host, ".event-list li", "aria-setsize").as_deref(),
        Some(event_count().to_string().as_str())
    );
    let page = document().scrolling_element().unwrap();
    page.set_scroll_top(0);
    slide_to(&host, "1956-10-20").await;
    // The list scrolls at the next frame.
    wait_until("the list to scroll to the event shown", || {
        let current = host
            .query_selector(".event-list [aria-current=true]")
            .unwrap();
        current.is_some_and(|c| {
            let (list_box, item_box) = (
                list.get_bounding_client_rect(),
                c.get_bounding_client_rect(),
            );
            c.get_attribute("data-event").as_deref()
                == Some("soviet-japanese-joint-declaration-1956")
                && item_box.top() >= list_box.top()
                && item_box.bottom() <= list_box.bottom()
        })
    })
    .await;
    let current = find(&host, ".event-list [aria-current=true]");
    assert_eq!(
        current.get_attribute("data-event").as_deref(),
        Some("soviet-japanese-joint-declaration-1956")
    );
    let (list_box, item_box) = (
        list.get_bounding_client_rect(),
        current.get_bounding_client_rect(),
    );
    assert!(list.scroll_top() > 0);
    assert!(
        item_box.top() >= list_box.top() && item_box.bottom() <= list_box.bottom(),
        "the item is in the list's view"
    );
    assert_eq!(page.scroll_top(), 0, "the page did not scroll");
    slide_to(&host, "1790-01-01").await;
    wait_until("the list to scroll back to the top", || {
        list.scroll_top() < 60
    })
    .await;
    assert!(
        list.scroll_top() < 60,
        "back at the top: {}",
        list.scroll_top()
    );
}
