//! Who held and who claimed each place on each day, in the committed geography: places checked
//! against the unit they lie in and its holder, the map's status of those units, the claims in
//! force, each side's map, and the events every change of hands points to.

mod common;

use atlas_model::perspective::{Perspectives, Standing};
use atlas_model::status::{Pattern, StatusIndex};
use atlas_model::ControlKind::{self, Contested, Occupation};
use atlas_model::{Claim, ClaimKind, Parties, Party};
use common::{claims, config, day, record, territories, today};
use geo::{Contains, CoordsIter, Geometry, Point};

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
    ("Iturup",             147.62,  45.03,  "1800",       "iturup",          "",       PLAIN),
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

/// A unit is marked disputed while another party's claim of kind "claim" lists it: Japan's title
/// to all the Kurils until San Francisco, then to two islands, then to four; the Soviet claim of
/// Yalta; the Chinese claims to Outer Mongolia and Manchuria; the Manchukuo river line. Offers,
/// treaty commitments, undetermined land and treaty lines mark nothing, nor does a claim on land
/// its claimant holds.
#[test]
fn the_map_marks_disputed_land_where_another_party_claims_it() {
    let (t, c, parties) = (territories(), claims(), config().parties);
    let index = StatusIndex::new(&t, &c, &parties);
    let party = |id: &str| parties.find(id);
    let disputed_by = |unit: &str, date: &str| {
        let i = t.units.iter().position(|u| u.id == unit).unwrap();
        index.status(&t, &c, i, day(date)).disputed_by
    };
    for unit in ["iturup", "kunashir", "shikotan", "habomai"] {
        assert_eq!(disputed_by(unit, "1930"), None, "{unit} in 1930");
        assert_eq!(disputed_by(unit, "1950"), party("japan"), "{unit} in 1950");
        assert_eq!(disputed_by(unit, "1960"), party("japan"), "{unit} in 1960");
        assert_eq!(disputed_by(unit, "2020"), party("japan"), "{unit} in 2020");
    }
    // 1951-1956: Shikotan and the Habomai claimed; Iturup and Kunashir renounced, undetermined.
    for (unit, by) in [
        ("shikotan", party("japan")),
        ("habomai", party("japan")),
        ("iturup", None),
        ("kunashir", None),
    ] {
        assert_eq!(disputed_by(unit, "1952"), by, "{unit} in 1952");
    }
    for (unit, date, by) in [
        ("urup", "1950", party("japan")),
        ("urup", "2020", None),
        ("northern-kurils", "1945-03", party("russia")),
        ("northern-kurils", "2020", None),
        ("southern-sakhalin", "1860", None),
        ("southern-sakhalin", "1945-03", party("russia")),
        ("southern-sakhalin", "1945-08-15", party("russia")),
        ("southern-sakhalin", "1950", party("japan")),
        ("southern-sakhalin", "1955", None),
        ("khalkhin-gol-strip", "1930", party("china")),
        ("khalkhin-gol-strip", "1936", party("manchukuo")),
        ("khalkhin-gol-strip", "1939-07", party("manchukuo")),
        ("khalkhin-gol-strip", "1950", None),
        ("mongolian-side", "1939-07", party("china")),
        ("mongolian-side", "1950", None),
        ("manchurian-side", "1930", None),
        ("manchurian-side", "1939-07", party("china")),
        ("manchurian-side", "1945-10", party("china")),
        ("manchurian-side", "1950", None),
    ] {
        assert_eq!(disputed_by(unit, date), by, "{unit} on {date}");
    }
}

/// The units a party's claims of one kind list on a day, in file order, each once.
fn listed(party: &str, kind: ClaimKind, date: &str) -> Vec<String> {
    let (c, p) = (claims(), config().parties.find(party).unwrap());
    let mut units: Vec<String> = Vec::new();
    for claim in c
        .active_at(day(date))
        .filter(|c| c.party == p && c.kind == kind)
    {
        for u in &claim.units {
            if !units.contains(u) {
                units.push(u.clone());
            }
        }
    }
    units.sort();
    units
}

fn sorted(units: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = units.iter().map(|u| u.to_string()).collect();
    v.sort();
    v
}

