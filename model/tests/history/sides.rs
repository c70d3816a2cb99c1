//! Each side's map: what each party held a unit to be on a day.

use crate::kit::data::{claims, config, territories};
use crate::kit::days::day;
use atlas_model::perspective::{Perspectives, Standing};
use Standing::{Another, Own, OwnHeldByAnother, Undetermined};

/// A unit on a day as one side saw it: the side, the unit, the day, whose it was by right in
/// that side's view (`None`: no one's) and how it stood.
type Seen = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Standing,
);

#[rustfmt::skip]
const SEEN: &[Seen] = &[
    // Southern Sakhalin while it was fought over: Japan's, claimed by the USSR since Yalta.
    ("japan",     "southern-sakhalin",  "1945-08-15", Some("japan"),     Own),
    ("russia",    "southern-sakhalin",  "1945-08-15", Some("russia"),    OwnHeldByAnother),
    ("china",     "southern-sakhalin",  "1945-08-15", Some("japan"),     Another),
    // Occupied in 1905: still Russia's in Russia's view, and in Japan's until Portsmouth.
    ("russia",    "southern-sakhalin",  "1905-08-15", Some("russia"),    OwnHeldByAnother),
    ("japan",     "southern-sakhalin",  "1905-08-15", Some("russia"),    Another),
    // The Kurils under Soviet occupation, then annexed.
    ("japan",     "iturup",             "1945-10-01", Some("japan"),     OwnHeldByAnother),
    ("russia",    "iturup",             "1945-10-01", Some("russia"),    Own),
    ("japan",     "iturup",             "1948-01-01", Some("japan"),     OwnHeldByAnother),
    ("china",     "iturup",             "1948-01-01", Some("russia"),    Another),
    // After San Francisco: two islands claimed, the rest no one's, until 1956.
    ("japan",     "shikotan",           "1952-01-01", Some("japan"),     OwnHeldByAnother),
    ("japan",     "iturup",             "1952-01-01", None,              Undetermined),
    ("japan",     "southern-sakhalin",  "1952-01-01", None,              Undetermined),
    ("japan",     "iturup",             "1957-01-01", Some("japan"),     OwnHeldByAnother),
    ("japan",     "urup",               "2020-01-01", None,              Undetermined),
    ("russia",    "iturup",             "2020-01-01", Some("russia"),    Own),
    // The Khalkhin Gol theatre.
    ("manchukuo", "khalkhin-gol-strip", "1936-01-01", Some("manchukuo"), OwnHeldByAnother),
    ("manchukuo", "khalkhin-gol-strip", "1941-01-01", Some("mongolia"),  Another),
    ("mongolia",  "khalkhin-gol-strip", "1939-07-01", Some("mongolia"),  Own),
    ("china",     "khalkhin-gol-strip", "1936-01-01", Some("china"),     OwnHeldByAnother),
    ("china",     "mongolian-side",     "1946-01-05", Some("mongolia"),  Another),
    ("china",     "manchurian-side",    "1936-01-01", Some("china"),     OwnHeldByAnother),
    ("china",     "manchurian-side",    "1945-10-01", Some("china"),     OwnHeldByAnother),
    ("china",     "manchurian-side",    "1950-01-01", Some("china"),     Own),
    ("manchukuo", "manchurian-side",    "1945-08-15", Some("manchukuo"), Own),
];

/// Each side's map on a day: its own claims, the land it renounced as no one's, and otherwise
/// the holder, where an occupier counts as the holder before it.
#[test]
fn each_side_sees_its_own_map() {
    let (t, c, parties) = (territories(), claims(), config().parties);
    let p = Perspectives::new(&t, &c);
    let party = |id: &str| parties.find(id).unwrap();
    let view = |side: &str, unit: &str, date: &str| {
        let i = t.units.iter().position(|u| u.id == unit).unwrap();
        let existed = |p, d| parties.existed(p, d);
        let v = p.view(&t, &c, &existed, party(side), i, day(date)).unwrap();
        (v.rightful.map(|r| parties.key(r).to_string()), v.standing)
    };
    for &(side, unit, date, rightful, standing) in SEEN {
        let expected = (rightful.map(str::to_string), standing);
        assert_eq!(
            view(side, unit, date),
            expected,
            "{side}'s map: {unit} on {date}"
        );
    }
}
