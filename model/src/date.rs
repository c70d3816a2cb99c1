//! Historical dates that keep their precision.
//!
//! The record says "1875", "1939-05" or "1875-05-07": a year, a month or a day. A `Date` keeps
//! that precision, so "1875" covers every day of the year and is never shown as 1 January.
//! Days are counted in the proleptic Gregorian calendar as a [`Day`] number, which the timeline
//! and the territory model compare.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01 (day 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub i32);

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date at year, month or day precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Date {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// What is wrong with a text that is not a date. Each has its words in the catalogs
/// (`key::of_date_fault`), so a reader is told in their language; in English, for the
/// messages about a data file, through `Display` (written with the words, in `words.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateFault {
    Empty,
    YearDigits,
    MonthDigits,
    DayDigits,
    TooManyParts,
    Before1000,
    NoSuchMonth,
    NoSuchDay,
}

impl DateFault {
    pub const ALL: [DateFault; 8] = [
        DateFault::Empty,
        DateFault::YearDigits,
        DateFault::MonthDigits,
        DateFault::DayDigits,
        DateFault::TooManyParts,
        DateFault::Before1000,
        DateFault::NoSuchMonth,
        DateFault::NoSuchDay,
    ];
}

/// Why a text is not a date of the record: the text as given, and what is wrong with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateError {
    pub input: String,
    pub fault: DateFault,
}

impl std::error::Error for DateError {}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        _ => 28,
    }
}

/// Days from 1970-01-01 to the given civil date (H. Hinnant's `days_from_civil`).
///
/// Counted in `i64`: a year millions of years away overflows `i32` on the way; the result
/// saturates at the ends of [`Day`]'s range.
fn days_from_civil(year: i32, month: u8, day: u8) -> i32 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    (era * 146_097 + doe - 719_468).clamp(i32::MIN.into(), i32::MAX.into()) as i32
}

