//! The reader's actions on a lesson (a step, back to the step, leaving it), and the lesson
//! files fetched from `geodata/lessons/` when a link or the list asks for one.

use super::lessons::LessonRun;
use super::ui::{Ui, UrlStep};
use crate::platform::fetch::fetch_text;
use atlas_model::key;
use atlas_model::lesson::{read_index, read_lesson, Lesson, INDEX_FILE};
use atlas_model::words::Message;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the lessons are, relative to the page.
pub const FOLDER: &str = "geodata/lessons";

impl Ui {
    /// Shows step `index` of the lesson followed (clamped to its steps), as a history entry.
    pub fn go_step(&self, index: usize) {
        let Some(mut run) = self.lessons.run.get_untracked() else {
            return;
        };
        run.step = index.min(run.lesson.steps.len().saturating_sub(1));
        self.lessons.run.set(Some(run));
        self.apply_step(true);
        self.write_url(UrlStep::Push);
    }

    /// Moves one step on (`+1`) or back (`-1`), when there is one.
    pub fn step_lesson(&self, direction: i32) {
        let Some(run) = self.lessons.run.get_untracked() else {
            return;
        };
        let target = run.step as i64 + i64::from(direction.signum());
        if (0..run.lesson.steps.len() as i64).contains(&target) {
            self.go_step(target as usize);
        }
    }

    /// Brings the map back to the step the reader left.
    pub fn return_to_step(&self) {
        self.apply_step(true);
        self.write_url(UrlStep::Push);
    }

    /// Follows `lesson` from step `index`.
    pub fn open_lesson(&self, lesson: Arc<Lesson>, index: usize) {
        self.lessons.run.set(Some(LessonRun { lesson, step: 0 }));
        self.go_step(index);
    }

    /// Leaves the lesson; the map stays as it is.
    pub fn close_lesson(&self) {
        self.lessons.run.set(None);
        self.lessons.printing.set(false);
        self.write_url(UrlStep::Push);
    }

    /// Sets the date, event, side and part of the map of the current step (`smoothly`: the
    /// map moves there, unless the reader asked for reduced motion).
    fn apply_step(&self, smoothly: bool) {
        let Some(step) = self
            .lessons
            .run
            .with_untracked(|r| r.as_ref().and_then(|r| r.current().cloned()))
        else {
            return;
        };
        let atlas = self.atlas();
        self.day.set(atlas.clamp(step.day()));
        self.keep_linked_date(Some(step.date));
        self.event.set(step.event);
        self.perspective.set(step.side);
        self.compare.set(None);
        if let Some(view) = step.preset() {
            self.view.set(view);
        }
        let target = step.view_box(&atlas);
        if smoothly && !crate::platform::dom::reduced_motion() {
            self.lessons.fly_to.set(Some(target));
        } else {
            self.lessons.fly_to.set(None);
            self.view_box.set(target);
        }
    }

    /// Follows the lesson a link names, once its file has been fetched: at the link's step, and
    /// with the step's state unless the link carries a state of its own (a date: a link the
    /// atlas wrote, perhaps after the reader left the step). A lesson that cannot be had
    /// becomes a notice; the atlas goes on without it.
    pub(super) fn follow_linked_lesson(&self, id: String, step: Option<usize>, own_state: bool) {
        if self
            .lessons
            .run
            .with_untracked(|r| r.as_ref().is_some_and(|r| r.lesson.id == id))
        {
            self.place_linked_step(step, own_state);
            return;
        }
        let ui = *self;
        leptos::task::spawn_local(async move {
            match ui.fetch_lesson(&id).await {
                Ok(lesson) => {
                    ui.lessons.run.set(Some(LessonRun { lesson, step: 0 }));
                    ui.place_linked_step(step, own_state);
                }
                Err(notice) => ui.notify(notice),
            }
        });
    }

    /// Puts the lesson followed at the link's step (from 1), saying so when it has no such step.
    fn place_linked_step(&self, step: Option<usize>, own_state: bool) {
        let Some(mut run) = self.lessons.run.get_untracked() else {
            return;
        };
        let count = run.lesson.steps.len();
        let asked = step.unwrap_or(1);
        run.step = asked.clamp(1, count.max(1)) - 1;
        if asked > count {
            self.notify(
                Message::new(key::NOTICE_LESSON_STEP)
                    .with("value", asked.to_string())
                    .with("count", count.to_string())
                    .with("shown", (run.step + 1).to_string()),
            );
        }
        self.lessons.run.set(Some(run));
        if !own_state {
            self.apply_step(false);
            // The address then says all the step shows, as one the atlas wrote would.
            self.write_url(UrlStep::Replace);
        } else if let Some(step) = self
            .lessons
            .run
            .with_untracked(|r| r.as_ref().and_then(LessonRun::current).cloned())
        {
            // A link the atlas wrote on the step's path: frame the step's part of the map,
            // which a link keeps only as a preset.
            let on_path = self.day.get_untracked() == self.atlas().clamp(step.day())
                && self.event.get_untracked() == step.event
                && self.perspective.get_untracked() == step.side;
            if on_path {
                self.view_box.set(step.view_box(&self.atlas()));
            }
        }
    }

    /// Fetches and reads lesson `id`, or the notice that says why it cannot be followed.
    pub async fn fetch_lesson(&self, id: &str) -> Result<Arc<Lesson>, Message> {
        let cached = self.lessons.list.with_untracked(|l| {
            l.as_ref()
                .and_then(|l| l.iter().find(|(i, _)| i == id))
                .and_then(|(_, r)| r.clone().ok())
        });
        if let Some(lesson) = cached {
            return Ok(lesson);
        }
        let text = fetch_text(&format!("{FOLDER}/{id}.json"))
            .await
            .map_err(|_| Message::new(key::NOTICE_LESSON_UNKNOWN).with("value", id))?;
        let read = read_lesson(id, &text, &self.atlas());
        read.lesson.map(Arc::new).ok_or_else(|| {
            let why = read
                .problems
                .iter()
                .find(|p| p.is_error())
                .map(ToString::to_string)
                .unwrap_or_default();
            Message::new(key::NOTICE_LESSON_BROKEN)
                .with("value", id)
                .with("why", why)
        })
    }

    /// Loads the list of lessons and each lesson of it, once.
    pub fn load_lesson_list(&self) {
        if self.lessons.list.with_untracked(Option::is_some) {
            return;
        }
        self.lessons.list.set(Some(Vec::new()));
        self.lessons.loading.set(true);
        let ui = *self;
        leptos::task::spawn_local(async move {
            let ids = match fetch_text(&format!("{FOLDER}/{INDEX_FILE}")).await {
                Ok(text) => read_index(&text).0,
                Err(_) => Vec::new(),
            };
            let mut list = Vec::with_capacity(ids.len());
            for id in ids {
                let lesson = ui.fetch_lesson(&id).await;
                list.push((id, lesson));
            }
            ui.lessons.list.set(Some(list));
            ui.lessons.loading.set(false);
        });
    }

    /// Adds a notice once.
    pub fn notify(&self, notice: Message) {
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }
}
