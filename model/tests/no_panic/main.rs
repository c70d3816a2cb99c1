//! Property tests: no text handed to a reader, no link and no day makes the model panic.
//!
//! A panic in the browser kills the page, so every parser and reader is fed arbitrary input:
//! arbitrary strings, arbitrary JSON (with the field names of the real files, so that the
//! readers get past their first checks), and the committed files with one entry broken. Each
//! must return, and where it can, say something true about what it returned: a date written
//! back reads the same, a link written back reads the same, a broken entry costs only itself.
//!
//! One module for each thing fed: [`text`] (dates and `tidy`), [`readers`] (the data files'
//! readers), [`entries`] (the committed files with one entry broken), [`links`] (the link's
//! query) and [`days`] (every query of the model on any day).

#[path = "../kit/mod.rs"]
mod kit;

mod days;
mod entries;
mod links;
mod readers;
mod text;