/// The civil date of a day number (inverse of [`days_from_civil`]).
///
/// Counted in `i64`, so that the days near the ends of `i32` do not overflow.
fn civil_from_days(days: i32) -> (i32, u8, u8) {
    let z = i64::from(days) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    // Within ±5.9 million: it fits.
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

impl Day {
    /// The date of this day, at day precision.
    pub fn date(self) -> Date {
        let (year, month, day) = civil_from_days(self.0);
        Date {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// The day `n` days later (earlier when negative), saturating at the ends of the range.
    pub fn plus(self, n: i32) -> Day {
        Day(self.0.saturating_add(n))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.date().fmt(f)
    }
}

impl Date {
    /// A year-precision date.
    pub fn year(year: i32) -> Date {
        Date {
            year,
            month: None,
            day: None,
        }
    }

    /// A month-precision date, if the month exists.
    pub fn month(year: i32, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A day-precision date, if the day exists.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(
            Date {
                year,
                month: Some(month),
                day: Some(day),
            },
        )
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000–9999).
    pub fn parse(input: &str) -> Result<Date, DateError> {
        let err = |fault| DateError {
            // One more than a message quotes, so that it shows the value was cut.
            input: input.chars().take(41).collect(),
            fault,
        };
        if input.is_empty() {
            return Err(err(DateFault::Empty));
        }
        let mut parts = input.split('-');
        let number = |part: Option<&str>, width: usize, what| -> Result<Option<u32>, DateError> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == width && p.bytes().all(|b| b.is_ascii_digit()) => {
                    Ok(Some(p.parse().map_err(|_| err(what))?))
                }
                Some(_) => Err(err(what)),
            }
        };
        let year = number(parts.next(), 4, DateFault::YearDigits)?
            .ok_or_else(|| err(DateFault::YearDigits))? as i32;
        let month = number(parts.next(), 2, DateFault::MonthDigits)?;
        let day = number(parts.next(), 2, DateFault::DayDigits)?;
        if parts.next().is_some() {
            return Err(err(DateFault::TooManyParts));
        }
        if year < 1000 {
            return Err(err(DateFault::Before1000));
        }
        match (month, day) {
            (None, _) => Ok(Date::year(year)),
            (Some(m), None) => {
                Date::month(year, m as u8).ok_or_else(|| err(DateFault::NoSuchMonth))
            }
            (Some(m), Some(d)) => {
                Date::ymd(year, m as u8, d as u8).ok_or_else(|| err(DateFault::NoSuchDay))
            }
        }
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The month (1–12), where the date has one.
    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, where the date has one.
    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    /// The first day the date covers.
    pub fn first_day(&self) -> Day {
        Day(days_from_civil(
            self.year,
            self.month.unwrap_or(1),
            self.day.unwrap_or(1),
        ))
    }

    /// The last day the date covers (the same as `first_day` at day precision).
    pub fn last_day(&self) -> Day {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Day(days_from_civil(self.year, m, d)),
            (Some(m), None) => Day(days_from_civil(self.year, m, days_in_month(self.year, m))),
            (None, _) => Day(days_from_civil(self.year, 12, 31)),
        }
    }

    /// Whether the date covers the day.
    pub fn contains(&self, day: Day) -> bool {
        self.first_day() <= day && day <= self.last_day()
    }
}

impl fmt::Display for Date {
    /// The ISO 8601 form at the date's precision.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl std::str::FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse(s)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The months' English names, as the record's Old Style dates write them.
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date of the Julian calendar (Old Style), as Russia counted days until 1918.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OldStyle {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl OldStyle {
    /// Reads the record's `original_date`: "26 January 1855 (O.S.)" or "1855-01-26".
    pub fn parse(text: &str) -> Option<OldStyle> {
        let text = text.trim();
        let iso = text.splitn(3, '-').collect::<Vec<_>>();
        if let [y, m, d] = iso[..] {
            return OldStyle::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        }
        let text = text
            .strip_suffix("(O.S.)")
            .or_else(|| text.strip_suffix("O.S."))
            .unwrap_or(text)
            .trim();
        let mut parts = text.split_whitespace();
        let day: u8 = parts.next()?.parse().ok()?;
        let month = parts.next()?;
        let month = MONTHS_EN
            .iter()
            .position(|m| m.eq_ignore_ascii_case(month))? as u8
            + 1;
        let year: i32 = parts.next()?.parse().ok()?;
        if parts.next().is_some() {
            return None;
        }
        OldStyle::new(year, month, day)
    }

    fn new(year: i32, month: u8, day: u8) -> Option<OldStyle> {
        // Every fourth Julian year is a leap year.
        let days = match month {
            2 if year % 4 == 0 => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            1..=12 => 31,
            _ => 0,
        };
        (1..=days)
            .contains(&day)
            .then_some(OldStyle { year, month, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn parses_each_precision() {
        assert_eq!(d("1875").precision(), Precision::Year);
        assert_eq!(d("1939-05").precision(), Precision::Month);
        assert_eq!(d("1875-05-07").precision(), Precision::Day);
    }

    #[test]
    fn rejects_malformed_dates() {
        for bad in [
            "",
            "75",
            "1875-5",
            "1875-05-7",
            "1875-13",
            "1875-02-30",
            "1900-02-29",
            "1875-05-07-01",
            "abcd",
            "0999",
            "1875/05/07",
            " 1875",
            "+187",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad:?} should not parse");
        }
        assert!(Date::parse("2000-02-29").is_ok());
    }

    #[test]
    fn year_covers_the_whole_year_not_first_january() {
        let year = d("1875");
        assert_eq!(year.first_day(), d("1875-01-01").first_day());
        assert_eq!(year.last_day(), d("1875-12-31").first_day());
        assert!(year.contains(d("1875-05-07").first_day()));
        assert!(!year.contains(d("1876-01-01").first_day()));
        assert_eq!(d("1904-02").last_day(), d("1904-02-29").first_day());
    }

    #[test]
    fn day_numbers_round_trip_and_match_known_days() {
        assert_eq!(d("1970-01-01").first_day(), Day(0));
        assert_eq!(d("2000-03-01").first_day(), Day(11_017));
        assert_eq!(d("1855-02-07").first_day(), Day(-41_966));
        for n in (-120_000..40_000).step_by(97) {
            assert_eq!(Day(n).date().first_day(), Day(n));
        }
    }

    #[test]
    fn serde_uses_the_iso_text() {
        let date: Date = serde_json::from_str("\"1945-08-09\"").unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"1945-08-09\"");
        assert!(serde_json::from_str::<Date>("\"1945-8-9\"").is_err());
    }
}
