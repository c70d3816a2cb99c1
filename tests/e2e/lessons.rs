//! Lessons: each shipped lesson walked step by step in each language (the state at each step
//! read from the page's `data-*` and its link), a question answered right and wrong, leaving a
//! step and coming back, the list of lessons, a broken lesson file, and axe on the lesson bar
//! in each language. A lesson on paper and on a projector: `lessons_in_class`.

use crate::fixtures::*;
use serde_json::Value;

/// The shipped lessons: each id with its file's JSON.
pub(crate) fn shipped() -> Vec<(String, Value)> {
    let read = |name: &str| -> Value {
        let path = repository(&format!("geodata/lessons/{name}"));
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
    };
    read("index.json")["lessons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|id| {
            let id = id.as_str().unwrap().to_string();
            let lesson = read(&format!("{id}.json"));
            (id, lesson)
        })
        .collect()
}

/// Waits until the lesson bar shows step `n` (from 1).
pub(crate) async fn at_step(c: &Client, n: usize) {
    assert!(
        until(
            c,
            &format!("return document.querySelector('[data-ui=lesson]')?.dataset.step === '{n}'")
        )
        .await,
        "the lesson bar at step {n}"
    );
}

/// What the page shows of step `step` (its JSON) agrees with the step.
async fn shows_step(c: &Client, lang: &str, id: &str, n: usize, step: &Value) {
    let query = query_of(c).await;
    let date = step["date"].as_str().unwrap();
    let at = format!("{id} step {n} ({lang})");
    assert!(
        query.contains(&format!("lesson={id}")) && query.contains(&format!("step={n}")),
        "{at}: {query}"
    );
    assert!(
        until(
            c,
            &format!("return new URLSearchParams(location.search).get('date') === '{date}'")
        )
        .await,
        "{at}: the date {date}: {}",
        query_of(c).await
    );
    if let Some(event) = step["event"].as_str() {
        assert!(
            until(c, &format!("return !!document.querySelector('body > .atlas .event[data-event=\"{event}\"]')")).await,
            "{at}: the event {event} in the panel"
        );
    }
    let side = step["side"].as_str().unwrap_or("");
    assert_eq!(
        eval(
            c,
            "return document.querySelector('[data-ui=perspective]').value"
        )
        .await,
        Value::from(if side.is_empty() { "" } else { side }),
        "{at}: the side"
    );
    let mut focus: Vec<String> = step["focus"]
        .as_array()
        .map(|f| f.iter().map(|u| u.as_str().unwrap().to_string()).collect())
        .unwrap_or_default();
    focus.sort();
    let shown = eval(
        c,
        "return [...document.querySelectorAll('body > .atlas [data-unit][data-focus]')].map(u => u.dataset.unit).sort()",
    )
    .await;
    assert_eq!(
        shown,
        serde_json::json!(focus),
        "{at}: the units brought forward"
    );
    let words = text(c, "[data-ui=lesson-words]").await;
    assert!(!words.trim().is_empty(), "{at}: the teacher's words");
    if lang != "en" {
        assert!(
            !words.contains("(in English"),
            "{at}: the words are translated: {words}"
        );
    }
    let has_question = !step["question"].is_null();
    assert_eq!(
        eval(
            c,
            "return !!document.querySelector('[data-ui=lesson-question]')"
        )
        .await,
        Value::from(has_question),
        "{at}: the question"
    );
}

#[tokio::test]
async fn each_lesson_is_walked_step_by_step_in_each_language() {
    let c = browser(1280, 800).await;
    for (id, lesson) in shipped() {
        let steps = lesson["steps"].as_array().unwrap();
        for lang in ["en", "ja", "ru"] {
            open(&c, &format!("?lesson={id}&lang={lang}")).await;
            at_step(&c, 1).await;
            assert_eq!(
                attr(&c, "[data-ui=lesson]", "data-steps").await,
                steps.len().to_string()
            );
            for (i, step) in steps.iter().enumerate() {
                if i > 0 {
                    click(&c, "[data-ui=lesson-next]").await;
                    at_step(&c, i + 1).await;
                }
                shows_step(&c, lang, &id, i + 1, step).await;
                if i == 0 && lang == "en" {
                    screenshot(&c, &format!("lesson-{id}")).await;
                }
            }
            assert!(
                eval(
                    &c,
                    "return document.querySelector('[data-ui=lesson-next]').disabled"
                )
                .await
                .as_bool()
                .unwrap(),
                "{id}: no step after the last"
            );
            // Back in the browser's history goes back a step.
            c.back().await.unwrap();
            at_step(&c, steps.len() - 1).await;
        }
    }
}

