//! Each side's view of the map (the perspective switch), and the table of who held what, which
//! follows the slider and the side.

use crate::fixtures::*;

#[tokio::test]
async fn each_side_sees_the_map_its_own_way() {
    let c = browser(1280, 800).await;
    let view_holder = |unit: &'static str| {
        let c = &c;
        async move { attr(c, &format!("[data-unit={unit}]"), "data-view-holder").await }
    };
    // As it was: no side's view on the territories.
    open(&c, "?date=1952-06-01&view=kurils").await;
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-unit][data-view-holder]').length"
        )
        .await,
        0
    );
    // Japan in 1952: Shikotan and the Habomai its own, held by the Soviet Union; Etorofu and
    // the rest renounced, no one's title recognised.
    open(&c, "?date=1952-06-01&view=kurils&perspective=japan").await;
    let units = eval(&c, "return document.querySelectorAll('[data-unit]').length").await;
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-unit][data-view-holder]').length"
        )
        .await,
        units,
        "every territory carries data-view-holder"
    );
    assert_eq!(view_holder("shikotan").await, "japan");
    assert_eq!(control(&c, "shikotan").await, "russia");
    assert_eq!(
        attr(&c, "[data-unit=shikotan]", "data-view").await,
        "own-held-by-another"
    );
    assert_eq!(view_holder("iturup").await, "none");
    assert_eq!(view_holder("southern-sakhalin").await, "none");
    assert_eq!(view_holder("hokkaido").await, "japan");
    screenshot(&c, "perspective-japan-1952").await;
    // From 1956, all four islands.
    open(&c, "?date=1960-01-01&view=kurils&perspective=japan").await;
    assert_eq!(view_holder("iturup").await, "japan");
    assert_eq!(view_holder("urup").await, "none");
    // The Soviet Union, the same day: its own.
    open(&c, "?date=1960-01-01&view=kurils&perspective=russia").await;
    assert_eq!(view_holder("iturup").await, "russia");
    // China never recognised Manchukuo; Manchukuo claimed the strip Mongolia held.
    open(&c, "?date=1936-06-01&view=khalkhin-gol&perspective=china").await;
    assert_eq!(control(&c, "manchurian-side").await, "manchukuo");
    assert_eq!(view_holder("manchurian-side").await, "china");
    assert_eq!(view_holder("mongolian-side").await, "china");
    open(
        &c,
        "?date=1936-06-01&view=khalkhin-gol&perspective=manchukuo",
    )
    .await;
    assert_eq!(view_holder("khalkhin-gol-strip").await, "manchukuo");
    assert_eq!(control(&c, "khalkhin-gol-strip").await, "mongolia");
    open(
        &c,
        "?date=1936-06-01&view=khalkhin-gol&perspective=mongolia",
    )
    .await;
    assert_eq!(view_holder("khalkhin-gol-strip").await, "mongolia");
    assert!(text(&c, "[data-ui=legend-side]").await.contains("Mongolia"));
    screenshot(&c, "perspective-mongolia-1936").await;
    // Chosen from the switch: the link follows, and "as it was" takes the views away.
    choose(&c, "[data-ui=perspective]", "japan").await;
    assert!(until(&c, "return location.search.includes('perspective=japan')").await);
    assert!(
        until(
            &c,
            "return document.querySelector('[data-unit=iturup]').dataset.viewHolder === 'japan'"
        )
        .await
    );
    choose(&c, "[data-ui=perspective]", "").await;
    assert!(until(&c, "return !location.search.includes('perspective=') && !document.querySelector('[data-unit][data-view-holder]')").await);
    c.close().await.unwrap();
}

#[tokio::test]
async fn the_table_of_who_held_what_follows_the_slider_and_the_side() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1920-01-01&view=sakhalin").await;
    open_holders(&c).await;
    let rows = eval(
        &c,
        "return document.querySelectorAll('[data-ui=holders-table] tbody tr').length",
    )
    .await;
    assert_eq!(rows, eval(&c, "return document.querySelectorAll('[data-unit]').length - document.querySelectorAll('[data-ui=holders-table] [data-unit]').length").await);
    let row = "[data-ui=holders-table] tr[data-unit=southern-sakhalin]";
    assert!(
        text(&c, row).await.contains("Japan"),
        "{}",
        text(&c, row).await
    );
    assert!(text(&c, row).await.contains("Treaty of Portsmouth"));
    // The slider moves; the table follows.
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    assert!(until(&c, "return document.querySelector('[data-ui=holders-table] tr[data-unit=southern-sakhalin]').dataset.control === 'russia'").await);
    assert!(text(&c, "[data-ui=holders-toggle]")
        .await
        .contains(&text(&c, ".slider-date").await));
    // Its claims column names Japan's claim to the four islands today.
    assert!(!text(
        &c,
        "[data-ui=holders-table] tr[data-unit=iturup] [data-col=claims]"
    )
    .await
    .is_empty());
    // A side's view adds its column.
    open(&c, "?date=1952-06-01&view=kurils&perspective=japan").await;
    open_holders(&c).await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=holders-table] [data-col=view]')"
        )
        .await
    );
    assert!(!text(
        &c,
        "[data-ui=holders-table] tr[data-unit=shikotan] [data-col=view]"
    )
    .await
    .is_empty());
    screenshot(&c, "holders-table").await;
    // The map's SVG points readers to it.
    assert!(!attr(&c, "[data-ui=map]", "aria-describedby")
        .await
        .is_empty());
    c.close().await.unwrap();
}