/// Japan's claims through time: all it held until San Francisco (it never recognised the
/// annexation), then Shikotan and the Habomai only (Etorofu and Kunashiri it counted among the
/// renounced Kurils), and from February 1956 the four islands; what it renounced it holds to be
/// no one's yet.
#[test]
fn japans_claims_go_from_all_to_two_to_four_islands() {
    let all = [
        "iturup",
        "kunashir",
        "shikotan",
        "habomai",
        "urup",
        "northern-kurils",
        "southern-sakhalin",
    ];
    assert_eq!(listed("japan", ClaimKind::Claim, "1946-02-01"), sorted(&[]));
    assert_eq!(
        listed("japan", ClaimKind::Claim, "1950-01-01"),
        sorted(&all)
    );
    assert_eq!(
        listed("japan", ClaimKind::Claim, "1952-01-01"),
        sorted(&["shikotan", "habomai"])
    );
    assert_eq!(
        listed("japan", ClaimKind::Undetermined, "1952-01-01"),
        sorted(&[
            "iturup",
            "kunashir",
            "urup",
            "northern-kurils",
            "southern-sakhalin"
        ])
    );
    assert_eq!(
        listed("japan", ClaimKind::Claim, "1956-02-10"),
        sorted(&["shikotan", "habomai"])
    );
    for date in ["1956-02-11", "1957-01-01", "2020-01-01"] {
        assert_eq!(
            listed("japan", ClaimKind::Claim, date),
            sorted(&["iturup", "kunashir", "shikotan", "habomai"]),
            "{date}"
        );
        assert_eq!(
            listed("japan", ClaimKind::Undetermined, date),
            sorted(&["urup", "northern-kurils", "southern-sakhalin"]),
            "{date}"
        );
    }
    // The Soviet claim from Yalta to the annexation decree.
    assert_eq!(
        listed("russia", ClaimKind::Claim, "1945-02-10"),
        sorted(&[])
    );
    assert_eq!(
        listed("russia", ClaimKind::Claim, "1945-06-01"),
        sorted(&all)
    );
    assert_eq!(
        listed("russia", ClaimKind::Claim, "1946-02-02"),
        sorted(&[])
    );
    // China: Outer Mongolia until it recognised it, Manchuria while Manchukuo and the Soviet
    // army held it.
    assert_eq!(
        listed("china", ClaimKind::Claim, "1936-01-01"),
        sorted(&["khalkhin-gol-strip", "mongolian-side", "manchurian-side"])
    );
    assert_eq!(
        listed("china", ClaimKind::Claim, "1946-01-05"),
        sorted(&["manchurian-side"])
    );
    assert_eq!(listed("china", ClaimKind::Claim, "1946-05-03"), sorted(&[]));
    // Manchukuo's river line claims the strip.
    assert_eq!(
        listed("manchukuo", ClaimKind::Claim, "1936-01-01"),
        sorted(&["khalkhin-gol-strip"])
    );
    assert_eq!(
        listed("manchukuo", ClaimKind::Claim, "1941-01-01"),
        sorted(&[])
    );
}

/// Each side's map on a day: its own claims, the land it renounced as no one's, and otherwise
/// the holder, where an occupier counts as the holder before it.
#[test]
fn each_side_sees_its_own_map() {
    let (t, c, parties) = (territories(), claims(), config().parties);
    let p = Perspectives::new(&t, &c);
    let party = |id: &str| parties.find(id).unwrap();
    let view = |side: &str, unit: &str, date: &str| {
        let i = t.units.iter().position(|u| u.id == unit).unwrap();
        let v = p.view(&t, &c, party(side), i, day(date)).unwrap();
        (v.rightful.map(|r| parties.key(r).to_string()), v.standing)
    };
    let own = |id: &str, standing| (Some(id.to_string()), standing);
    use Standing::{Another, Own, OwnHeldByAnother, Undetermined};
    for (side, unit, date, expected) in [
        // Southern Sakhalin while it was fought over: Japan's, claimed by the USSR since Yalta.
        (
            "japan",
            "southern-sakhalin",
            "1945-08-15",
            own("japan", Own),
        ),
        (
            "russia",
            "southern-sakhalin",
            "1945-08-15",
            own("russia", OwnHeldByAnother),
        ),
        (
            "china",
            "southern-sakhalin",
            "1945-08-15",
            own("japan", Another),
        ),
        // Occupied in 1905: still Russia's in Russia's view, and in Japan's until Portsmouth.
        (
            "russia",
            "southern-sakhalin",
            "1905-08-15",
            own("russia", OwnHeldByAnother),
        ),
        (
            "japan",
            "southern-sakhalin",
            "1905-08-15",
            own("russia", Another),
        ),
        // The Kurils under Soviet occupation, then annexed.
        (
            "japan",
            "iturup",
            "1945-10-01",
            own("japan", OwnHeldByAnother),
        ),
        ("russia", "iturup", "1945-10-01", own("russia", Own)),
        (
            "japan",
            "iturup",
            "1948-01-01",
            own("japan", OwnHeldByAnother),
        ),
        ("china", "iturup", "1948-01-01", own("russia", Another)),
        // After San Francisco: two islands claimed, the rest no one's, until 1956.
        (
            "japan",
            "shikotan",
            "1952-01-01",
            own("japan", OwnHeldByAnother),
        ),
        ("japan", "iturup", "1952-01-01", (None, Undetermined)),
        (
            "japan",
            "southern-sakhalin",
            "1952-01-01",
            (None, Undetermined),
        ),
        (
            "japan",
            "iturup",
            "1957-01-01",
            own("japan", OwnHeldByAnother),
        ),
        ("japan", "urup", "2020-01-01", (None, Undetermined)),
        ("russia", "iturup", "2020-01-01", own("russia", Own)),
        // The Khalkhin Gol theatre.
        (
            "manchukuo",
            "khalkhin-gol-strip",
            "1936-01-01",
            own("manchukuo", OwnHeldByAnother),
        ),
        (
            "manchukuo",
            "khalkhin-gol-strip",
            "1941-01-01",
            own("mongolia", Another),
        ),
        (
            "mongolia",
            "khalkhin-gol-strip",
            "1939-07-01",
            own("mongolia", Own),
        ),
        (
            "china",
            "khalkhin-gol-strip",
            "1936-01-01",
            own("china", OwnHeldByAnother),
        ),
        (
            "china",
            "mongolian-side",
            "1946-01-05",
            own("mongolia", Another),
        ),
        (
            "china",
            "manchurian-side",
            "1936-01-01",
            own("china", OwnHeldByAnother),
        ),
        (
            "china",
            "manchurian-side",
            "1945-10-01",
            own("china", OwnHeldByAnother),
        ),
        ("china", "manchurian-side", "1950-01-01", own("china", Own)),
        (
            "manchukuo",
            "manchurian-side",
            "1945-08-15",
            own("manchukuo", Own),
        ),
    ] {
        assert_eq!(
            view(side, unit, date),
            expected,
            "{side}'s map: {unit} on {date}"
        );
    }
}

