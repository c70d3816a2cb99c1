//! End-to-end: the release build, served on 127.0.0.1 under a sub-folder, driven in headless
//! Chromium through chromedriver. `scripts/test.sh` starts both and sets `ATLAS_URL`,
//! `ATLAS_BROKEN_URL`, `EXAMPLES_URL` and `WEBDRIVER_URL`. Screenshots are written to
//! `target/screenshots/`.
//!
//! What every suite shares (starting a browser, opening the atlas, acting on the page, reading
//! it and waiting for it) is in `fixtures`; each other module is one feature of the atlas.

mod fixtures;

mod accessibility;
mod broken_data;
mod checker;
mod compare;
mod embed;
mod events;
mod export;
mod hosting;
mod languages;
mod lessons;
mod lessons_in_class;
mod links;
mod map;
mod offline;
mod page;
mod performance;
mod perspectives;
mod platforms;
mod policy;
mod present;
mod share;
mod start;
mod time;
