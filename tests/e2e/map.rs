//! The map: screenshots of each theatre at three dates, for people to look at.

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
