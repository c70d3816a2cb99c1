//! Every query of the model on any day: the record's timeline, who held each unit, the map's
//! paint, the names and eras of the day, and the slider's scale, at the ends of the day range
//! too.

use crate::kit::arbitrary::cases;
use crate::kit::data::data;
use crate::kit::days::TODAY;
use atlas_model::status::StatusIndex;
use atlas_model::timeline::{self, Scale, SPAN};
use atlas_model::{Date, Day, Lang};
use geo::Point;
use proptest::prelude::*;
use proptest::sample::select;

/// Any day: the whole `i32` range, its ends, the years the record covers and the days around
/// the record's events and control changes.
fn a_day() -> impl Strategy<Value = Day> {
    let d = data();
    let mut known: Vec<i32> = d.record.events().iter().map(|e| e.day().0).collect();
    for t in d.territories.iter() {
        for c in &t.control {
            known.push(c.start().0);
            known.extend(c.end().map(|e| e.0));
        }
    }
    for c in d.claims.iter() {
        known.push(c.start().0);
        known.extend(c.end().map(|e| e.0));
    }
    prop_oneof![
        3 => any::<i32>().prop_map(Day),
        1 => select(&[i32::MIN, i32::MIN + 1, -1, 0, 1, i32::MAX - 1, i32::MAX][..]).prop_map(Day),
        3 => (-400_000..3_000_000i32).prop_map(Day),
        3 => (select(known), -2..=2i32).prop_map(|(day, off)| Day(day + off)),
    ]
}

/// Points on and off the units: their label points, arbitrary longitudes and latitudes, and
/// numbers no pointer gives.
fn a_point() -> impl Strategy<Value = Point<f64>> {
    let labels: Vec<(f64, f64)> = data().territories.iter().filter_map(|t| t.label).collect();
    prop_oneof![
        2 => select(labels).prop_map(|(x, y)| Point::new(x, y)),
        2 => (115.0..160.0f64, 40.0..56.0f64).prop_map(|(x, y)| Point::new(x, y)),
        1 => (any::<f64>(), any::<f64>()).prop_map(|(x, y)| Point::new(x, y)),
    ]
}

/// The slider's scale as the app builds it: from the start of the first event's year to `last`.
fn scale_to(last: Day) -> Scale {
    let record = &data().record;
    let first_year = record.events()[0].date.year_number();
    let first = Date::year(first_year).first_day().min(last);
    Scale::new(record.events().iter().map(|e| e.day()), first, last)
}

