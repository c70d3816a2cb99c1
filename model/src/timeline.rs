//! The time slider's arithmetic: a scale that gives crowded periods more room, year marks, typed
//! dates and ten-year steps. (The eras drawn under it come from `atlas.json`: [`crate::config`].)
//!
//! The slider works in *positions* from 0 to [`SPAN`]. A position blends two measures of how far
//! along the timeline a day is: its share of the elapsed time, and its share of the events that
//! came before it. A decade with twenty events thus gets more of the track than a quiet century,
//! while the track still reads left to right in time. The scale is piecewise linear and strictly
//! increasing, so every day has one position and every position one day.

use crate::date::{Date, Day};
use crate::key;
use crate::words::Message;

/// Slider positions run from 0 to `SPAN`.
pub const SPAN: f64 = 10_000.0;

/// The share of the track spread evenly over time; the rest is shared evenly between events.
pub const TIME_SHARE: f64 = 0.3;

/// Days to positions and back for one timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    first: Day,
    last: Day,
    /// Day numbers and positions of the corners of the scale; both strictly increasing.
    knots: Vec<(f64, f64)>,
}

impl Scale {
    /// The scale from `first` to `last` for events starting on `event_days` (any order; days
    /// outside the span count at its nearest end).
    pub fn new(event_days: impl IntoIterator<Item = Day>, first: Day, last: Day) -> Scale {
        let last = if last > first { last } else { first.plus(1) };
        // A span ending on the last day of all starts the day before it.
        let first = first.min(last.plus(-1));
        let mut days: Vec<i32> = event_days
            .into_iter()
            .map(|d| d.clamp(first, last).0)
            .collect();
        days.sort_unstable();
        let total = days.len();
        // Rank at a day: the number of events that start before it, rising linearly in between.
        let mut ranks: Vec<(i32, usize)> = vec![(first.0, 0)];
        for (i, &d) in days.iter().enumerate() {
            let is_new = i == 0 || days[i - 1] != d;
            if is_new && d > first.0 && d < last.0 {
                ranks.push((d, i));
            }
        }
        ranks.push((last.0, total));
        // In f64: the span may be longer than `i32` counts.
        let length = f64::from(last.0) - f64::from(first.0);
        let knots = ranks
            .into_iter()
            .map(|(d, rank)| {
                let time = (f64::from(d) - f64::from(first.0)) / length;
                let share = if total == 0 {
                    time
                } else {
                    TIME_SHARE * time + (1.0 - TIME_SHARE) * rank as f64 / total as f64
                };
                (f64::from(d), SPAN * share)
            })
            .collect();
        Scale { first, last, knots }
    }

    pub fn first(&self) -> Day {
        self.first
    }

    pub fn last(&self) -> Day {
        self.last
    }

    /// The position of a day, from 0 to [`SPAN`]; days outside the span sit at its ends.
    pub fn position(&self, day: Day) -> f64 {
        let t = f64::from(day.clamp(self.first, self.last).0);
        interpolate(&self.knots, t, |k| k.0, |k| k.1)
    }

    /// The position as a fraction of the track, from 0 to 1.
    pub fn fraction(&self, day: Day) -> f64 {
        self.position(day) / SPAN
    }

    /// The day at a position; positions outside 0..=SPAN give the ends.
    pub fn day_at(&self, position: f64) -> Day {
        let p = if position.is_nan() {
            0.0
        } else {
            position.clamp(0.0, SPAN)
        };
        // A day owns the positions from its own up to the next day's, so an event's room
        // (between its tick and the next one) reads as the event's day.
        let t = (interpolate(&self.knots, p, |k| k.1, |k| k.0) + 1e-6).floor();
        Day(t as i32).clamp(self.first, self.last)
    }
}

/// A year written under the track.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct YearMark {
    pub year: i32,
    /// Where 1 January of the year sits, from 0 to 1.
    pub fraction: f64,
    /// The index of the level that placed it: 0 for the coarsest.
    pub level: usize,
}

impl Scale {
    /// Years to label the track with, level by level: at each level `(every, gap)`, the years
    /// divisible by `every` that keep at least `gap` (a fraction of the track) from every year
    /// already placed and from both ends. Sorted by position.
    pub fn year_marks(&self, levels: &[(i32, f64)]) -> Vec<YearMark> {
        let (first_year, last_year) = (
            self.first.date().year_number(),
            self.last.date().year_number(),
        );
        let mut marks: Vec<YearMark> = Vec::new();
        for (level, &(every, gap)) in levels.iter().enumerate() {
            if every <= 0 {
                continue;
            }
            let start = first_year.div_euclid(every) * every + every;
            for year in (start..=last_year).step_by(every as usize) {
                let fraction = self.fraction(Date::year(year).first_day());
                let clear = fraction >= gap / 2.0
                    && fraction <= 1.0 - gap / 2.0
                    && marks.iter().all(|m| (m.fraction - fraction).abs() >= gap);
                if clear {
                    marks.push(YearMark {
                        year,
                        fraction,
                        level,
                    });
                }
            }
        }
        marks.sort_by(|a, b| a.fraction.total_cmp(&b.fraction));
        marks
    }
}

