//! View components in feature folders. Each reads the shared [`crate::state::Ui`] from
//! context; the parts of a feature also read their feature's context (`map::MapContext`,
//! `timeline::TimelineContext`), never their parent component.

pub mod events;
mod header;
pub mod holders;
pub mod map;
mod notice_bar;
mod resize;
pub mod share;
pub mod timeline;

pub use header::Header;
pub use notice_bar::NoticeBar;
