//! The lesson bar, mounted in headless Chromium with the committed data and a shipped lesson:
//! its steps move the shared state, a question is checked and explained, and a reader who
//! leaves the step comes back with one button.
#![cfg(target_arch = "wasm32")]

mod common;

use atlas_model::lesson::read_lesson;
use atlas_model::{Date, Lang};
use common::*;
use frontier_atlas::components::lesson::LessonBar;
use frontier_atlas::state::{I18n, Ui};
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LESSON: &str = include_str!("../geodata/lessons/treaties-1855-1905.json");

/// The lesson bar alone, over a state of its own, following the shipped lesson from its first
/// step.
async fn bar() -> (web_sys::HtmlElement, Ui) {
    let atlas = atlas();
    let lesson = read_lesson("treaties-1855-1905", LESSON, &atlas)
        .lesson
        .expect("the shipped lesson reads");
    let host: web_sys::HtmlElement = common::document()
        .create_element("div")
        .unwrap()
        .unchecked_into();
    common::document()
        .body()
        .unwrap()
        .append_child(&host)
        .unwrap();
    // The state is made inside the mounted tree, whose owner runs its effects.
    let slot = std::rc::Rc::new(std::cell::Cell::new(None));
    let mounted = slot.clone();
    std::mem::forget(leptos::mount::mount_to(host.clone(), move || {
        let ui = Ui::new(atlas, Vec::new(), I18n::new(Lang::En, Vec::new()));
        provide_context(ui);
        mounted.set(Some(ui));
        view! { <LessonBar/> }
    }));
    let ui = slot.get().expect("the state, made on mounting");
    ui.open_lesson(Arc::new(lesson), 0);
    wait_until("the lesson bar", || {
        host.query_selector("[data-ui=lesson]").unwrap().is_some()
    })
    .await;
    (host, ui)
}

#[wasm_bindgen_test]
async fn steps_move_the_date_the_event_and_the_units_brought_forward() {
    let (host, ui) = bar().await;
    assert_eq!(
        attribute(&host, "[data-ui=lesson]", "data-step").as_deref(),
        Some("1")
    );
    assert_eq!(
        attribute(&host, "[data-ui=lesson]", "data-steps").as_deref(),
        Some("12")
    );
    assert_eq!(
        ui.day.get_untracked(),
        Date::parse("1855-02-07").unwrap().first_day()
    );
    let atlas = ui.atlas();
    assert_eq!(
        ui.event
            .get_untracked()
            .and_then(|i| atlas.event(i))
            .map(|e| e.id.clone())
            .as_deref(),
        Some("treaty-of-shimoda-1855")
    );
    assert!(text(&host, "[data-ui=lesson-count]").contains("Step 1 of 12"));
    click(&host, "[data-ui=lesson-next]").await;
    wait_until("step 2", || {
        attribute(&host, "[data-ui=lesson]", "data-step").as_deref() == Some("2")
    })
    .await;
    assert!(host
        .query_selector("[data-ui=lesson-prev]:not([disabled])")
        .unwrap()
        .is_some());
    click(&host, "[data-ui=lesson-prev]").await;
    wait_until("step 1 again", || {
        attribute(&host, "[data-ui=lesson]", "data-step").as_deref() == Some("1")
    })
    .await;
}

#[wasm_bindgen_test]
async fn a_wrong_answer_is_explained_and_the_right_one_is_said_right() {
    let (host, _ui) = bar().await;
    let choices = host
        .query_selector_all("[data-ui=lesson-choice]")
        .unwrap()
        .length();
    assert!(choices >= 3, "{choices} choices");
    let mut right = 0;
    for k in 0..choices {
        click(
            &host,
            &format!("[data-ui=lesson-choice][data-choice='{k}']"),
        )
        .await;
        click(&host, "[data-ui=lesson-check]").await;
        wait_until("a result", || {
            host.query_selector("[data-ui=lesson-result]")
                .unwrap()
                .is_some()
        })
        .await;
        let said = text(&host, "[data-ui=lesson-result]");
        match attribute(&host, "[data-ui=lesson-result]", "data-correct").as_deref() {
            Some("true") => {
                right += 1;
                assert!(said.contains("Right."), "{said}");
            }
            _ => {
                assert!(
                    said.contains("The answer:") && said.contains("What decides it:"),
                    "{said}"
                );
                assert!(said.contains("Treaty of Shimoda"), "{said}");
            }
        }
    }
    assert_eq!(right, 1);
}

#[wasm_bindgen_test]
async fn a_reader_who_leaves_the_step_comes_back_with_one_button() {
    let (host, ui) = bar().await;
    assert!(host
        .query_selector("[data-ui=lesson-return]")
        .unwrap()
        .is_none());
    ui.set_day(ui.atlas().today);
    wait_until("the way back", || {
        host.query_selector("[data-ui=lesson-return]")
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(
        attribute(&host, "[data-ui=lesson]", "data-left").as_deref(),
        Some("true")
    );
    click(&host, "[data-ui=lesson-return]").await;
    wait_until("back on the step", || {
        host.query_selector("[data-ui=lesson-return]")
            .unwrap()
            .is_none()
    })
    .await;
    assert_eq!(
        ui.day.get_untracked(),
        Date::parse("1855-02-07").unwrap().first_day()
    );
}
