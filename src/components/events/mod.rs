//! The events: the panel with the event shown (its passages and citations) and the list of
//! every event with its filters; embedded, a caption with the event's title instead.

mod caption;
mod filters;
mod list;
mod panel;
mod reveal;

pub use caption::EmbedCaption;
pub use list::EventList;
pub use panel::EventPanel;
