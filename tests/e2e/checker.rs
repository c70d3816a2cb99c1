//! The data checker a teacher uses without Rust (`?check=1`): reached from the atlas, it takes
//! the files they edited — chosen or dropped — and lists every problem with its file, line and
//! column in their language, with the atlas's own files for the rest and nothing sent
//! anywhere.

use crate::fixtures::*;

/// The committed data with a date that does not exist in `events.json` and a gap in who held
/// Iturup in `territories.geojson`, written into a folder of their own; with where each
/// problem is (line, column of the bad date; line of Iturup).
struct Edited {
    dir: PathBuf,
    date_at: (usize, usize),
    iturup_line: usize,
}

impl Edited {
    fn new(name: &str) -> Edited {
        let dir = std::env::temp_dir().join(format!("atlas-check-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let read = |f: &str| std::fs::read_to_string(repository(&format!("geodata/{f}"))).unwrap();
        let events = read("events.json").replacen("\"1905-09-05\"", "\"1905-13-45\"", 1);
        let territories = read("territories.geojson").replacen(
            "\"until\":\"1945-08-28\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
            "\"until\":\"1940-01-01\",\"event\":\"shogunate-direct-rule-of-east-ezo-1799\"",
            1,
        );
        assert!(territories.contains("1940-01-01"), "the gap was made");
        let place = |text: &str, needle: &str| {
            let before = &text[..text.find(needle).unwrap()];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            (
                before.matches('\n').count() + 1,
                before[line_start..].chars().count() + 1,
            )
        };
        let date_at = place(&events, "\"1905-13-45\"");
        let iturup_line = place(&territories, "\"id\":\"iturup\"").0;
        std::fs::write(dir.join("events.json"), events).unwrap();
        std::fs::write(dir.join("territories.geojson"), territories).unwrap();
        Edited {
            dir,
            date_at,
            iturup_line,
        }
    }

    fn paths(&self) -> String {
        ["events.json", "territories.geojson"]
            .map(|f| self.dir.join(f).display().to_string())
            .join("\n")
    }
}

impl Drop for Edited {
    fn drop(&mut self) {
        std::fs::remove_dir_all(&self.dir).ok();
    }
}

/// What the page says in each language: the summary of two errors, the word for an error,
/// and a place.
fn words(lang: &str) -> (&'static str, &'static str, fn(usize, usize) -> String) {
    match lang {
        "ja" => (
            "エラー2件、警告0件が見つかりました。",
            "エラー",
            |l, c| format!("{l}行目、{c}列目"),
        ),
        "ru" => (
            "Найдено: 2 ошибки, 0 предупреждений.",
            "Ошибка",
            |l, c| format!("строка {l}, столбец {c}"),
        ),
        _ => ("Found 2 errors and 0 warnings.", "Error", |l, c| {
            format!("line {l}, column {c}")
        }),
    }
}

/// Opens the checker and waits until it has checked the atlas's own files.
async fn open_checker(c: &Client, lang: &str) {
    c.goto(&format!("{}?check=1&lang={lang}", env("ATLAS_URL")))
        .await
        .unwrap();
    wait_until_checked(c, "clean").await;
    assert_eq!(attr(c, "html", "lang").await, lang);
}

/// Waits until the report is in the state `state` (`clean`, `found`).
async fn wait_until_checked(c: &Client, state: &str) {
    let script =
        format!("return !!document.querySelector('[data-ui=check-report][data-state={state}]')");
    assert!(
        until_within(c, &script, Duration::from_secs(30)).await,
        "the checker did not report {state}"
    );
}

/// Drops the files onto the page as a file manager would: a `drop` event carrying them.
async fn drop_files(c: &Client, files: &[(&str, String)]) {
    let files: Vec<serde_json::Value> = files
        .iter()
        .map(|(name, text)| serde_json::json!([name, text]))
        .collect();
    c.execute(
        "const data = new DataTransfer();
         for (const [name, text] of arguments[0]) data.items.add(new File([text], name));
         const target = document.querySelector('[data-ui=check-drop]');
         for (const type of ['dragenter', 'dragover', 'drop'])
             target.dispatchEvent(new DragEvent(type, {bubbles: true, cancelable: true, dataTransfer: data}));
         return true",
        vec![serde_json::Value::Array(files)],
    )
    .await
    .unwrap();
}

/// Checks what the page says of the two problems.
async fn check_report(c: &Client, lang: &str, edited: &Edited) {
    wait_until_checked(c, "found").await;
    let (summary, error, place) = words(lang);
    let report = text(c, "[data-ui=check-report]").await;
    assert_eq!(text(c, "[data-ui=check-status]").await, summary, "{report}");
    // The bad date, in the teacher's file, at its line and column.
    let date = "section[data-file='events.json'][data-yours=true] li[data-severity=error]";
    let (line, column) = edited.date_at;
    let found_line: usize = attr(c, date, "data-line").await.parse().unwrap();
    let found_column: usize = attr(c, date, "data-column").await.parse().unwrap();
    assert_eq!(found_line, line);
    // serde places a bad value at its start or just after it.
    assert!(
        (column..=column + 12).contains(&found_column),
        "{found_column}"
    );
    let said = text(c, date).await;
    assert!(
        said.starts_with(&format!("{error} {}", place(found_line, found_column))),
        "{said}"
    );
    assert!(said.contains("“1905-13-45” is not a date"), "{said}");
    // The gap in who held Iturup: the unit is left out.
    let gap = "section[data-file='territories.geojson'][data-yours=true] li[data-severity=error]";
    assert_eq!(
        attr(c, gap, "data-line").await,
        edited.iturup_line.to_string()
    );
    let said = text(c, gap).await;
    assert!(
        said.contains("feature iturup: gap between control intervals"),
        "{said}"
    );
    // Nothing but the atlas's own files was fetched, from its own folder.
    let resources = eval(
        c,
        "return performance.getEntriesByType('resource').map(e => e.name)",
    )
    .await;
    for r in resources.as_array().unwrap() {
        let r = r.as_str().unwrap();
        assert!(r.starts_with(&env("ATLAS_URL")), "{r} fetched");
    }
}

#[tokio::test]
async fn a_teacher_s_edited_files_are_checked_in_their_language() {
    let edited = Edited::new("choose");
    for lang in ["en", "ja", "ru"] {
        let c = browser(1280, 900).await;
        open_checker(&c, lang).await;
        if lang == "ja" {
            let read = |f: &str| std::fs::read_to_string(edited.dir.join(f)).unwrap();
            drop_files(
                &c,
                &[
                    ("events.json", read("events.json")),
                    ("territories.geojson", read("territories.geojson")),
                    ("notes.txt", "not data".into()),
                ],
            )
            .await;
        } else {
            let input = c.find(Locator::Css("[data-ui=check-files]")).await.unwrap();
            input.send_keys(&edited.paths()).await.unwrap();
        }
        check_report(&c, lang, &edited).await;
        if lang == "ja" {
            assert!(text(&c, "[data-ui=check-aside]")
                .await
                .starts_with("notes.txt："));
        }
        let violations = accessibility_violations(&c).await;
        assert!(violations.is_empty(), "{lang}: {violations:#?}");
        // Under the strict policy, nothing was blocked.
        let blocked = all_policy_reports(&c).await;
        assert!(blocked.is_empty(), "{lang}: {blocked:#?}");
        screenshot(&c, &format!("checker-{lang}")).await;
        // Forgotten, the atlas's own files are clean again.
        click(&c, "[data-ui=check-forget]").await;
        wait_until_checked(&c, "clean").await;
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn the_checker_is_reached_from_the_atlas_in_the_reader_s_language() {
    let c = browser(1280, 800).await;
    open(&c, "?lang=ru").await;
    click(&c, "[data-ui=lessons-open]").await;
    let link = "[data-ui=lesson-list] [data-ui=check-open]";
    assert!(until(&c, &format!("return !!document.querySelector('{link}')")).await);
    assert_eq!(text(&c, link).await, "Проверка файлов данных");
    click(&c, link).await;
    wait_until_checked(&c, "clean").await;
    assert_eq!(text(&c, "h1").await, "Проверка файлов данных");
    assert_eq!(
        text(&c, "[data-ui=check-status]").await,
        "Проблем не найдено."
    );
    // The page is the checker alone: no map was drawn, and the first view is gone.
    assert_eq!(
        eval(
            &c,
            "return !!document.querySelector('[data-ui=prerender], .atlas')"
        )
        .await,
        false
    );
    // And back, in the language chosen there.
    choose(&c, "[data-ui=lang]", "ja").await;
    assert!(until(&c, "return document.documentElement.lang === 'ja'").await);
    assert!(query_of(&c).await.contains("lang=ja"));
    click(&c, "[data-ui=check-back]").await;
    wait_for_app(&c, "the atlas from the checker").await;
    assert!(until(&c, "return document.documentElement.lang === 'ja'").await);
    c.close().await.unwrap();
}
