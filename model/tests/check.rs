//! The data checker: clean on the committed data, and precise on broken data — each problem in
//! its file at its line and column, errors apart from warnings — as a teacher runs it.

mod kit;

use atlas_model::check::{check, Finding, Texts, FILES};
use atlas_model::Severity;
use kit::data::{read, repo};
use kit::edit::place_of;
use std::collections::HashMap;
use std::process::Command;

/// The committed files, with some of them replaced.
fn files_with(changed: &[(&str, String)]) -> HashMap<&'static str, String> {
    let mut files: HashMap<&'static str, String> =
        FILES.iter().map(|&name| (name, read(name))).collect();
    for (name, text) in changed {
        let key = FILES.iter().find(|f| *f == name).expect("a data file");
        files.insert(key, text.clone());
    }
    files
}

fn run(files: &HashMap<&'static str, String>, document: Option<Texts>) -> Vec<Finding> {
    check(&|name: &str| files.get(name).cloned(), document)
}

#[test]
fn the_committed_data_has_no_error_and_no_warning() {
    let findings = run(&files_with(&[]), None);
    let text: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert!(findings.is_empty(), "{}", text.join("\n"));
}

#[test]
fn each_problem_is_placed_and_the_rest_still_checked() {
    let events = read("events.json").replacen("\"1905-09-05\"", "\"1905-13-45\"", 1);
    let (line, column) = place_of(&events, "\"1905-13-45\"");
    let territories = read("territories.geojson")
        // A gap in who held Iturup: Japan's years end in 1940, Soviet rule begins in 1945.
        .replacen(
            "\"until\":\"1945-08-28\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
            "\"until\":\"1940-01-01\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
            1,
        )
        // A unit whose outline crosses itself (a bow tie).
        .replacen(
            "\"features\":[",
            "\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"bow-tie\",\"names\":{\"en\":\"Bow tie\",\"ja\":\"蝶\",\"ru\":\"Бабочка\"},\"region\":\"kurils\",\"control\":[{\"party\":\"japan\",\"from\":\"1855-02-07\",\"until\":null,\"event\":\"treaty-of-shimoda-1855\",\"kind\":null}]},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[150,45],[151,46],[151,45],[150,46],[150,45]]]}},\n",
            1,
        );
    assert!(territories.contains("1940-01-01"), "the gap was made");
    let claims = read("claims.geojson").replacen(
        "\"event\":\"treaty-of-shimoda-1855\"",
        "\"event\":\"no-such-treaty-1855\"",
        1,
    );
    assert!(
        claims.contains("no-such-treaty-1855"),
        "the claim was changed"
    );
    let files = files_with(&[
        ("events.json", events),
        ("territories.geojson", territories),
        ("claims.geojson", claims),
    ]);
    // A document that holds none of the quotes.
    let empty_document = |_: &str| Some("Nothing of what the record quotes.".to_string());
    let findings = run(&files, Some(&empty_document));
    let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
    let shown = shown.join("\n");

    let errors: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    assert_eq!(errors.len(), 2, "{shown}");
    assert_eq!(errors[0].file, "events.json");
    let at = errors[0].at.expect("the error has a place");
    // serde places a bad value at its start or just after it.
    assert_eq!(at.line, line, "{shown}");
    assert!((column..=column + 12).contains(&at.column), "{shown}");
    assert!(
        errors[0].message.contains("“1905-13-45” is not a date"),
        "{shown}"
    );
    // A gap in who held a unit leaves the unit out.
    assert_eq!(errors[1].file, "territories.geojson");
    assert!(
        errors[1]
            .message
            .starts_with("feature iturup: gap between control intervals"),
        "{shown}"
    );

    let warned = |file: &str, words: &str| {
        findings
            .iter()
            .any(|f| f.file == file && f.severity == Severity::Warning && f.message.contains(words))
    };
    assert!(
        warned(
            "territories.geojson",
            "feature bow-tie: its outline is not valid"
        ),
        "{shown}"
    );
    assert!(
        warned(
            "claims.geojson",
            "“no-such-treaty-1855” is not in events.json"
        ),
        "{shown}"
    );
    assert!(
        warned("events.json", "is not found word for word"),
        "{shown}"
    );
    // The event left out for its date is still known to the files that name it: no echo.
    assert!(
        !shown.contains("“russo-japanese-war-1904” is not in"),
        "{shown}"
    );
}

/// `events.json` with the regions of some events replaced.
fn with_regions(changes: &[(&str, &[&str])]) -> String {
    let mut v: serde_json::Value = serde_json::from_str(&read("events.json")).unwrap();
    for (id, regions) in changes {
        let event = v["events"]
            .as_array_mut()
            .unwrap()
            .iter_mut()
            .find(|e| e["id"] == *id)
            .unwrap_or_else(|| panic!("no event {id}"));
        event["regions"] = serde_json::json!(regions);
    }
    serde_json::to_string_pretty(&v).unwrap()
}

