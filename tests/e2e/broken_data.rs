//! Broken data: copies of the build with each data file missing, empty, cut short, of the wrong
//! shape or with one bad entry, with hostile text and with every event in the future (written by
//! `tests/support/broken_data.py`), each still a working page with the right notices.

use crate::fixtures::*;

/// What a copy of the atlas with broken data (see `tests/support/broken_data.py`) must still
/// show: the file its notices name, and how many territories and events are drawn.
struct Broken {
    case: &'static str,
    names: &'static str,
    units: usize,
    events: usize,
}

/// The corpus: each data file missing, empty, cut short, of the wrong shape and with one bad
/// entry, hostile text, and every event in the future.
fn broken_cases() -> Vec<Broken> {
    let mut cases = Vec::new();
    let all = |case, names| Broken {
        case,
        names,
        units: 13,
        events: committed_events(),
    };
    for kind in ["missing", "empty", "truncated", "wrong-shape"] {
        let case = |file: &str| -> &'static str { format!("{file}-{kind}").leak() };
        cases.push(all(case("atlas"), "atlas.json"));
        cases.push(Broken {
            events: 0,
            ..all(case("events"), "events.json")
        });
        cases.push(all(case("sources"), "sources.json"));
        cases.push(Broken {
            units: 0,
            ..all(case("territories"), "territories.geojson")
        });
        cases.push(all(case("claims"), "claims.geojson"));
        cases.push(all(case("base"), "base.geojson"));
    }
    cases.push(all("atlas-one-bad", "atlas.json"));
    cases.push(Broken {
        events: committed_events() - 1,
        ..all("events-one-bad", "events.json, line")
    });
    cases.push(all("sources-one-bad", "sources.json, line"));
    cases.push(Broken {
        units: 12,
        ..all("territories-one-bad", "territories.geojson, line")
    });
    cases.push(all("claims-one-bad", "claims.geojson, line"));
    cases.push(all("base-one-bad", "base.geojson, line"));
    cases.push(all("hostile", "U+202E"));
    cases.push(all("future", ""));
    cases
}

#[tokio::test]
async fn broken_data_keeps_the_page_working_with_the_right_notices() {
    let base = std::env::var("ATLAS_BROKEN_URL")
        .unwrap_or_else(|_| env("ATLAS_URL").replace("/history/atlas/", "/broken/"));
    let c = browser(1280, 800).await;
    // Only what these pages do counts: the reports of earlier tests are forgotten.
    c.goto(&format!("{base}cases.txt")).await.unwrap();
    eval(
        &c,
        "return fetch('/csp-reports', {method: 'DELETE'}).then(r => r.status)",
    )
    .await;
    for case in broken_cases() {
        let name = case.case;
        c.goto(&format!("{base}{name}/")).await.unwrap();
        wait_for_app(&c, name).await;
        let mut notices = Vec::new();
        for notice in c
            .find_all(Locator::Css("body > .atlas .notice-text"))
            .await
            .unwrap()
        {
            notices.push(notice.text().await.unwrap());
        }
        let all = notices.join("\n");
        assert!(
            all.contains(case.names),
            "{name}: no notice names {}: {all}",
            case.names
        );
        let unique: std::collections::HashSet<&String> = notices.iter().collect();
        assert_eq!(
            unique.len(),
            notices.len(),
            "{name}: a notice repeats: {all}"
        );
        assert!(
            all.chars().count() < 2_000,
            "{name}: notices of {} characters",
            all.chars().count()
        );
        // A notice about a data file leads to the page that lists every problem.
        if all.contains("The data file") {
            let link = attr(&c, "body > .atlas .notices [data-ui=check-open]", "href").await;
            assert!(link.starts_with("?check=1&lang=en"), "{name}: {link}");
        }
        let units = c
            .find_all(Locator::Css("body > .atlas [data-unit]"))
            .await
            .unwrap()
            .len();
        assert_eq!(units, case.units, "{name}: territories drawn");
        let count = text(&c, "[data-ui=event-count]").await;
        assert_eq!(count, format!("{0} of {0} events", case.events), "{name}");
        // Nothing is wider than the window, no markup from the data went live.
        let checks = eval(
            &c,
            "return [document.documentElement.scrollWidth <= innerWidth, \
             document.querySelectorAll('img').length === 0, document.title]",
        )
        .await;
        assert_eq!(
            checks,
            serde_json::json!([true, true, "Frontier Atlas"]),
            "{name}"
        );
        // And it still answers: a slider step.
        let slider = c.find(Locator::Css("[data-ui=date]")).await.unwrap();
        slider.send_keys(&Key::Home.to_string()).await.unwrap();
        slider.send_keys(&Key::Right.to_string()).await.unwrap();
        assert!(
            c.find(Locator::Css("body > .atlas [data-ui=date]"))
                .await
                .is_ok(),
            "{name}"
        );
        if name == "hostile" {
            screenshot(&c, "broken-data-hostile").await;
        }
    }
    let reports = all_policy_reports(&c).await;
    assert!(reports.is_empty(), "the policy blocked: {reports:#?}");
    c.close().await.unwrap();
}
