//! Browser plumbing: the one layer that talks to the browser's APIs, and the one place with
//! `wasm32`-only code. Off the browser (native tests, the build-time first view) each function
//! does nothing or answers a neutral value, so the layers above compile and run anywhere.
//!
//! It imports nothing of the app: only the model and the browser.

pub mod canvas;
pub mod clipboard;
pub mod dom;
pub mod download;
pub mod fetch;
pub mod files;
pub mod frame;
pub mod fullscreen;
pub mod input;
pub mod location;
pub mod print;
pub mod resize;
pub mod schedule;
