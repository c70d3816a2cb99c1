//! Who held each place on each day, how the map paints it, and the events every change of hands
//! points to.

use crate::kit::data::{claims, config, record, territories};
use crate::kit::days::{day, TODAY};
use atlas_model::status::{Pattern, StatusIndex};
use atlas_model::ControlKind::{self, Contested, Occupation};
use atlas_model::{Parties, Party};
use geo::Point;

/// A place on a day: what it is, its longitude and latitude, the day, the unit it lies in, the
/// id of the party that held it ("" before the unit's first date) and how it was held when not
/// plainly.
type Probe = (
    &'static str,
    f64,
    f64,
    &'static str,
    &'static str,
    &'static str,
    Option<ControlKind>,
);

/// Held plainly, under military occupation, or fought over.
const PLAIN: Option<ControlKind> = None;
const OCCUPIED: Option<ControlKind> = Some(Occupation);
const CONTESTED: Option<ControlKind> = Some(Contested);

#[rustfmt::skip]
const KURILS: &[Probe] = &[
    ("Kurilsk, Iturup",    147.88,  45.23,  "1900",       "iturup",          "japan",  PLAIN),
    ("Iturup",             147.62,  45.03,  "1950",       "iturup",          "russia", PLAIN),
    ("Iturup",             147.62,  45.03,  "1945-08-27", "iturup",          "japan",  PLAIN),
    ("Iturup",             147.62,  45.03,  "1945-10-01", "iturup",          "russia", OCCUPIED),
    // Ainu lands until the shogunate's direct rule of East Ezo (1799); Urup until Shimoda.
    ("Iturup",             147.62,  45.03,  "1798",       "iturup",          "indigenous", PLAIN),
    ("Iturup",             147.62,  45.03,  "1800",       "iturup",          "japan",  PLAIN),
    ("Kunashir",           145.85,  44.12,  "1790",       "kunashir",        "japan",  PLAIN),
    ("Urup",               150.0,   45.85,  "1800",       "urup",            "indigenous", PLAIN),
    ("Urup",               150.0,   45.85,  "1860",       "urup",            "russia", PLAIN),
    ("Kunashir",           145.85,  44.12,  "1930",       "kunashir",        "japan",  PLAIN),
    ("Kunashir",           145.85,  44.12,  "2020",       "kunashir",        "russia", PLAIN),
    ("Shikotan",           146.75,  43.80,  "1945-09-01", "shikotan",        "russia", OCCUPIED),
    ("Zeleny (Shibotsu)",  146.136, 43.508, "1945-09-02", "habomai",         "japan",  PLAIN),
    ("Zeleny (Shibotsu)",  146.136, 43.508, "1945-09-04", "habomai",         "russia", OCCUPIED),
    ("Anuchina (Akiyuri)", 146.003, 43.369, "1950",       "habomai",         "russia", PLAIN),
    ("Polonsky (Taraku)",  146.324, 43.631, "1920",       "habomai",         "japan",  PLAIN),
    ("Tanfilyev (Suisho)", 145.917, 43.439, "1920",       "habomai",         "japan",  PLAIN),
    ("Yuri",               146.064, 43.422, "1920",       "habomai",         "japan",  PLAIN),
    ("Urup",               150.0,   45.9,   "1860",       "urup",            "russia", PLAIN),
    ("Urup",               150.0,   45.9,   "1900",       "urup",            "japan",  PLAIN),
    ("Shumshu",            156.32,  50.73,  "1900",       "northern-kurils", "japan",  PLAIN),
    // The Shumshu landing of 18 August was fought until the garrison surrendered on the 23rd.
    ("Shumshu",            156.32,  50.73,  "1945-08-17", "northern-kurils", "japan",  PLAIN),
    ("Shumshu",            156.32,  50.73,  "1945-08-20", "northern-kurils", "japan",  CONTESTED),
    ("Shumshu",            156.32,  50.73,  "1945-08-23", "northern-kurils", "russia", OCCUPIED),
    ("Paramushir",         155.75,  50.33,  "1870",       "northern-kurils", "russia", PLAIN),
    ("Simushir",           152.0,   46.95,  "1930",       "northern-kurils", "japan",  PLAIN),
    ("Nemuro, Hokkaido",   145.58,  43.33,  "1950",       "hokkaido",        "japan",  PLAIN),
    ("Petropavlovsk",      158.65,  53.02,  "1950",       "kamchatka",       "russia", PLAIN),
];