/// An event that changes a unit's holder or makes a claim on it, but is not tagged with the
/// unit's region, is hidden by the event list's region filter: a warning at the unit or claim.
#[test]
fn an_event_without_the_region_of_the_unit_it_changes_is_a_warning() {
    let events = with_regions(&[
        ("battle-of-khalkhin-gol-1939", &["mongolia"]),
        ("manchouli-conference-1935", &["mongolia"]),
    ]);
    let files = files_with(&[("events.json", events)]);
    let findings = run(&files, None);
    let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
    let shown = shown.join("\n");
    assert!(
        findings.iter().all(|f| f.severity == Severity::Warning),
        "{shown}"
    );
    let territories = read("territories.geojson");
    let (line, _) = place_of(&territories, "\"id\":\"khalkhin-gol-strip\"");
    let strip: Vec<&Finding> = findings
        .iter()
        .filter(|f| f.file == "territories.geojson")
        .collect();
    assert_eq!(strip.len(), 1, "{shown}");
    assert_eq!(strip[0].at.map(|at| at.line), Some(line), "{shown}");
    assert_eq!(
        strip[0].message,
        "feature khalkhin-gol-strip: its holder from 1939-05-11 names the event \
         “battle-of-khalkhin-gol-1939”, which lacks the unit's region “khalkhin-gol”",
        "{shown}"
    );
    // Both claim lines of 1935 start from the conference and list the strip.
    let claims: Vec<&str> = findings
        .iter()
        .filter(|f| f.file == "claims.geojson")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        claims,
        [
            "feature manchukuo-claim-khalkhin-gol: the claim's event “manchouli-conference-1935” \
             lacks the region “khalkhin-gol” of its unit khalkhin-gol-strip",
            "feature mongolian-claim-nomonhan: the claim's event “manchouli-conference-1935” \
             lacks the region “khalkhin-gol” of its unit khalkhin-gol-strip",
        ],
        "{shown}"
    );
    assert_eq!(findings.len(), 3, "{shown}");
}

#[test]
fn a_file_that_cannot_be_read_is_one_error_and_a_missing_one_is_named() {
    let mut files = files_with(&[(
        "claims.geojson",
        "{\"type\": \"FeatureCollection\", \"features\": [".into(),
    )]);
    files.remove("base.geojson");
    let findings = run(&files, None);
    let shown: Vec<String> = findings.iter().map(ToString::to_string).collect();
    assert_eq!(findings.len(), 2, "{}", shown.join("\n"));
    assert!(
        shown
            .iter()
            .any(|f| f.starts_with("claims.geojson:1:") && f.contains(": error: not GeoJSON")),
        "{shown:?}"
    );
    assert!(
        shown
            .iter()
            .any(|f| f.starts_with("base.geojson: error: the file is missing")),
        "{shown:?}"
    );
}

/// The documents the record quotes, when they are beside the checkout.
fn documents() -> Option<std::path::PathBuf> {
    std::env::var_os("FRONTIER_ATLAS_SEEDS")
        .map(Into::into)
        .or_else(|| Some(repo().join("../shared/seeds")))
        .filter(|dir: &std::path::PathBuf| dir.is_dir())
}

#[test]
fn the_program_passes_the_committed_data_and_fails_a_broken_copy() {
    let program = env!("CARGO_BIN_EXE_atlas-check");
    let mut clean = Command::new(program);
    clean.arg(repo().join("geodata"));
    if let Some(dir) = documents() {
        clean.arg("--documents").arg(dir);
    }
    let out = clean.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
    assert!(String::from_utf8_lossy(&out.stderr).contains("0 errors, 0 warnings"));

    let dir = std::env::temp_dir().join(format!("atlas-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for name in FILES {
        std::fs::write(dir.join(name), read(name)).unwrap();
    }
    let events = read("events.json").replacen("\"kind\": \"treaty\"", "\"kind\": \"pact\"", 1);
    let (line, column) = place_of(&events, "\"pact\"");
    std::fs::write(dir.join("events.json"), &events).unwrap();
    let out = Command::new(program).arg(&dir).output().unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let expected = format!("{}/events.json:{line}:", dir.display());
    assert!(
        stdout.starts_with(&expected),
        "{stdout}\nexpected {expected}"
    );
    let reported: usize = stdout[expected.len()..]
        .split(':')
        .next()
        .and_then(|c| c.parse().ok())
        .expect("a column");
    // serde places a bad value at its start or just after it.
    assert!((column..=column + 6).contains(&reported), "{stdout}");
    assert!(
        stdout.contains(": error: event treaty-of-shimoda-1855: "),
        "{stdout}"
    );
    assert!(stdout.contains("unknown variant `pact`"), "{stdout}");
}
