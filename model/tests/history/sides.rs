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
    ("japan",     "shikotan",           "1953-01-01", Some("japan"),     OwnHeldByAnother),
    ("japan",     "iturup",             "1953-01-01", None,              Undetermined),
    ("japan",     "southern-sakhalin",  "1953-01-01", None,              Undetermined),
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

/// The grid's columns: the units in file order.
const UNITS: [&str; 13] = crate::kit::data::UNIT_IDS;

/// Each government's map through the whole span, written from what it held — its claims, the
/// claims it shared, the titles it recognised, and whether it existed — not from the code.
/// One letter per unit (columns as [`UNITS`]): whose the unit was by right in that side's view
/// — J Japan, R Russia/USSR, C China, K Manchukuo, M Mongolia, I indigenous lands, S Japan and
/// Russia jointly, `?` title undetermined — in capitals where that party held it, in small
/// letters where another held it (the map hatches it). `-`: the side did not exist that day
/// and the map is drawn as it was.
#[rustfmt::skip]
const GRID: &[(&str, &str, &str)] = &[
    // Before any treaty: Ainu lands, Matsumae and the shogunate, Russian Kamchatka, the Qing.
    ("1800-06-01", "japan",     "JJJJIRIIJRCCC"),
    // Catherine II's claim of 1786 to the Kurils from Kunashir north.
    ("1800-06-01", "russia",    "rrJJrRIIJRCCC"),
    ("1800-06-01", "china",     "JJJJIRIIJRCCC"),
    ("1800-06-01", "manchukuo", "-"),
    ("1800-06-01", "mongolia",  "-"),
    // Shimoda: the border between Iturup and Urup, Sakhalin undivided.
    ("1860-06-01", "japan",     "JJJJRRSSJRCCC"),
    ("1860-06-01", "russia",    "JJJJRRSSJRCCC"),
    ("1880-06-01", "japan",     "JJJJJJRRJRCCC"),
    ("1880-06-01", "mongolia",  "-"),
    // Bogd Khan Mongolia, with Barga; China recognised neither.
    ("1913-06-01", "japan",     "JJJJJJJRJRMMM"),
    ("1913-06-01", "china",     "JJJJJJJRJRccc"),
    ("1913-06-01", "mongolia",  "JJJJJJJRJRMMM"),
    // Outer Mongolia's autonomy abolished, November 1919 to July 1921.
    ("1920-01-01", "mongolia",  "-"),
    ("1920-01-01", "china",     "JJJJJJJRJRCCC"),
    // Northern Sakhalin under Japanese occupation: still Russia's in every view.
    ("1923-06-01", "japan",     "JJJJJJJrJRMMC"),
    ("1923-06-01", "russia",    "JJJJJJJrJRMMC"),
    ("1923-06-01", "china",     "JJJJJJJrJRccC"),
    ("1923-06-01", "mongolia",  "JJJJJJJrJRMMC"),
    // The strip: the river line for Manchukuo and Japan, the line east of it for Mongolia and
    // the USSR; China claimed all of Outer Mongolia and Manchuria.
    ("1936-06-01", "japan",     "JJJJJJJRJRkMK"),
    ("1936-06-01", "manchukuo", "JJJJJJJRJRkMK"),
    ("1936-06-01", "russia",    "JJJJJJJRJRMMK"),
    ("1936-06-01", "mongolia",  "JJJJJJJRJRMMK"),
    ("1936-06-01", "china",     "JJJJJJJRJRccc"),
    ("1939-07-01", "japan",     "JJJJJJJRJRkMK"),
    ("1939-07-01", "russia",    "JJJJJJJRJRMMK"),
    // After the 1940 demarcation and the 1941 frontier declaration.
    ("1942-06-01", "japan",     "JJJJJJJRJRMMK"),
    ("1942-06-01", "russia",    "JJJJJJJRJRMMK"),
    ("1942-06-01", "manchukuo", "JJJJJJJRJRMMK"),
    ("1942-06-01", "china",     "JJJJJJJRJRccc"),
    // August 1945: Yalta's claim; the USSR and Japan recognise China in Manchuria.
    ("1945-08-16", "japan",     "JJJJJJJRJRMMc"),
    ("1945-08-16", "russia",    "rrrrrrrRJRMMc"),
    ("1945-08-16", "manchukuo", "JJJJJJJRJRMMK"),
    ("1945-08-16", "mongolia",  "JJJJJJJRJRMMK"),
    ("1945-08-16", "china",     "JJJJJJJRJRccc"),
    // Manchukuo dissolved; the Kurils and southern Sakhalin occupied; Hulunbuir occupied.
    ("1945-10-01", "manchukuo", "-"),
    ("1945-10-01", "japan",     "jjjjjjjRJRMMc"),
    ("1945-10-01", "russia",    "RRRRRRRRJRMMc"),
    ("1945-10-01", "china",     "jjjjjjjRJRccc"),
    ("1945-10-01", "mongolia",  "jjjjjjjRJRMMc"),
    // Annexed; Japan's title in its view until the peace treaty took effect.
    ("1950-06-01", "japan",     "jjjjjjjRJRMMC"),
    ("1950-06-01", "russia",    "RRRRRRRRJRMMC"),
    ("1950-06-01", "china",     "RRRRRRRRJRMMC"),
    // Renounced: two islands claimed, the rest undetermined; then the four islands.
    ("1953-06-01", "japan",     "??jj???RJRMMC"),
    ("1953-06-01", "russia",    "RRRRRRRRJRMMC"),
    ("1960-06-01", "japan",     "jjjj???RJRMMC"),
    ("2020-06-01", "japan",     "jjjj???RJRMMC"),
    ("2020-06-01", "russia",    "RRRRRRRRJRMMC"),
    ("2020-06-01", "china",     "RRRRRRRRJRMMC"),
    ("2020-06-01", "mongolia",  "RRRRRRRRJRMMC"),
    ("2020-06-01", "manchukuo", "-"),
];