/// Yuzhno-Sakhalinsk was Toyohara under Japan.
#[rustfmt::skip]
const SAKHALIN: &[Probe] = &[
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1860",    "southern-sakhalin", "joint",  PLAIN),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1880",    "southern-sakhalin", "russia", PLAIN),
    // Fought over from the landing of 7 July 1905 to Lyapunov's capitulation of 31 July.
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1905-07-15", "southern-sakhalin", "russia", CONTESTED),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1905-08", "southern-sakhalin", "japan",  OCCUPIED),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1910",    "southern-sakhalin", "japan",  PLAIN),
    // Fought over from 11 August 1945 until the last of the south fell on the 25th.
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1945-08-10", "southern-sakhalin", "japan", PLAIN),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1945-08-15", "southern-sakhalin", "japan", CONTESTED),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1945-08-25", "southern-sakhalin", "russia", OCCUPIED),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1945-12", "southern-sakhalin", "russia", OCCUPIED),
    ("Yuzhno-Sakhalinsk",  142.73, 46.95, "1946-06", "southern-sakhalin", "russia", PLAIN),
    ("Okha",               142.93, 53.57, "1860",    "northern-sakhalin", "joint",  PLAIN),
    ("Okha",               142.93, 53.57, "1905-07-20", "northern-sakhalin", "russia", PLAIN),
    ("Okha",               142.93, 53.57, "1905-07-28", "northern-sakhalin", "russia", CONTESTED),
    ("Okha",               142.93, 53.57, "1905-08-15", "northern-sakhalin", "japan",  OCCUPIED),
    ("Okha",               142.93, 53.57, "1910",    "northern-sakhalin", "russia", PLAIN),
    ("Okha",               142.93, 53.57, "1922",    "northern-sakhalin", "japan",  OCCUPIED),
    ("Okha",               142.93, 53.57, "1930",    "northern-sakhalin", "russia", PLAIN),
    ("just north of 50°N", 142.5,  50.05, "1930",    "northern-sakhalin", "russia", PLAIN),
    ("just south of 50°N", 142.5,  49.95, "1930",    "southern-sakhalin", "japan",  PLAIN),
];

#[rustfmt::skip]
const KHALKHIN_GOL: &[Probe] = &[
    ("the strip",              118.70, 47.75, "1930",    "khalkhin-gol-strip", "mongolia",  PLAIN),
    ("the strip",              118.70, 47.75, "1939-07", "khalkhin-gol-strip", "mongolia",  CONTESTED),
    ("the strip",              118.70, 47.75, "1950",    "khalkhin-gol-strip", "mongolia",  PLAIN),
    ("Khamar-Daba, west bank", 118.52, 47.72, "1939-07", "mongolian-side",     "mongolia",  PLAIN),
    ("east of Nomonhan",       119.0,  47.85, "1930",    "manchurian-side",    "china",     PLAIN),
    ("east of Nomonhan",       119.0,  47.85, "1939-07", "manchurian-side",    "manchukuo", PLAIN),
    // Fought over from the Soviet invasion of 9 August 1945 to the end of its main operations.
    ("east of Nomonhan",       119.0,  47.85, "1945-08-15", "manchurian-side",  "manchukuo", CONTESTED),
    ("east of Nomonhan",       119.0,  47.85, "1945-08-20", "manchurian-side",  "russia",    OCCUPIED),
    ("east of Nomonhan",       119.0,  47.85, "1945-10", "manchurian-side",    "russia",    OCCUPIED),
    ("east of Nomonhan",       119.0,  47.85, "1950",    "manchurian-side",    "china",     PLAIN),
];

/// How the map fills a unit held this way by this party.
fn pattern_of(
    kind: Option<ControlKind>,
    holder: Option<Party>,
    parties: &Parties,
) -> Option<Pattern> {
    match kind {
        Some(Occupation) => Some(Pattern::Occupation),
        Some(Contested) => Some(Pattern::Contested),
        None => holder
            .filter(|&p| parties.is_joint(p))
            .map(|_| Pattern::Joint),
    }
}

/// Each place lies in its unit, held by its party in its way on its day, and the map's status
/// of that unit says the same.
fn check(probes: &[Probe]) {
    let (t, c, parties) = (territories(), claims(), config().parties);
    let index = StatusIndex::new(&t, &c, &parties);
    for &(what, lon, lat, date, unit, holder, kind) in probes {
        let on = day(date);
        let (found, held) = t
            .unit_at(Point::new(lon, lat), on)
            .unwrap_or_else(|| panic!("{what} ({lon}, {lat}) is in no unit"));
        assert_eq!(found.id, unit, "{what}");
        let holder = (!holder.is_empty()).then(|| {
            parties
                .find(holder)
                .unwrap_or_else(|| panic!("no party {holder}"))
        });
        assert_eq!(held.map(|c| c.party), holder, "{what} on {date}");
        assert_eq!(held.and_then(|c| c.kind), kind, "{what} on {date}");
        let i = t.units.iter().position(|u| u.id == unit).unwrap();
        let status = index.status(&t, &c, i, on);
        assert_eq!(status.party, holder, "the map's {unit} on {date}");
        let pattern = pattern_of(kind, holder, &parties);
        assert_eq!(status.pattern, pattern, "the map's {unit} on {date}");
    }
}

