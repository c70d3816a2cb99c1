//! A lesson in the classroom: printed as a worksheet with its answer key (A4 and Letter), and
//! shown on a projector, stepped with a clicker's keys.

use crate::fixtures::*;
use crate::lessons::{at_step, shipped};
use serde_json::Value;

#[tokio::test]
async fn a_lesson_prints_as_a_worksheet_with_an_answer_key() {
    let c = browser(1280, 800).await;
    let (id, lesson) = shipped().remove(0);
    open(&c, &format!("?lesson={id}")).await;
    at_step(&c, 1).await;
    // The button draws the worksheet and asks the browser to print.
    eval(
        &c,
        "window.printed = 0; window.print = () => { window.printed += 1; }; return 0",
    )
    .await;
    click(&c, "[data-ui=lesson-print]").await;
    assert!(
        until(&c, "return window.printed === 1").await,
        "the print dialog is asked for"
    );
    let steps = lesson["steps"].as_array().unwrap().len();
    assert_eq!(
        eval(
            &c,
            "return document.querySelectorAll('[data-ui=worksheet] .worksheet-map > svg').length"
        )
        .await,
        Value::from(steps),
        "a map for each step"
    );
    for (paper, name) in [((21.0, 29.7), "a4"), ((21.59, 27.94), "letter")] {
        let config = fantoccini::wd::PrintConfiguration::builder()
            .size(fantoccini::wd::PrintSize {
                width: paper.0,
                height: paper.1,
            })
            .build()
            .unwrap();
        let pdf = c.print(config).await.unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        std::fs::write(screenshots().join(format!("worksheet-{name}.pdf")), &pdf).unwrap();
        let pages = pdf
            .windows(b"/Type /Page\n".len())
            .filter(|w| w.starts_with(b"/Type /Page") && !w.starts_with(b"/Type /Pages"))
            .count();
        assert!(pages >= 2, "{name}: {pages} pages");
    }
    // On screen the worksheet takes no room.
    assert!(eval(
        &c,
        "return document.querySelector('[data-ui=worksheet]').getBoundingClientRect().height === 0"
    )
    .await
    .as_bool()
    .unwrap());
}

#[tokio::test]
async fn a_lesson_on_a_projector_steps_with_a_clickers_keys() {
    for (w, h) in [(1280, 720), (1920, 1080)] {
        let c = browser(w, h).await;
        let (id, lesson) = shipped().remove(2);
        let steps = lesson["steps"].as_array().unwrap().len();
        for lang in ["en", "ja", "ru"] {
            open(&c, &format!("?lesson={id}&present=1&lang={lang}")).await;
            at_step(&c, 1).await;
            // The words stand beside the map, in the room's type: twice their size at a desk
            // (0.98rem, 15.7 px).
            let sizes = eval(
                &c,
                "const px = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize); \
                 const b = document.querySelector('[data-ui=lesson]').getBoundingClientRect(); \
                 return [px('[data-ui=lesson-words]'), b.width, b.height]",
            )
            .await;
            assert!(
                sizes[0].as_f64().unwrap() >= 31.0,
                "{w}×{h} {lang}: {sizes}"
            );
            assert!(
                sizes[1].as_f64().unwrap() > 300.0,
                "{w}×{h} {lang}: {sizes}"
            );
            // PageDown and → move a step on, PageUp and ← back.
            press(&c, Key::PageDown).await;
            at_step(&c, 2).await;
            press(&c, Key::Right).await;
            at_step(&c, 3).await;
            press(&c, Key::PageUp).await;
            at_step(&c, 2).await;
            let found = accessibility_violations(&c).await;
            assert!(found.is_empty(), "{w}×{h} {lang}: {found:#?}");
            screenshot(&c, &format!("lesson-present-{lang}-{w}")).await;
        }
        assert!(steps > 3);
        c.close().await.unwrap();
    }
}
