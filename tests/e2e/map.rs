//! The map: screenshots of each theatre at three dates, for people to look at; its labels clear
//! of its controls, its tooltip on it, and the table that says it in words.

use crate::fixtures::*;

/// The theatres at three dates each, for people to look at.
#[tokio::test]
async fn screenshots_of_each_theatre() {
    let c = browser(1280, 800).await;
    let shots = [
        ("kurils", ["1860-01-01", "1900-01-01", "1958-01-01"]),
        ("sakhalin", ["1860-01-01", "1922-01-01", "1946-06-01"]),
        ("khalkhin-gol", ["1936-01-01", "1939-07-15", "1950-01-01"]),
    ];
    for (view, dates) in shots {
        for date in dates {
            open(&c, &format!("?date={date}&view={view}")).await;
            assert!(c.find(Locator::Css("[data-unit]")).await.is_ok());
            screenshot(&c, &format!("{view}-{date}")).await;
        }
    }
    c.close().await.unwrap();
}

/// The boxes of the map's visible labels that one of its controls covers, as "label under
/// control".
const LABELS_COVERED: &str = "const map = document.querySelector('body > .atlas [data-ui=map]'); \
    const controls = [...map.querySelectorAll('.map-views > *, .map-zoom, .map-legend, .map-attribution')].filter(e => e.offsetParent); \
    const out = []; \
    for (const label of map.querySelectorAll('g.label:not(.off) text')) { \
      const a = label.getBoundingClientRect(); \
      for (const c of controls) { const b = c.getBoundingClientRect(); \
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) \
          out.push(label.parentElement.dataset.label + ' under ' + (c.dataset.ui || c.className)); } } \
    return out;";

#[tokio::test]
async fn the_line_under_the_side_choice_covers_no_label() {
    // A laptop in Japanese: Manchukuo's map asked for on a day it did not exist, over the Kurils.
    let c = browser(1366, 768).await;
    for (lang, query) in [
        ("ja", "date=1960-01-01&view=kurils&perspective=manchukuo"),
        ("ru", "date=1960-01-01&view=sakhalin&perspective=manchukuo"),
        (
            "en",
            "date=1920-01-01&view=khalkhin-gol&perspective=mongolia",
        ),
    ] {
        open(&c, &format!("?lang={lang}&{query}")).await;
        assert!(
            until(
                &c,
                "return !!document.querySelector('[data-ui=side-absent]:not([hidden])')"
            )
            .await
        );
        settle(&c).await;
        assert!(
            until(
                &c,
                &LABELS_COVERED.replace("return out;", "return out.length === 0;")
            )
            .await,
            "{lang}: {}",
            eval(&c, LABELS_COVERED).await
        );
        screenshot(&c, &format!("side-absent-{lang}")).await;
        let found = accessibility_violations(&c).await;
        assert!(found.is_empty(), "{lang}: {found:#?}");
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn a_tooltip_near_the_maps_bottom_edge_stays_on_the_map() {
    let c = browser(1280, 800).await;
    // A unit with much to say: held, claimed, and what Japan held it to be.
    open(&c, "?date=2000-01-01&view=kurils&perspective=japan&lang=ru").await;
    for corner in ["left", "right"] {
        let hover = format!(
            "const surface = document.querySelector('body > .atlas .map-surface').getBoundingClientRect(); \
             const unit = document.querySelector('body > .atlas [data-unit=iturup]'); \
             unit.dispatchEvent(new PointerEvent('pointermove', {{bubbles: true, pointerType: 'mouse', \
               clientX: surface.{corner} + ('{corner}' === 'left' ? 6 : -6), clientY: surface.bottom - 4}})); return 0"
        );
        eval(&c, &hover).await;
        let on_map = "const t = document.querySelector('body > .atlas [data-ui=map-tooltip]'); \
            const m = document.querySelector('body > .atlas [data-ui=map]').getBoundingClientRect(); \
            const r = t.getBoundingClientRect(); \
            return !t.hidden && r.height > 100 && r.top >= m.top && r.bottom <= m.bottom && r.left >= m.left && r.right <= m.right";
        assert!(
            until(&c, on_map).await,
            "{corner}: {}",
            eval(&c, "return JSON.stringify([document.querySelector('[data-ui=map-tooltip]').getBoundingClientRect(), document.querySelector('[data-ui=map]').getBoundingClientRect()])").await
        );
        screenshot(&c, &format!("tooltip-bottom-{corner}")).await;
        let found = accessibility_violations(&c).await;
        assert!(found.is_empty(), "{corner}: {found:#?}");
    }
    c.close().await.unwrap();
}

#[tokio::test]
async fn japanese_dates_in_the_table_do_not_break() {
    let c = browser(1366, 768).await;
    open(&c, "?lang=ja&date=1946-02-02&view=kurils&perspective=japan").await;
    open_holders(&c).await;
    // Each date of the "since" column on one line (1946年2月2日, not 1946年 / 2月2日).
    let lines = "return [...document.querySelectorAll('[data-ui=holders-table] td[data-col=since]')] \
        .filter(td => td.textContent).map(td => { const r = document.createRange(); r.selectNodeContents(td); \
        return [td.textContent, new Set([...r.getClientRects()].map(b => Math.round(b.top))).size]; })";
    let dates = eval(&c, lines).await;
    let dates = dates.as_array().unwrap();
    assert!(dates.len() > 10, "{dates:?}");
    for date in dates {
        assert_eq!(date[1], 1, "{date}");
    }
    screenshot(&c, "holders-ja").await;
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "{found:#?}");
    c.close().await.unwrap();
}
