//! The lessons' shared state: the lesson followed and its step, whether the reader has left
//! the step's path, the units it brings forward, the list of lessons once loaded. The reader's
//! actions on them are `super::lesson`'s.

use atlas_model::lesson::{Lesson, Step};
use atlas_model::scene::MapBox;
use atlas_model::words::Message;
use atlas_model::{Atlas, Day, Party};
use leptos::prelude::*;
use std::sync::Arc;

/// A lesson and the step shown (from 0).
#[derive(Clone, Debug, PartialEq)]
pub struct LessonRun {
    pub lesson: Arc<Lesson>,
    pub step: usize,
}

impl LessonRun {
    pub fn current(&self) -> Option<&Step> {
        self.lesson.steps.get(self.step)
    }
}

/// The list of lessons as loaded for the reader: each id with its lesson, or why it could not
/// be had.
pub type LessonList = Vec<(String, Result<Arc<Lesson>, Message>)>;

/// The reader's date, event, side and part of the map, which a step's path is judged by.
pub(super) type ShownSignals = (
    RwSignal<Day>,
    RwSignal<Option<usize>>,
    RwSignal<Option<Party>>,
    RwSignal<MapBox>,
);

/// The lessons' shared state. Every field is a handle, so it is `Copy`.
#[derive(Clone, Copy)]
pub struct Lessons {
    /// The lesson followed; `None`: none.
    pub run: RwSignal<Option<LessonRun>>,
    /// A part of the map the view is moving to (smoothly, by the lesson's own behaviour); the
    /// step's path is judged against it until it is reached.
    pub fly_to: RwSignal<Option<MapBox>>,
    /// The list of lessons, once asked for and loaded.
    pub list: RwSignal<Option<LessonList>>,
    /// Whether the list is being loaded.
    pub(super) loading: RwSignal<bool>,
    /// Whether the lesson's worksheet is drawn, for printing.
    pub printing: RwSignal<bool>,
    /// Whether the reader has moved away from the step (the date, the event, the side or the
    /// part of the map differ from the step's).
    pub left: Memo<bool>,
    /// The units the step brings forward.
    pub focus: Memo<Vec<usize>>,
}

impl Lessons {
    /// The lesson state over the reader's state: the date, the event, the side and the part
    /// of the map shown, which the step's path is judged by.
    pub(super) fn new(shown: ShownSignals, store: StoredValue<Arc<Atlas>>) -> Lessons {
        let (day, event, side, view_box) = shown;
        let run = RwSignal::new(None::<LessonRun>);
        let fly_to = RwSignal::new(None);
        let left = Memo::new(move |_| {
            run.with(|r| {
                let Some(step) = r.as_ref().and_then(LessonRun::current) else {
                    return false;
                };
                let target = store.with_value(|a| step.view_box(a));
                day.get() != store.with_value(|a| a.clamp(step.day()))
                    || event.get() != step.event
                    || side.get() != step.side
                    || fly_to.with(|f| f.unwrap_or_else(|| view_box.get())) != target
            })
        });
        let focus = Memo::new(move |_| {
            run.with(|r| {
                r.as_ref()
                    .and_then(LessonRun::current)
                    .map(|s| s.focus.clone())
                    .unwrap_or_default()
            })
        });
        Lessons {
            run,
            fly_to,
            list: RwSignal::new(None),
            loading: RwSignal::new(false),
            printing: RwSignal::new(false),
            left,
            focus,
        }
    }
}

impl Lessons {
    /// Whether the list of lessons is still being loaded.
    pub fn list_loading(&self) -> bool {
        self.loading.get()
    }
}