fn letter(party: &str) -> char {
    match party {
        "japan" => 'J',
        "russia" => 'R',
        "china" => 'C',
        "manchukuo" => 'K',
        "mongolia" => 'M',
        "indigenous" => 'I',
        "joint" => 'S',
        other => panic!("no letter for {other}"),
    }
}

/// The map the atlas draws for a side on a day, in the grid's letters.
fn drawn(atlas: &atlas_model::Atlas, side: &str, date: &str) -> String {
    let parties = &atlas.config.parties;
    let side = parties.find(side).unwrap();
    let moment = atlas_model::Moment::at(atlas, day(date), Some(side));
    if moment.side.is_none() {
        return "-".into();
    }
    UNITS
        .iter()
        .map(|id| {
            let i = atlas
                .territories
                .units
                .iter()
                .position(|u| u.id == *id)
                .unwrap();
            let drawn = moment.drawn(i);
            let held = moment.status(i).party;
            match drawn.party {
                None => '?',
                Some(p) if Some(p) == held => letter(parties.key(p)),
                Some(p) => letter(parties.key(p)).to_ascii_lowercase(),
            }
        })
        .collect()
}

#[test]
fn each_government_s_map_through_the_whole_span() {
    let atlas = crate::kit::data::whole_atlas();
    let wrong: Vec<String> = GRID
        .iter()
        .filter_map(|&(date, side, expected)| {
            let found = drawn(atlas, side, date);
            (found != expected).then(|| format!("{side} on {date}: {found}, not {expected}"))
        })
        .collect();
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// Every side is drawn on every day it existed and on no other, and the grid covers every side.
#[test]
fn the_grid_asks_every_side() {
    let sides: std::collections::BTreeSet<&str> = GRID.iter().map(|r| r.1).collect();
    assert_eq!(
        sides.into_iter().collect::<Vec<_>>(),
        ["china", "japan", "manchukuo", "mongolia", "russia"]
    );
}