/// Piecewise-linear interpolation over knots sorted and strictly increasing in `x` (and in `y`).
/// At a knot it gives the knot's own `y`, and between two knots a value between theirs: rounding
/// must not carry the last day a hair past [`SPAN`].
fn interpolate(
    knots: &[(f64, f64)],
    at: f64,
    x: impl Fn(&(f64, f64)) -> f64,
    y: impl Fn(&(f64, f64)) -> f64,
) -> f64 {
    let i = knots.partition_point(|k| x(k) < at);
    match (i.checked_sub(1).and_then(|j| knots.get(j)), knots.get(i)) {
        (Some(a), Some(b)) => {
            let span = x(b) - x(a);
            if span <= 0.0 || at >= x(b) {
                y(b)
            } else {
                let (low, high) = (y(a).min(y(b)), y(a).max(y(b)));
                (y(a) + (y(b) - y(a)) * (at - x(a)) / span).clamp(low, high)
            }
        }
        (None, Some(b)) => y(b),
        (Some(a), None) => y(a),
        (None, None) => 0.0,
    }
}

/// Reads a date typed by the reader (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, spaces around it
/// allowed) and checks that it overlaps the timeline. The error is a message for the reader.
pub fn parse_entry(text: &str, first: Day, last: Day) -> Result<Date, Message> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Message::new(key::ENTRY_EMPTY));
    }
    let date = Date::parse(text).map_err(|e| {
        Message::new(key::ENTRY_UNREADABLE)
            .with("value", crate::text::quote(&e.input, 40))
            .words("reason", key::of_date_fault(e.fault))
    })?;
    if date.last_day() < first || date.first_day() > last {
        return Err(Message::new(key::ENTRY_OUTSIDE)
            .date("date", date)
            .date("first", first.date())
            .date("last", last.date()));
    }
    Ok(date)
}

