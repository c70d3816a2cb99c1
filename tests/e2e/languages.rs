//! Languages: each writes the interface, the dates and the parties' names its own way, and with
//! no language in the link the reader's browser chooses.

use crate::fixtures::*;

/// Waits until the interface speaks `lang`: the page's `lang`, and the Play button's word.
async fn speaks(client: &Client, lang: &str, play: &str) {
    let script = format!(
        "return document.documentElement.lang === '{lang}' && \
         document.querySelector('[data-ui=play] .tl-text').textContent === '{play}'"
    );
    assert!(
        until(client, &script).await,
        "the page does not speak {lang}"
    );
}

#[tokio::test]
async fn each_language_writes_the_interface_dates_and_party_names_its_own_way() {
    let c = browser(1280, 800).await;
    for (lang, play, date, title, party) in [
        ("ja", "再生", "1905年9月5日", "ポーツマス", "ロシア帝国"),
        (
            "ru",
            "Воспроизвести",
            "5 сентября 1905\u{a0}г.",
            "Портсмут",
            "Российская империя",
        ),
        (
            "en",
            "Play",
            "5 September 1905",
            "Portsmouth",
            "Russian Empire",
        ),
    ] {
        open(&c, &format!("?date=1905-09-05&view=sakhalin&lang={lang}")).await;
        speaks(&c, lang, play).await;
        assert!(
            slider_text(&c).await.starts_with(date),
            "{lang}: {}",
            slider_text(&c).await
        );
        assert!(text(&c, ".event-title").await.contains(title), "{lang}");
        assert!(text(&c, ".map-legend").await.contains(party), "{lang}");
        // The Old Style date, as the language writes it.
        assert!(text(&c, ".timeline-now").await.contains("1905"), "{lang}");
        // Quotes stay verbatim, in English, marked as such.
        assert_eq!(attr(&c, ".quote-text", "lang").await, "en");
        screenshot(&c, &format!("language-{lang}")).await;
    }
    // The Soviet Union in 1950, by its name of the time in each language.
    open(&c, "?date=1950-01-01&view=kurils&lang=ru").await;
    speaks(&c, "ru", "Воспроизвести").await;
    assert!(text(&c, ".map-legend").await.contains("Советский Союз"));
    c.close().await.unwrap();

    // With no language in the link, the reader's browser chooses; the link stays without one.
    let c = browser_in("ja-JP").await;
    open(&c, "?date=1905-09-05").await;
    speaks(&c, "ja", "再生").await;
    assert!(!query_of(&c).await.contains("lang="));
    c.close().await.unwrap();
}