#[tokio::test]
async fn every_territory_has_a_holder_from_the_first_date_with_the_background_marked() {
    let c = browser(1280, 800).await;
    open(&c, "?date=1790-06-01").await;
    // No territory without a holder on the slider's first years.
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-ui=map] [data-unit][data-control=none]').length"
        )
        .await,
        0
    );
    assert_eq!(control(&c, "iturup").await, "indigenous");
    assert_eq!(control(&c, "hokkaido").await, "japan");
    assert_eq!(control(&c, "manchurian-side").await, "china");
    // The table says which holders are background, with their reference.
    open_holders(&c).await;
    let hokkaido = "[data-ui=holders-table] tr[data-unit=hokkaido]";
    assert!(
        until(
            &c,
            &format!("return !!document.querySelector('{hokkaido} [data-basis=background]')")
        )
        .await
    );
    assert!(text(&c, hokkaido).await.contains("Walker"));
    assert!(text(&c, &format!("{hokkaido} [data-col=since]"))
        .await
        .contains("1604"));
    assert!(text(&c, "[data-ui=holders-table] tr[data-unit=iturup]")
        .await
        .contains("indigenous peoples"));
    // Once the documents date a holder, the table names its event, not a reference.
    open(&c, "?date=1800-06-01").await;
    open_holders(&c).await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=holders-table] tr[data-unit=iturup] [data-event=shogunate-direct-rule-of-east-ezo-1799]')"
        )
        .await
    );
    screenshot(&c, "holders-1800").await;
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_side_is_drawn_only_on_the_days_it_existed() {
    let c = browser(1280, 800).await;
    let viewed = "return document.querySelectorAll('[data-unit][data-view-holder]').length";
    // A link naming Manchukuo after its end: a notice, the map as it was, and the line why.
    open(
        &c,
        "?date=1950-01-01&view=khalkhin-gol&perspective=manchukuo",
    )
    .await;
    let notices = text(&c, ".notices").await;
    assert!(
        notices.contains("manchukuo") && notices.contains("1 January 1950"),
        "{notices}"
    );
    assert_eq!(eval(&c, viewed).await, 0);
    let why = text(&c, "[data-ui=side-absent]").await;
    assert!(why.contains("existed 1 March 1932"), "{why}");
    assert!(query_of(&c).await.contains("perspective=manchukuo"));
    // Its option is there, chosen and disabled, with the days it existed.
    let option = "[data-ui=perspective] option[value=manchukuo]";
    assert_eq!(attr(&c, option, "disabled").await, "true");
    // Into its years: its map.
    eval(
        &c,
        "document.querySelector('input[data-ui=date-entry]').value = '1939-07-01'; return 0",
    )
    .await;
    click(&c, "button[data-ui=date-go]").await;
    assert!(until(&c, "return document.querySelector('[data-unit=khalkhin-gol-strip]').dataset.viewHolder === 'manchukuo' && !document.querySelector('[data-ui=side-absent]:not([hidden])')").await);
    screenshot(&c, "perspective-manchukuo-1939").await;
    // The slider leaves its years: the map as it was, and the line says why.
    let slider = c.find(Locator::Css("input[data-ui=date]")).await.unwrap();
    slider.send_keys(&Key::End.to_string()).await.unwrap();
    assert!(until(&c, "return document.querySelectorAll('[data-unit][data-view-holder]').length === 0 && !!document.querySelector('[data-ui=side-absent]:not([hidden])')").await);
    assert!(
        until(
            &c,
            "return location.search.includes('perspective=manchukuo')"
        )
        .await
    );
    screenshot(&c, "perspective-manchukuo-absent").await;
    // The select in each language, opened as a list to be looked at.
    for (lang, words) in [
        ("en", "existed"),
        ("ja", "存在期間"),
        ("ru", "существовала"),
    ] {
        open(
            &c,
            &format!("?date=1920-01-01&view=khalkhin-gol&perspective=mongolia&lang={lang}"),
        )
        .await;
        assert!(text(&c, option).await.contains(words), "{lang}");
        let absent = text(&c, "[data-ui=side-absent]").await;
        assert!(!absent.is_empty(), "{lang}: no line why");
        eval(
            &c,
            "document.querySelector('[data-ui=perspective]').size = 7; return 0",
        )
        .await;
        let select = c.find(Locator::Css(".map-views")).await.unwrap();
        element_screenshot(&select, &format!("perspective-choice-{lang}")).await;
    }
    c.close().await.unwrap();
}