/// The same calendar day `years` later (earlier when negative); 29 February becomes the 28th in
/// a common year.
pub fn shift_years(day: Day, years: i32) -> Day {
    let iso = day.date().to_string();
    let (y, m, d) = match iso.rsplitn(3, '-').collect::<Vec<_>>()[..] {
        [d, m, y] => (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>()),
        _ => return day.plus(years.saturating_mul(365)),
    };
    let (Ok(y), Ok(m), Ok(d)) = (y, m, d) else {
        return day.plus(years.saturating_mul(365));
    };
    let year = y.saturating_add(years);
    Date::ymd(year, m, d)
        .or_else(|| Date::ymd(year, m, d.saturating_sub(1)))
        .map(|date| date.first_day())
        .unwrap_or_else(|| day.plus(years.saturating_mul(365)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::day;

    fn scale() -> Scale {
        let days = [
            "1786",
            "1855-02-07",
            "1875-05-07",
            "1945-08-08",
            "1945-08-09",
            "1945-08-09",
            "1945-08-18",
            "1945-09-02",
            "2020-09-16",
        ]
        .map(day);
        Scale::new(days, day("1786-01-01"), day("2025-11-21"))
    }

    #[test]
    fn ends_map_to_the_ends_of_the_track() {
        let s = scale();
        assert_eq!(s.position(day("1786-01-01")), 0.0);
        assert_eq!(s.position(day("2025-11-21")), SPAN);
        assert_eq!(s.position(day("1700-01-01")), 0.0);
        assert_eq!(s.position(day("2100-01-01")), SPAN);
        assert_eq!(s.day_at(0.0), day("1786-01-01"));
        assert_eq!(s.day_at(SPAN), day("2025-11-21"));
        assert_eq!(s.day_at(-5.0), day("1786-01-01"));
        assert_eq!(s.day_at(1e12), day("2025-11-21"));
        assert_eq!(s.day_at(f64::NAN), day("1786-01-01"));
        assert_eq!(s.day_at(f64::INFINITY), day("2025-11-21"));
    }

    #[test]
    fn strictly_increasing_and_invertible_for_every_day() {
        let s = scale();
        let mut previous = -1.0;
        for n in s.first().0..=s.last().0 {
            let p = s.position(Day(n));
            assert!(p > previous, "position not increasing at {}", Day(n));
            assert_eq!(s.day_at(p), Day(n), "round trip at {}", Day(n));
            previous = p;
        }
    }

    #[test]
    fn positions_map_back_to_the_day_under_them() {
        let s = scale();
        for i in 0..=10_000 {
            let p = f64::from(i) * SPAN / 10_000.0;
            let d = s.day_at(p);
            let below = s.position(d.plus(-1).max(s.first()));
            let above = s.position(d.plus(1).min(s.last()));
            assert!(below <= p && p <= above, "{p} maps to {d}");
        }
    }

    #[test]
    fn year_marks_keep_their_distance() {
        let s = scale();
        let marks = s.year_marks(&[(50, 0.12), (10, 0.05)]);
        assert!(marks.iter().any(|m| m.year == 1900 && m.level == 0));
        assert!(marks.iter().any(|m| m.level == 1));
        for pair in marks.windows(2) {
            assert!(pair[1].fraction - pair[0].fraction >= 0.05, "{pair:?}");
        }
        let coarse: Vec<_> = marks.iter().filter(|m| m.level == 0).collect();
        for pair in coarse.windows(2) {
            assert!(pair[1].fraction - pair[0].fraction >= 0.12, "{pair:?}");
        }
        assert!(marks.iter().all(|m| m.year % 10 == 0));
        assert!(s.year_marks(&[(0, 0.1), (-5, 0.1)]).is_empty());
    }

    #[test]
    fn crowded_periods_get_more_room_than_time_alone_gives() {
        let s = scale();
        // August–September 1945 holds five of the nine events.
        let crowded = s.fraction(day("1945-09-03")) - s.fraction(day("1945-08-01"));
        let by_time = 33.0 / f64::from(s.last().0 - s.first().0);
        assert!(crowded > 0.3, "1945 gets {crowded}");
        assert!(crowded > 50.0 * by_time);
        // A quiet stretch gets less than its share of time, but not nothing.
        let quiet = s.fraction(day("1945-01-01")) - s.fraction(day("1900-01-01"));
        let quiet_time = 45.0 / 240.0;
        assert!(quiet < quiet_time && quiet > TIME_SHARE * quiet_time * 0.9);
    }

    #[test]
    fn each_event_gets_room_after_it() {
        let s = scale();
        // Consecutive distinct event days are at least the events' share apart.
        let share = SPAN * (1.0 - TIME_SHARE) / 9.0;
        let a = s.position(day("1945-08-08"));
        let b = s.position(day("1945-08-09"));
        assert!(b - a >= share * 0.99, "{a} {b}");
        let c = s.position(day("1945-08-18"));
        assert!(c - b >= 2.0 * share * 0.99, "two events on 9 August");
    }

    #[test]
    fn degenerate_timelines_do_not_panic() {
        let empty = Scale::new([], Day(0), Day(100));
        assert_eq!(empty.position(Day(50)), SPAN / 2.0);
        assert_eq!(empty.day_at(SPAN / 2.0), Day(50));
        let flat = Scale::new([Day(5), Day(5)], Day(5), Day(5));
        assert_eq!(flat.position(Day(5)), 0.0);
        assert_eq!(flat.day_at(SPAN), Day(6));
        let outside = Scale::new([Day(-10), Day(500)], Day(0), Day(100));
        assert_eq!(outside.day_at(0.0), Day(0));
        assert_eq!(outside.day_at(SPAN), Day(100));
    }

    #[test]
    fn typed_dates_at_each_precision_and_clear_errors() {
        let (first, last) = (day("1786-01-01"), day("2025-11-21"));
        let ok = |t: &str| parse_entry(t, first, last).unwrap();
        let words = crate::words::Words::english();
        assert_eq!(words.date(ok("1905")), "1905");
        assert_eq!(words.date(ok(" 1939-05 ")), "May 1939");
        assert_eq!(words.date(ok("1875-05-07")), "7 May 1875");
        let err = |t: &str| words.message(&parse_entry(t, first, last).unwrap_err());
        assert!(err("").contains("YYYY"));
        assert!(err("   ").contains("YYYY"));
        assert!(
            err("1905-9-5").contains("two digits"),
            "{}",
            err("1905-9-5")
        );
        assert!(err("soon").contains("“soon” is not a date"));
        assert!(err("1875-02-30").contains("no such day"));
        assert!(
            err("1700").contains("outside the timeline"),
            "{}",
            err("1700")
        );
        assert!(err("2030-01").contains("1 January 1786"));
        // Very long or odd input is shortened, never a panic.
        let long = "9".repeat(500);
        assert!(err(&long).len() < 200, "{}", err(&long));
        assert!(parse_entry("١٩٠٥", first, last).is_err());
        assert!(parse_entry("1905-05-07-", first, last).is_err());
    }

    #[test]
    fn ten_years_keep_the_calendar_day() {
        assert_eq!(shift_years(day("1905-09-05"), 10), day("1915-09-05"));
        assert_eq!(shift_years(day("1905-09-05"), -10), day("1895-09-05"));
        assert_eq!(shift_years(day("1904-02-29"), 10), day("1914-02-28"));
        assert_eq!(shift_years(day("2000-02-29"), -4), day("1996-02-29"));
    }
}