/// The first step of a shipped lesson with a question of one of `kinds`: its lesson id and
/// step number (from 1).
fn step_with_question(kinds: &[&str]) -> (String, usize) {
    for (id, lesson) in shipped() {
        for (i, step) in lesson["steps"].as_array().unwrap().iter().enumerate() {
            if kinds.contains(&step["question"]["kind"].as_str().unwrap_or("")) {
                return (id, i + 1);
            }
        }
    }
    panic!("no question of {kinds:?} in the shipped lessons")
}

#[tokio::test]
async fn a_question_answered_right_and_wrong_is_explained() {
    let c = browser(1280, 800).await;
    let (id, n) = step_with_question(&["holder", "side"]);
    open(&c, &format!("?lesson={id}&step={n}")).await;
    at_step(&c, n).await;
    let choices = eval(
        &c,
        "return document.querySelectorAll('[data-ui=lesson-choice]').length",
    )
    .await
    .as_u64()
    .unwrap();
    assert!(choices >= 3, "{choices} choices");
    // Each choice in turn: exactly one is right; each wrong one says the answer and what
    // decides it.
    let mut right = 0;
    for k in 0..choices {
        click(&c, &format!("[data-ui=lesson-choice][data-choice='{k}']")).await;
        click(&c, "[data-ui=lesson-check]").await;
        assert!(
            until(
                &c,
                "return !!document.querySelector('[data-ui=lesson-result]')"
            )
            .await
        );
        let verdict = attr(&c, "[data-ui=lesson-result]", "data-correct").await;
        if verdict == "true" {
            right += 1;
            assert!(text(&c, "[data-ui=lesson-result]").await.contains("Right."));
        } else {
            let said = text(&c, "[data-ui=lesson-result]").await;
            assert!(said.contains("The answer:"), "{said}");
            assert!(said.contains("What decides it:"), "{said}");
            screenshot(&c, "lesson-wrong-answer").await;
        }
    }
    assert_eq!(right, 1, "exactly one choice is right");
    // A question of order: the events pressed in an order, checked.
    let (id, n) = step_with_question(&["order"]);
    open(&c, &format!("?lesson={id}&step={n}")).await;
    at_step(&c, n).await;
    let count = eval(
        &c,
        "return document.querySelectorAll('[data-ui=lesson-choice]').length",
    )
    .await
    .as_u64()
    .unwrap();
    for k in 0..count {
        click(&c, &format!("[data-ui=lesson-choice][data-choice='{k}']")).await;
    }
    click(&c, "[data-ui=lesson-check]").await;
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=lesson-result]')"
        )
        .await
    );
    // The choices are shown out of order, so pressing them as shown is wrong.
    assert_eq!(
        attr(&c, "[data-ui=lesson-result]", "data-correct").await,
        "false"
    );
    assert!(text(&c, "[data-ui=lesson-answer]")
        .await
        .contains("The answer:"));
}

#[tokio::test]
async fn a_reader_leaves_the_step_and_comes_back_with_one_button() {
    let c = browser(1280, 800).await;
    let (id, lesson) = shipped().remove(0);
    let step = &lesson["steps"][1];
    open(&c, &format!("?lesson={id}&step=2")).await;
    at_step(&c, 2).await;
    shows_step(&c, "en", &id, 2, step).await;
    assert!(eval(
        &c,
        "return !document.querySelector('[data-ui=lesson-return]')"
    )
    .await
    .as_bool()
    .unwrap());
    // The slider moved to today: off the step's path.
    click(&c, "[data-ui=today]").await;
    assert!(
        until(
            &c,
            "return document.querySelector('[data-ui=lesson]').dataset.left === 'true'"
        )
        .await
    );
    assert!(
        until(
            &c,
            "return !!document.querySelector('[data-ui=lesson-return]')"
        )
        .await
    );
    screenshot(&c, "lesson-left").await;
    click(&c, "[data-ui=lesson-return]").await;
    assert!(
        until(
            &c,
            "return !document.querySelector('[data-ui=lesson-return]')"
        )
        .await
    );
    shows_step(&c, "en", &id, 2, step).await;
    // Leaving the lesson keeps the map and drops the lesson from the link.
    click(&c, "[data-ui=lesson-close]").await;
    assert!(until(&c, "return !document.querySelector('[data-ui=lesson]')").await);
    assert!(!query_of(&c).await.contains("lesson="));
}

