//! Component tests of the Share panel: the link and the embedding snippet of what is on screen.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn value(host: &web_sys::HtmlElement, selector: &str) -> String {
    let el = find(host, selector);
    if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
        input.value()
    } else {
        el.dyn_ref::<web_sys::HtmlTextAreaElement>()
            .unwrap()
            .value()
    }
}

fn is_open(host: &web_sys::HtmlElement) -> bool {
    find(host, "[data-ui=share-panel]")
        .dyn_into::<web_sys::HtmlDialogElement>()
        .unwrap()
        .open()
}

#[wasm_bindgen_test]
async fn the_share_panel_gives_the_link_and_the_snippet_of_what_is_shown() {
    let host = page().await;
    open_link("date=1956-10-19&view=kurils&lang=ja").await;
    // Japanese is shown once its words have arrived.
    for _ in 0..100 {
        if !text(&host, ".atlas-header h1").is_ascii() {
            break;
        }
        sleep(20).await;
    }
    assert!(!is_open(&host));
    click(&host, "[data-ui=share]").await;
    assert!(is_open(&host));
    let link = value(&host, "[data-ui=share-link]");
    assert!(link.starts_with("http"), "{link}");
    assert!(
        link.ends_with("?date=1956-10-19&view=kurils&lang=ja"),
        "{link}"
    );
    let snippet = value(&host, "[data-ui=share-snippet]");
    assert!(
        snippet.contains("?date=1956-10-19&amp;view=kurils&amp;lang=ja&amp;embed=1\""),
        "{snippet}"
    );
    assert!(
        snippet.contains("千島列島") && snippet.contains("1956年10月19日"),
        "{snippet}"
    );
    assert!(
        snippet.contains("width=\"800\" height=\"500\" loading=\"lazy\""),
        "{snippet}"
    );
    // Another size, another snippet.
    choose(&host, "share-size", "small").await;
    let snippet = value(&host, "[data-ui=share-snippet]");
    assert!(
        snippet.contains("width=\"320\" height=\"240\""),
        "{snippet}"
    );
    // Copying says what happened, whether the browser allowed it or not.
    click(&host, "[data-ui=copy-link]").await;
    sleep(200).await;
    let status = text(&host, "[data-ui=share-status]");
    // In the reader's language (Japanese here, once its words have arrived).
    assert!(
        status == "The link is copied."
            || status.starts_with("The text is selected")
            || (!status.is_empty() && !status.is_ascii()),
        "{status}"
    );
    click(&host, "[data-ui=share-close]").await;
    assert!(!is_open(&host));
}
