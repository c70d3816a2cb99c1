//! The event list: choosing an event moves the slider and the map, and Back returns.

use crate::fixtures::*;

#[tokio::test]
async fn choosing_an_event_moves_slider_and_map_and_back_returns() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1930-01-01").await;
    let before_box = attr(&c, "[data-ui=map] svg", "viewBox").await;
    click_event(&c, "battle-of-khalkhin-gol-1939").await;
    assert_eq!(
        attr(&c, "article.event", "data-event").await,
        "battle-of-khalkhin-gol-1939"
    );
    assert!(
        slider_text(&c).await.starts_with("11 May 1939"),
        "{}",
        slider_text(&c).await
    );
    assert_ne!(
        attr(&c, "[data-ui=map] svg", "viewBox").await,
        before_box,
        "the map moved"
    );
    assert_eq!(
        attr(&c, "[data-ui=view-khalkhin-gol]", "aria-pressed").await,
        "true"
    );
    assert!(query_of(&c)
        .await
        .contains("event=battle-of-khalkhin-gol-1939"));
    screenshot(&c, "event-khalkhin-gol").await;
    c.back().await.unwrap();
    assert!(until(&c, "return document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext').startsWith('1 January 1930')").await,
        "back restores 1930: {}", slider_text(&c).await);
    c.close().await.unwrap();
}

#[tokio::test]
async fn on_a_phone_an_event_chosen_from_the_list_brings_the_map_and_its_title_into_view() {
    let c = browser(390, 844).await;
    open(&c, "?lang=ru").await;
    choose(&c, "[data-ui=filter-region]", "sakhalin").await;
    assert!(
        until(
            &c,
            "return document.querySelector('[data-ui=event-count]').textContent.startsWith('24 ')"
        )
        .await
    );
    // Far down the page, the treaty's row tapped.
    click_event(&c, "treaty-of-portsmouth-1905").await;
    assert!(
        until(
            &c,
            "return document.querySelector('article.event').dataset.event === 'treaty-of-portsmouth-1905'"
        )
        .await
    );
    // The map whole from its top, and the event's title above the slider kept at the foot.
    let in_view = "const at = s => document.querySelector('body > .atlas ' + s).getBoundingClientRect(); \
        const [map, title, bar] = [at('[data-ui=map]'), at('article.event .event-title'), at('.atlas-timeline')]; \
        return map.top >= -1 && map.bottom <= bar.top && title.top >= map.bottom && title.bottom <= bar.top";
    assert!(
        until(&c, in_view).await,
        "{}",
        eval(&c, "return JSON.stringify(['[data-ui=map]', 'article.event .event-title', '.atlas-timeline'].map(s => document.querySelector('body > .atlas ' + s).getBoundingClientRect()))").await
    );
    assert_eq!(
        text(&c, "article.event .event-title").await,
        "Портсмутский мирный договор"
    );
    assert_eq!(control(&c, "southern-sakhalin").await, "japan");
    screenshot(&c, "phone-event-chosen-ru").await;
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "{found:#?}");
    c.close().await.unwrap();
}

/// The number an option of the select `css` gives, by its value: "Treaty (28)" gives 28.
async fn option_count(c: &Client, css: &str, value: &str) -> usize {
    let words = text(c, &format!("{css} option[value='{value}']")).await;
    words
        .rsplit('(')
        .next()
        .and_then(|n| n.trim_end_matches(')').parse().ok())
        .unwrap_or_else(|| panic!("no count in {words}"))
}

/// How many events the list says it shows.
async fn listed(c: &Client) -> usize {
    let words = text(c, "[data-ui=event-count]").await;
    words
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no count in {words}"))
}

#[tokio::test]
async fn each_filter_counts_what_it_would_list_with_the_others_chosen() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    let all = committed_events();
    assert_eq!(listed(&c).await, all);
    let treaties = option_count(&c, "[data-ui=filter-kind]", "treaty").await;
    // A region chosen: the kinds count within it, and each count is what choosing it lists.
    choose(&c, "[data-ui=filter-region]", "sakhalin").await;
    let sakhalin = option_count(&c, "[data-ui=filter-region]", "sakhalin").await;
    assert!(until(&c, &format!("return document.querySelector('[data-ui=event-count]').textContent.startsWith('{sakhalin} ')")).await);
    let in_sakhalin = option_count(&c, "[data-ui=filter-kind]", "treaty").await;
    assert!(
        0 < in_sakhalin && in_sakhalin < treaties,
        "{in_sakhalin} of {treaties}"
    );
    choose(&c, "[data-ui=filter-kind]", "treaty").await;
    assert!(until(&c, &format!("return document.querySelector('[data-ui=event-count]').textContent.startsWith('{in_sakhalin} ')")).await);
    // And the regions now count treaties: the one chosen says what the list shows.
    assert_eq!(
        option_count(&c, "[data-ui=filter-region]", "sakhalin").await,
        listed(&c).await
    );
    let kurils = option_count(&c, "[data-ui=filter-region]", "kurils").await;
    choose(&c, "[data-ui=filter-region]", "kurils").await;
    assert!(until(&c, &format!("return document.querySelector('[data-ui=event-count]').textContent.startsWith('{kurils} ')")).await);
    screenshot(&c, "filters-counted").await;
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "{found:#?}");
    c.close().await.unwrap();
}
