//! View components, one per file. Each reads the shared [`crate::state::Ui`] from context.

mod date_entry;
mod event_filters;
mod event_list;
mod event_panel;
mod header;
mod map_claims;
mod map_controls;
mod map_labels;
mod map_legend;
mod map_patterns;
mod map_territories;
mod map_tooltip;
mod map_view;
mod notice_bar;
mod play_controls;
mod time_slider;

pub use event_list::EventList;
pub use event_panel::EventPanel;
pub use header::Header;
pub use map_view::MapView;
pub use notice_bar::NoticeBar;
pub use time_slider::TimeSlider;