#[test]
fn kuril_places_change_hands_on_their_days() {
    check(KURILS);
}

#[test]
fn sakhalin_places_change_hands_on_their_days() {
    check(SAKHALIN);
}

#[test]
fn khalkhin_gol_places_change_hands_on_their_days() {
    check(KHALKHIN_GOL);
}

#[test]
fn the_sea_and_context_land_are_in_no_unit() {
    let t = territories();
    for (what, lon, lat) in [
        ("Sea of Okhotsk", 148.0, 50.0),
        ("Pacific, east of Iturup", 150.0, 44.5),
        ("Nemuro Strait", 145.3, 43.85),
        ("Vladivostok (context land)", 131.9, 43.12),
    ] {
        assert!(
            t.unit_at(Point::new(lon, lat), day("1950")).is_none(),
            "{what} should be in no unit"
        );
    }
}

/// One controller on every day from a unit's first date to the tests' today: checked day by day
/// against a linear count of the intervals, independent of the binary search.
#[test]
fn exactly_one_controller_every_day_to_today() {
    for unit in territories().iter() {
        let mut d = unit.first_day();
        assert!(unit.controller_at(d.plus(-1)).is_none(), "{}", unit.id);
        while d <= TODAY {
            let holders = unit.control.iter().filter(|c| c.contains(d)).count();
            assert_eq!(holders, 1, "{} on {d}: {holders} controllers", unit.id);
            let found = unit.controller_at(d).expect("controller");
            assert!(found.contains(d));
            d = d.plus(1);
        }
        assert!(unit.control.last().unwrap().until.is_none(), "{}", unit.id);
    }
}

#[test]
fn every_change_of_hands_and_claim_points_to_a_recorded_event() {
    let r = record();
    let mut missing = Vec::new();
    for unit in territories().iter() {
        for c in &unit.control {
            match c.event.as_deref() {
                Some(event) if r.get(event).is_none() => {
                    missing.push(format!("{event} ({})", unit.id));
                }
                None if c.reference.is_none() => {
                    missing.push(format!("no event nor reference ({}, {})", unit.id, c.from));
                }
                _ => {}
            }
        }
    }
    for c in claims().iter() {
        if r.get(&c.event).is_none() {
            missing.push(format!("{} ({})", c.event, c.id));
        }
    }
    assert!(missing.is_empty(), "events not in events.json: {missing:?}");
}

/// How the tooltip and the table tell each holder: by its event, or as background — since a
/// date a reference gives, held already when the record opens, or under no state's rule.
#[test]
fn holders_before_the_documents_are_told_as_background() {
    use atlas_model::holding::Holding;
    let atlas = crate::kit::data::whole_atlas();
    let unit = |id: &str| {
        atlas
            .territories
            .units
            .iter()
            .position(|u| u.id == id)
            .unwrap()
    };
    let holding = |id: &str, date: &str| {
        let i = unit(id);
        let k = atlas.territories.units[i]
            .control
            .iter()
            .position(|c| c.contains(day(date)))
            .unwrap();
        Holding::of(atlas, i, k).unwrap()
    };
    let party = |id: &str| atlas.config.parties.find(id).unwrap();
    assert!(matches!(
        holding("iturup", "1790"),
        Holding::NoState { until: Some(u), reference } if u.to_string() == "1799" && reference.contains("Stephan")
    ));
    assert!(matches!(
        holding("hokkaido", "1800"),
        Holding::Background { party: p, from, .. } if p == party("japan") && from.to_string() == "1604"
    ));
    assert!(matches!(
        holding("kunashir", "1790"),
        Holding::Background { from, .. } if from.to_string() == "1754"
    ));
    assert!(matches!(
        holding("kamchatka", "1900"),
        Holding::AtStart { party: p, first, .. } if p == party("russia") && first.to_string() == "1786"
    ));
    assert!(matches!(
        holding("iturup", "1900"),
        Holding::ByEvent {
            event_id: "shogunate-direct-rule-of-east-ezo-1799",
            event: Some(_),
            ..
        }
    ));
    // Every unit has a holder from the slider's first date.
    for u in atlas.territories.iter() {
        assert!(
            u.controller_at(atlas.first_day).is_some(),
            "{} in 1786",
            u.id
        );
    }
}
