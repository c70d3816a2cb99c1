//! Lessons: a teacher's steps through the atlas, written as data (`geodata/lessons/<id>.json`,
//! listed in `geodata/lessons/index.json`).
//!
//! A step sets what the class sees — a date, a view, a side's map, an event, the units brought
//! forward — with the teacher's words and, optionally, a question. The teacher writes only a
//! question's kind and parameters; its answer, choices and explanation are worked out from the
//! record ([`question`]), never typed by hand (a free question keeps its typed model answer).
//!
//! In parts: `read.rs`, reading and checking a lesson file against the atlas (a lesson with an
//! error is left out alone, each problem at its line and column); `question.rs`, the questions
//! answered from the record.

pub mod check;
pub mod question;
mod read;
mod step;

pub use question::{Asked, Choice, Decider};
pub(crate) use read::is_id;
pub use read::{read_index, read_lesson, LessonRead, INDEX_FILE};

use crate::config::ViewId;
use crate::date::{Date, Day};
use crate::party::Party;
use crate::scene::MapBox;
use crate::text::Text;
use crate::Atlas;

/// A lesson, checked against the atlas it was read with: every id is an index into it.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// The file name without `.json`.
    pub id: String,
    pub title: Text,
    pub summary: Option<Text>,
    pub steps: Vec<Step>,
}

/// What the class sees at one step.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    /// The date as written (it keeps its precision in links); the map shows its first day.
    pub date: Date,
    pub view: StepView,
    /// Whose map; `None`: as it was.
    pub side: Option<Party>,
    /// The event whose passages are shown (an index of the record).
    pub event: Option<usize>,
    /// The units brought forward (indices of the territories, in file order).
    pub focus: Vec<usize>,
    pub words: Text,
    pub question: Option<Question>,
}

impl Step {
    pub fn day(&self) -> Day {
        self.date.first_day()
    }

    /// The part of the map the step frames.
    pub fn view_box(&self, atlas: &Atlas) -> MapBox {
        match self.view {
            StepView::Preset(view) => atlas.view_box(view),
            StepView::Bounds(bounds) => atlas.scene.box_of(bounds),
        }
    }

    /// The preset the step names, if it names one.
    pub fn preset(&self) -> Option<ViewId> {
        match self.view {
            StepView::Preset(view) => Some(view),
            StepView::Bounds(_) => None,
        }
    }
}

/// The part of the map a step shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StepView {
    /// A view preset of `atlas.json`.
    Preset(ViewId),
    /// Bounds in degrees: west, south, east, north.
    Bounds([f64; 4]),
}

/// A question, as the teacher wrote it (ids resolved to indices).
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// Who held `unit` on `date`?
    Holder { unit: usize, date: Date },
    /// As `side` saw it on `date`, whose was `unit`?
    Side {
        unit: usize,
        side: Party,
        date: Date,
    },
    /// Which document says passage `passage` of `event`?
    Source { event: usize, passage: usize },
    /// Put these events in order.
    Order { events: Vec<usize> },
    /// A question of the teacher's own, with the teacher's model answer.
    Free { prompt: Text, answer: Text },
}

impl Question {
    /// The `data-question` value: the kind as the file names it.
    pub fn key(&self) -> &'static str {
        match self {
            Question::Holder { .. } => "holder",
            Question::Side { .. } => "side",
            Question::Source { .. } => "source",
            Question::Order { .. } => "order",
            Question::Free { .. } => "free",
        }
    }
}
