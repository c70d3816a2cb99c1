//! The shared state: the loaded atlas (read-only, from the model), the reader's state and its
//! actions ([`Ui`]), what the shown day means ([`Shown`]), the words in the reader's language
//! ([`I18n`]), the second map of a comparison ([`Compare`]) and the URL, its one reader and writer ([`url`]).
//! `advance` is the one step on that a presenter's clicker asks for; `present`, the projector's
//! layout; `checker`, the data checker's work for its own page.
//!
//! It imports the browser only through `crate::platform`.

mod advance;
pub mod checker;
mod compare;
pub mod i18n;
pub mod lesson;
mod lessons;
mod present;
mod shown;
mod ui;
pub mod url;

pub use atlas_model::Atlas;
pub use i18n::I18n;
pub use lessons::{LessonRun, Lessons};
pub use shown::Shown;
pub use ui::{Compare, Ui, UrlStep};