fn check_scale(scale: &Scale, day: Day) -> Result<(), TestCaseError> {
    let position = scale.position(day);
    prop_assert!((0.0..=SPAN).contains(&position), "{position}");
    let fraction = scale.fraction(day);
    prop_assert!((0.0..=1.0).contains(&fraction), "{fraction}");
    let back = scale.day_at(position);
    prop_assert!(scale.first() <= back && back <= scale.last());
    if scale.first() <= day && day <= scale.last() {
        prop_assert_eq!(back, day);
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn every_query_answers_on_any_day(day in a_day(), point in a_point(), other in a_day()) {
        let d = data();
        let record = &d.record;
        let events = record.events();
        // The record's timeline queries agree with the day.
        if let Some(i) = record.current_at(day) {
            prop_assert!(events[i].day() <= day);
            prop_assert!(events.get(i + 1).is_none_or(|e| e.day() > day));
        }
        if let Some(i) = record.next_after(day) {
            prop_assert!(events[i].day() > day);
        }
        if let Some(i) = record.previous_before(day) {
            prop_assert!(events[i].day() < day);
        }
        for e in events {
            prop_assert_eq!(e.covers(day), e.day() <= day && day <= e.last_day());
            let _ = e.date.contains(day);
        }
        // Who held each unit, and how the map paints it.
        let units: Vec<_> = d.territories.at(day).collect();
        prop_assert_eq!(units.len(), d.territories.units.len());
        for (unit, held) in &units {
            if let Some(c) = held {
                prop_assert!(c.contains(day));
            }
            prop_assert_eq!(unit.controller_at(day), *held);
        }
        let _ = d.territories.unit_at(point, day);
        let index = StatusIndex::new(&d.territories, &d.claims, &d.config.parties);
        for unit in 0..=d.territories.units.len() {
            let status = index.status(&d.territories, &d.claims, unit, day);
            let _ = index.claims_on(unit);
            let _ = d.config.paint(&status);
            if let Some(i) = status.interval {
                prop_assert!(d.territories.units[unit].control[i].contains(day));
            }
        }
        prop_assert!(d.claims.active_at(day).all(|c| c.active_at(day)));
        // The names and eras of the day.
        for party in d.config.parties.all() {
            for lang in Lang::ALL {
                let _ = d.config.parties.name(party, day, lang);
                let _ = d.config.parties.name_in_text(party, day, lang);
            }
        }
        if let Some(era) = d.config.era_at(day) {
            prop_assert!(era.from <= day);
        }
        let (first, last) = (day.min(other), day.max(other));
        for band in d.config.eras_between(first, last) {
            prop_assert!(first <= band.from && band.from < band.until);
        }
        // The day as a date, and the timeline's arithmetic on it.
        let date = day.date();
        prop_assert_eq!(date.first_day(), day);
        let _ = (atlas_model::Words::english().date(date), day.to_string());
        let _ = timeline::shift_years(day, 10);
        let _ = timeline::shift_years(day, -10);
        let _ = timeline::parse_entry(&date.to_string(), first, last);
        let _ = timeline::parse_entry("1905-09-05", first, last);
        let scale = scale_to(TODAY);
        check_scale(&scale, day)?;
        let scale = scale_to(other);
        check_scale(&scale, day)?;
        let _ = scale.day_at(f64::from(day.0));
    }

}

proptest! {
    // Up to millions of years of marks to try on a case: fewer cases.
    #![proptest_config(cases(64))]

    #[test]
    fn year_marks_and_scale_of_any_timeline(last in a_day()) {
        let scale = scale_to(last);
        prop_assert!(scale.first() < scale.last());
        // The app's levels: a mark every 50 years, then every 10.
        let marks = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
        prop_assert!(marks.windows(2).all(|w| w[0].fraction <= w[1].fraction));
        prop_assert!(marks.iter().all(|m| (0.0..=1.0).contains(&m.fraction)));
    }
}

/// A timeline ending on 17 December 1908, where rounding once carried the last day a hair past
/// the end of the track (10000.000000000002): every span's last day sits exactly at the end.
#[test]
fn the_last_day_sits_exactly_at_the_end_of_the_track() {
    let last = Day(-22_295);
    let scale = scale_to(last);
    assert_eq!(scale.position(last), SPAN);
    assert_eq!(scale.fraction(Day(0)), 1.0);
    assert_eq!(scale.day_at(SPAN), last);
}

/// The ends of the day range, where the calendar arithmetic overflowed `i32` (a panic in a
/// debug build): the date of a day, a day later, a scale and eras ending there.
#[test]
fn the_ends_of_the_day_range_do_not_overflow() {
    for n in [i32::MIN, i32::MIN + 1, i32::MAX - 1, i32::MAX] {
        let day = Day(n);
        let date = day.date();
        assert_eq!(date.first_day(), day, "{date}");
        assert!(!atlas_model::Words::english().date(date).is_empty());
        let _ = (
            day.plus(1),
            day.plus(-1),
            day.plus(i32::MAX),
            day.plus(i32::MIN),
        );
        let _ = timeline::shift_years(day, 10);
        let _ = timeline::shift_years(day, -10);
        let _ = timeline::parse_entry("1905", day, Day(i32::MAX));
        let _ = data().config.eras_between(day, Day(i32::MAX));
        for scale in [scale_to(day), Scale::new([day], day, day)] {
            assert!(scale.first() < scale.last());
            assert!((0.0..=SPAN).contains(&scale.position(day)));
            let _ = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
        }
    }
    assert_eq!(Day(i32::MAX).plus(1), Day(i32::MAX));
    assert_eq!(Date::year(1970).first_day(), Day(0));
}
