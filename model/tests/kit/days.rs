//! Days for the tests: from ISO text, and a fixed "today", so that no test depends on the day it
//! runs.
#![allow(dead_code)]

use atlas_model::{Date, Day};

/// The day the tests take for today: 21 November 2025, after the record's last event. A test
/// that needs the clock's today would pass or fail by the day it runs.
pub const TODAY: Day = Day(20_413);

/// The first day of an ISO date (`1905`, `1939-07`, `1945-08-27`).
pub fn day(iso: &str) -> Day {
    Date::parse(iso)
        .unwrap_or_else(|e| panic!("{iso}: {e}"))
        .first_day()
}