/// One controller on every day from a unit's first date to today: checked day by day against
/// a linear count of the intervals, independent of the binary search.
#[test]
fn exactly_one_controller_every_day_to_today() {
    let today = today();
    for unit in territories().iter() {
        let mut d = unit.first_day();
        assert!(unit.controller_at(d.plus(-1)).is_none(), "{}", unit.id);
        while d <= today {
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
            if r.get(&c.event).is_none() {
                missing.push(format!("{} ({})", c.event, unit.id));
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

#[test]
fn claims_are_in_force_on_their_days() {
    let c = claims();
    let active = |id: &str, date: &str| c.active_at(day(date)).any(|c| c.id == id);
    for (id, date, expected) in [
        ("shimoda-border-1855", "1860", true),
        ("shimoda-border-1855", "1900", false),
        ("st-petersburg-border-1875", "1900", true),
        ("portsmouth-50th-parallel-1905", "1930", true),
        ("portsmouth-50th-parallel-1905", "1950", false),
        ("st-petersburg-border-1875", "1945-08-22", true),
        ("st-petersburg-border-1875", "1945-08-23", false),
        ("soviet-claim-yalta-1945", "1945-02-11", true),
        ("soviet-claim-yalta-1945", "1946-02-02", false),
        ("japan-claim-kurils-sakhalin-1946", "1946-02-02", true),
        ("japan-claim-kurils-sakhalin-1946", "1951-09-08", false),
        ("japan-claim-two-islands", "1951-09-08", true),
        ("japan-claim-two-islands", "1956-02-11", false),
        ("japan-undetermined-1951", "1955", true),
        ("japan-claim-four-islands", "1955", false),
        ("japan-claim-four-islands", "1956-02-11", true),
        ("japan-undetermined-1956", "2019", true),
        ("declaration-1956-transfer", "1958", true),
        ("declaration-1956-transfer", "1961", false),
        ("declaration-1956-basis", "1995", false),
        ("declaration-1956-basis", "2019", true),
        ("japan-claim-four-islands", "2019", true),
        ("manchukuo-claim-khalkhin-gol", "1936", true),
        ("manchukuo-claim-khalkhin-gol", "1939-07", true),
        ("manchukuo-claim-khalkhin-gol", "1941", false),
        ("mongolian-claim-nomonhan", "1939-07", true),
        ("mongolian-claim-nomonhan", "1941", false),
        ("khalkhin-gol-demarcation-1940", "1950", true),
        ("khalkhin-gol-demarcation-1940", "1963", false),
        ("sino-mongolian-border-1962", "1962-12-25", false),
        ("sino-mongolian-border-1962", "1963", true),
        ("china-claim-outer-mongolia", "1939-07", true),
        ("china-claim-outer-mongolia", "1946-01-05", false),
        ("china-claim-manchuria", "1945-10", true),
        ("china-claim-manchuria", "1946-05-03", false),
    ] {
        assert_eq!(active(id, date), expected, "{id} on {date}");
    }
}

#[test]
fn claimed_areas_cover_the_islands_they_name() {
    let c = claims();
    let get = |id: &str| -> &Claim { c.get(id).unwrap_or_else(|| panic!("no claim {id}")) };
    let covers = |id: &str, lon: f64, lat: f64| get(id).geometry.contains(&Point::new(lon, lat));
    for (what, lon, lat) in [
        ("Iturup", 147.62, 45.03),
        ("Kunashir", 145.85, 44.12),
        ("Shikotan", 146.75, 43.80),
        ("Zeleny", 146.136, 43.508),
        ("Anuchina", 146.003, 43.369),
    ] {
        let four = covers("japan-claim-four-islands", lon, lat);
        assert!(four, "Japan's claim lacks {what}");
    }
    let four = "japan-claim-four-islands";
    assert!(!covers(four, 145.58, 43.33), "Japan's claim covers Nemuro");
    assert!(!covers(four, 150.0, 45.9), "Japan's claim covers Urup");
    let two = "declaration-1956-transfer";
    assert!(covers(two, 146.75, 43.80) && covers(two, 146.136, 43.508));
    // A ratified treaty's promise, not a mere offer.
    for id in ["declaration-1956-transfer", "declaration-1956-basis"] {
        assert_eq!(get(id).kind, ClaimKind::Commitment, "{id}");
    }
    // The areas of what was claimed at Yalta and renounced at San Francisco cover southern
    // Sakhalin up to the 50th parallel, not beyond, and the Kurils, not Hokkaido.
    for id in ["soviet-claim-yalta-1945", "japan-undetermined-1956"] {
        assert!(covers(id, 142.73, 46.95), "{id} lacks Yuzhno-Sakhalinsk");
        assert!(covers(id, 142.5, 49.95), "{id} stops short of 50°N");
        assert!(!covers(id, 142.5, 50.05), "{id} crosses 50°N");
        assert!(covers(id, 156.32, 50.73), "{id} lacks Shumshu");
        assert!(!covers(id, 145.58, 43.33), "{id} covers Nemuro");
        assert!(!covers(id, 158.65, 53.02), "{id} covers Kamchatka");
    }
    assert!(covers("soviet-claim-yalta-1945", 147.62, 45.03));
    assert!(
        !covers("japan-undetermined-1956", 147.62, 45.03),
        "Iturup is claimed from 1956"
    );
    assert!(
        covers("japan-undetermined-1951", 147.62, 45.03),
        "Iturup was renounced in 1951"
    );
    assert!(
        !covers("japan-undetermined-1951", 146.75, 43.80),
        "Shikotan was claimed in 1951"
    );
    assert!(
        !covers(two, 145.85, 44.12),
        "the 1956 offer covers Kunashir"
    );
    for c in c.iter() {
        match c.kind {
            ClaimKind::TreatyBorder | ClaimKind::Demarcation => assert!(c.is_line(), "{}", c.id),
            ClaimKind::Claim
            | ClaimKind::Proposal
            | ClaimKind::Commitment
            | ClaimKind::Undetermined => {}
        }
    }
    // The 50th parallel line lies on 50°N.
    let line = &get("portsmouth-50th-parallel-1905").geometry;
    assert!(line.coords_iter().all(|p| (p.y - 50.0).abs() < 1e-9));
}

/// An area lists exactly the units whose label point it holds; a claimed line lists the units on
/// the claimant's side that it disputes, and runs along their edge; other lines list none.
#[test]
fn claims_list_exactly_the_units_they_cover() {
    let t = territories();
    let c = claims();
    for claim in c.iter() {
        match &claim.geometry {
            Geometry::Polygon(_) | Geometry::MultiPolygon(_) => {
                let covered: Vec<String> = t
                    .iter()
                    .filter(|u| {
                        let (lon, lat) = u.label.unwrap();
                        claim.geometry.contains(&Point::new(lon, lat))
                    })
                    .map(|u| u.id.clone())
                    .collect();
                assert_eq!(claim.units, covered, "{}", claim.id);
            }
            line => {
                if !matches!(claim.kind, ClaimKind::Claim | ClaimKind::Undetermined) {
                    assert!(claim.units.is_empty(), "{}", claim.id);
                }
                for id in &claim.units {
                    let unit = t
                        .get(id)
                        .unwrap_or_else(|| panic!("{}: no unit {id}", claim.id));
                    let edge: Vec<_> = unit.geometry.coords_iter().collect();
                    assert!(
                        line.coords_iter().all(|p| edge.contains(&p)),
                        "{}: the line leaves the edge of {id}",
                        claim.id
                    );
                }
            }
        }
    }
    let four = &c.get("japan-claim-four-islands").unwrap().units;
    assert_eq!(four, &["iturup", "kunashir", "shikotan", "habomai"]);
    for id in ["manchukuo-claim-khalkhin-gol", "mongolian-claim-nomonhan"] {
        assert_eq!(c.get(id).unwrap().units, ["khalkhin-gol-strip"], "{id}");
    }
}
