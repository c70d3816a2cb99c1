//! Lessons: a teacher's steps through the atlas. The bar shows the step's words and question
//! and moves between steps ([`LessonBar`]); the map moves smoothly to each step's part of the
//! map (`fly`); the header offers the list of lessons ([`LessonsOpen`]); printing a lesson
//! gives a worksheet with an answer key ([`Worksheet`]). The words of questions, choices and
//! answers are in `words`; what a step is and what it asks are the model's (`lesson`).

mod bar;
mod fly;
mod list;
mod question;
pub mod words;
mod worksheet;

pub use bar::LessonBar;
pub use list::LessonsOpen;
pub use worksheet::Worksheet;