#[tokio::test]
async fn the_list_opens_a_lesson_and_share_gives_its_link() {
    let c = browser(1280, 800).await;
    open(&c, "?lang=ja").await;
    click(&c, "[data-ui=lessons-open]").await;
    let lessons = shipped();
    assert!(
        until(&c, &format!("return document.querySelectorAll('[data-ui=lesson-list] li[data-lesson] a').length === {}", lessons.len())).await,
        "every lesson listed"
    );
    let found = accessibility_violations(&c).await;
    assert!(found.is_empty(), "the list of lessons: {found:#?}");
    let (id, _) = &lessons[0];
    click(
        &c,
        &format!("[data-ui=lesson-list] li[data-lesson='{id}'] a"),
    )
    .await;
    at_step(&c, 1).await;
    click(&c, "[data-ui=lesson-next]").await;
    at_step(&c, 2).await;
    open_share(&c).await;
    let link = eval(
        &c,
        "return document.querySelector('[data-ui=share-link]').value",
    )
    .await;
    let link = link.as_str().unwrap();
    assert!(
        link.contains(&format!("lesson={id}")) && link.contains("step=2"),
        "{link}"
    );
    let snippet = eval(
        &c,
        "return document.querySelector('[data-ui=share-snippet]').value",
    )
    .await;
    let snippet = snippet.as_str().unwrap();
    assert!(
        snippet.contains("<iframe") && snippet.contains("step=2") && snippet.contains("embed=1"),
        "{snippet}"
    );
}

#[tokio::test]
async fn axe_finds_no_violation_in_the_lesson_bar_in_any_language() {
    for (w, h, layout) in [(1280, 800, ""), (390, 844, ""), (800, 500, "&embed=1")] {
        let c = browser(w, h).await;
        let (id, n) = step_with_question(&["holder", "side", "source"]);
        for lang in ["en", "ja", "ru"] {
            open(&c, &format!("?lesson={id}&step={n}&lang={lang}{layout}")).await;
            at_step(&c, n).await;
            click(&c, "[data-ui=lesson-choice][data-choice='0']").await;
            click(&c, "[data-ui=lesson-check]").await;
            assert!(
                until(
                    &c,
                    "return !!document.querySelector('[data-ui=lesson-result]')"
                )
                .await
            );
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "{w}×{h}{layout} {lang}: {found:#?}");
            if lang == "ja" || layout.is_empty() && w < 500 {
                screenshot(&c, &format!("lesson-{lang}-{w}")).await;
            }
        }
        c.close().await.unwrap();
    }
}

#[tokio::test]
async fn a_broken_or_unknown_lesson_gives_a_notice_and_the_atlas_works() {
    let c = browser(1280, 800).await;
    open(&c, "?lesson=no-such-lesson&step=2").await;
    assert!(until(&c, "return [...document.querySelectorAll('.notice-text')].some(n => n.textContent.includes('no-such-lesson'))").await);
    assert!(
        eval(&c, "return !document.querySelector('[data-ui=lesson]')")
            .await
            .as_bool()
            .unwrap()
    );
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('body > .atlas [data-unit]').length"
        )
        .await,
        Value::from(13)
    );
    let base = std::env::var("ATLAS_BROKEN_URL")
        .unwrap_or_else(|_| env("ATLAS_URL").replace("/history/atlas/", "/broken/"));
    let (first, _) = shipped().remove(0);
    c.goto(&format!("{base}lesson-broken/?lesson={first}"))
        .await
        .unwrap();
    wait_for_app(&c, "lesson-broken").await;
    assert!(until(&c, "return [...document.querySelectorAll('.notice-text')].some(n => n.textContent.includes('no-such-event'))").await);
    assert!(
        eval(&c, "return !document.querySelector('[data-ui=lesson]')")
            .await
            .as_bool()
            .unwrap()
    );
    // The list says so beside the others, which still open.
    click(&c, "[data-ui=lessons-open]").await;
    assert!(until(&c, &format!("return !!document.querySelector('[data-ui=lesson-list] li[data-lesson={first}][data-broken]')")).await);
    click(
        &c,
        "[data-ui=lesson-list] li[data-lesson]:not([data-broken]) a",
    )
    .await;
    at_step(&c, 1).await;
}
