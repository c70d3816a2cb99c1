//! The territories' unit tests: who held a unit on a day, and what makes a unit wrong.

use super::*;
use crate::fixtures::{day, parties, party};

fn interval(party: &str, from: &str, until: Option<&str>, kind: Option<&str>) -> String {
    format!(
        r#"{{"party":"{party}","from":"{from}","until":{},"event":"e-{from}","kind":{}}}"#,
        until.map_or("null".into(), |u| format!("\"{u}\"")),
        kind.map_or("null".into(), |k| format!("\"{k}\""))
    )
}

fn collection(id: &str, control: &[String], geometry: &str) -> String {
    format!(
        r#"{{"type":"FeatureCollection","features":[{{"type":"Feature","properties":{{"id":"{id}","names":{{"en":"Island","ja":"島","ru":"Остров"}},"region":"kurils","control":[{}]}},"geometry":{geometry}}}]}}"#,
        control.join(",")
    )
}

const SQUARE: &str =
    r#"{"type":"Polygon","coordinates":[[[147,45],[148,45],[148,46],[147,46],[147,45]]]}"#;

fn island() -> Territories {
    let text = collection(
        "island",
        &[
            interval("japan", "1855-02-07", Some("1945-08-28"), None),
            interval(
                "russia",
                "1945-08-28",
                Some("1946-02-02"),
                Some("occupation"),
            ),
            interval("russia", "1946-02-02", None, None),
        ],
        SQUARE,
    );
    Territories::from_geojson(&text, &parties()).unwrap()
}

#[test]
fn controller_at_finds_the_interval_with_exclusive_ends() {
    let t = island();
    let unit = t.get("island").unwrap();
    assert_eq!(unit.controller_at(day("1855-02-06")), None);
    assert_eq!(
        unit.controller_at(day("1855-02-07")).unwrap().party,
        party("japan")
    );
    assert_eq!(
        unit.controller_at(day("1945-08-27")).unwrap().party,
        party("japan")
    );
    let occ = unit.controller_at(day("1945-08-28")).unwrap();
    assert_eq!(
        (occ.party, occ.kind),
        (party("russia"), Some(ControlKind::Occupation))
    );
    let now = unit.controller_at(day("2024-01-01")).unwrap();
    assert_eq!((now.party, now.kind), (party("russia"), None));
    assert_eq!(unit.first_day(), day("1855-02-07"));
}

#[test]
fn unit_at_answers_inside_and_outside() {
    let t = island();
    let (unit, held) = t
        .unit_at(Point::new(147.5, 45.5), day("1900-01-01"))
        .unwrap();
    assert_eq!(unit.id, "island");
    assert_eq!(held.unwrap().party, party("japan"));
    let (_, held) = t
        .unit_at(Point::new(147.5, 45.5), day("1800-01-01"))
        .unwrap();
    assert!(held.is_none());
    assert!(t
        .unit_at(Point::new(149.5, 45.5), day("1900-01-01"))
        .is_none());
}

#[test]
fn year_and_month_dates_start_on_their_first_day() {
    let text = collection(
        "island",
        &[
            interval("china", "1924", Some("1932-03"), None),
            interval("manchukuo", "1932-03", None, None),
        ],
        SQUARE,
    );
    let t = Territories::from_geojson(&text, &parties()).unwrap();
    let unit = &t.units[0];
    assert_eq!(
        unit.controller_at(day("1932-02-29")).unwrap().party,
        party("china")
    );
    assert_eq!(
        unit.controller_at(day("1932-03-01")).unwrap().party,
        party("manchukuo")
    );
}

#[test]
fn gaps_overlaps_and_open_middles_are_errors() {
    let gap = collection(
        "gap",
        &[
            interval("japan", "1855", Some("1875"), None),
            interval("russia", "1876", None, None),
        ],
        SQUARE,
    );
    let err = Territories::from_geojson(&gap, &parties()).unwrap_err();
    assert!(err.to_string().contains("gap"), "{err}");
    let overlap = collection(
        "overlap",
        &[
            interval("japan", "1855", Some("1876"), None),
            interval("russia", "1875", None, None),
        ],
        SQUARE,
    );
    let err = Territories::from_geojson(&overlap, &parties()).unwrap_err();
    assert!(err.to_string().contains("overlap"), "{err}");
    let open = collection(
        "open",
        &[
            interval("japan", "1855", None, None),
            interval("russia", "1875", None, None),
        ],
        SQUARE,
    );
    assert!(Territories::from_geojson(&open, &parties())
        .unwrap_err()
        .to_string()
        .contains("never ends"));
    let backwards = collection(
        "backwards",
        &[interval("japan", "1875", Some("1855"), None)],
        SQUARE,
    );
    assert!(Territories::from_geojson(&backwards, &parties()).is_err());
    let empty = collection("empty", &[], SQUARE);
    assert!(Territories::from_geojson(&empty, &parties()).is_err());
}

#[test]
fn bad_properties_and_geometry_are_errors_not_panics() {
    let line = r#"{"type":"LineString","coordinates":[[147,45],[148,46]]}"#;
    let text = collection("line", &[interval("japan", "1855", None, None)], line);
    let err = Territories::from_geojson(&text, &parties()).unwrap_err();
    assert!(err.to_string().contains("LineString"), "{err}");
    let text = collection(
        "badparty",
        &[interval("atlantis", "1855", None, None)],
        SQUARE,
    );
    let err = Territories::from_geojson(&text, &parties()).unwrap_err();
    assert!(
        matches!(&err, DataError::Feature { feature, .. } if feature == "badparty"),
        "{err}"
    );
    let text = collection(
        "baddate",
        &[interval("japan", "1855-13", None, None)],
        SQUARE,
    );
    assert!(Territories::from_geojson(&text, &parties()).is_err());
    let text = collection("x", &[interval("japan", "1855", None, None)], SQUARE)
        .replace(r#""ja":"島""#, r#""ja":"""#);
    assert!(Territories::from_geojson(&text, &parties())
        .unwrap_err()
        .to_string()
        .contains("ja name"));
    assert!(Territories::from_geojson("[]", &parties()).is_err());
    assert!(Territories::from_geojson("", &parties()).is_err());
}

#[test]
fn duplicate_ids_are_errors() {
    let one = collection("twin", &[interval("japan", "1855", None, None)], SQUARE);
    let feature = &one[one.find("[{").unwrap() + 1..one.rfind("]}").unwrap()];
    let two = format!(r#"{{"type":"FeatureCollection","features":[{feature},{feature}]}}"#);
    assert_eq!(
        Territories::from_geojson(&two, &parties()),
        Err(DataError::DuplicateId("twin".into()))
    );
}

#[test]
fn control_kinds_use_kebab_case() {
    let k: ControlKind = serde_json::from_str("\"contested\"").unwrap();
    assert_eq!(k, ControlKind::Contested);
    let r: Region = serde_json::from_str("\"khalkhin-gol\"").unwrap();
    assert_eq!(r, Region::KhalkhinGol);
}
