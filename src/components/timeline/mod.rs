//! The time slider: a range over the record on a scale that gives crowded periods more room,
//! with event ticks, era bands and year marks (`track`), the date under the thumb, a typed date
//! (`date_entry`) and play controls (`play_controls`, driven by the `playback` behaviour), and
//! the date announced to screen readers once it rests (`announce`). The parts share a
//! [`context::TimelineContext`].

mod announce;
mod context;
mod date_entry;
mod play_controls;
mod playback;
mod slider;
mod track;

pub use announce::REST_MS as ANNOUNCE_REST_MS;
pub use slider::TimeSlider;
