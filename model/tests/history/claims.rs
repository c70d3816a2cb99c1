//! The claims in force on each day, the land they cover, and the disputes the map marks.

use crate::kit::data::{claims, config, territories};
use crate::kit::days::day;
use atlas_model::status::StatusIndex;
use atlas_model::{Claim, ClaimKind};
use geo::{Contains, CoordsIter, Geometry, Point};

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
    // 1952-1956 (from the San Francisco treaty's entry into force): Shikotan and the Habomai claimed; Iturup and Kunashir renounced, undetermined.
    for (unit, by) in [
        ("shikotan", party("japan")),
        ("habomai", party("japan")),
        ("iturup", None),
        ("kunashir", None),
    ] {
        assert_eq!(disputed_by(unit, "1953"), by, "{unit} in 1953");
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
        listed("japan", ClaimKind::Claim, "1953-01-01"),
        sorted(&["shikotan", "habomai"])
    );
    assert_eq!(
        listed("japan", ClaimKind::Undetermined, "1953-01-01"),
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
        // The renunciation took effect with the treaty's entry into force, not its signature.
        ("japan-claim-kurils-sakhalin-1946", "1951-09-08", true),
        ("japan-claim-kurils-sakhalin-1946", "1952-04-28", false),
        ("japan-claim-two-islands", "1951-09-08", false),
        ("japan-claim-two-islands", "1952-04-28", true),
        ("declaration-1956-transfer", "1956-10-19", false),
        ("declaration-1956-transfer", "1956-12-12", true),
        ("russia-claim-kurils-1786", "1800", true),
        ("russia-claim-kurils-1786", "1855-02-07", false),
        ("kawana-proposal-1998", "1998-06", true),
        ("kawana-proposal-1998", "1999", false),
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
            | ClaimKind::Undetermined
            | ClaimKind::Recognition => {}
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
