//! The events: the panel with the event shown (its passages and citations) and the list of
//! every event with its filters.

mod filters;
mod list;
mod panel;

pub use list::EventList;
pub use panel::EventPanel;
