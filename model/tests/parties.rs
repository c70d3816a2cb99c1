//! The parties of the committed `atlas.json`: a side's map only on the days the side existed,
//! and the land of no state drawn apart from land with no recorded holder and from land held
//! in common.

mod kit;

use atlas_model::Lang;
use atlas_model::{Moment, PartyNames};
use kit::data::{config, party, whole_atlas};
use kit::days::day;

#[test]
fn a_side_that_did_not_exist_on_the_day_is_drawn_as_it_was() {
    let atlas = whole_atlas();
    let manchukuo = party("manchukuo");
    for (date, exists) in [
        ("1931-06-01", false),
        ("1939-07-01", true),
        ("1946-01-01", false),
    ] {
        let moment = Moment::at(atlas, day(date), Some(manchukuo));
        let as_it_was = Moment::at(atlas, day(date), None);
        if exists {
            assert_eq!(moment.side, Some(manchukuo), "{date}");
            assert_eq!(moment.absent_side, None, "{date}");
        } else {
            assert_eq!(moment.side, None, "{date}");
            assert_eq!(moment.absent_side, Some(manchukuo), "{date}");
            for unit in 0..atlas.territories.units.len() {
                assert_eq!(moment.drawn(unit), as_it_was.drawn(unit), "{date}");
                assert_eq!(moment.view(unit), None, "{date}");
            }
        }
    }
    // Between the Bogd Khanate's end and the People's Government, no Mongolian side.
    let mongolia = party("mongolia");
    assert_eq!(
        Moment::at(atlas, day("1920-06-01"), Some(mongolia)).side,
        None
    );
    assert_eq!(
        Moment::at(atlas, day("1936-06-01"), Some(mongolia)).side,
        Some(mongolia)
    );
}

#[test]
fn the_names_follow_the_states_of_the_day() {
    let parties = &config().parties;
    let names = |date, lang| PartyNames::at(parties, day(date), lang);
    let russia = party("russia");
    assert_eq!(
        names("1917-05-01", Lang::En).name(russia),
        "Russia (Provisional Government)"
    );
    assert_eq!(
        names("1920-01-01", Lang::Ru).name(russia),
        "Россия (революция и Гражданская война)"
    );
    assert_eq!(names("1930-01-01", Lang::Ja).name(russia), "ソビエト連邦");
    let mongolia = party("mongolia");
    assert_eq!(
        names("1915-01-01", Lang::Ru).name(mongolia),
        "Богдо-ханская Монголия"
    );
    assert_eq!(
        names("1923-01-01", Lang::En).in_text(mongolia),
        "the Mongolian People's Government"
    );
    assert_eq!(
        names("1930-01-01", Lang::En).name(mongolia),
        "Mongolian People's Republic"
    );
    assert_eq!(
        names("1990-01-01", Lang::Ja).name(party("joint")),
        "日露両国（共同）"
    );
    assert_eq!(
        names("1990-01-01", Lang::En).name(party("china-mongolia")),
        "China and Mongolia (shared border line)"
    );
}

/// The WCAG relative luminance of `#rrggbb`.
fn luminance(colour: &str) -> f64 {
    let hex = colour.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// CIE L*a*b* of `#rrggbb` (D65).
fn lab(colour: &str) -> [f64; 3] {
    let hex = colour.trim_start_matches('#');
    let lin = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (lin(0), lin(2), lin(4));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    [
        116.0 * f(y) - 16.0,
        500.0 * (f(x) - f(y)),
        200.0 * (f(y) - f(z)),
    ]
}

fn difference(a: &str, b: &str) -> f64 {
    let (p, q) = (lab(a), lab(b));
    (0..3).map(|i| (p[i] - q[i]).powi(2)).sum::<f64>().sqrt()
}

#[test]
fn the_land_of_no_state_is_told_apart_from_unrecorded_and_joint_land() {
    let config = config();
    let parties = &config.parties;
    let indigenous = parties.info(party("indigenous")).unwrap();
    assert!(!parties.is_side(party("indigenous")));
    // Its edge stands out from its fill as a graphic must (WCAG 1.4.11: 3:1).
    let edge = contrast(&indigenous.colour, &indigenous.edge);
    assert!(edge >= 3.0, "edge contrast {edge:.2}");
    // Its fill is plainly another colour (CIE76 ΔE ≥ 15) than land with no recorded holder,
    // land held in common, and every state's land.
    for (what, other) in [
        ("no holder recorded", config.unrecorded.colour.clone()),
        (
            "joint",
            parties.info(party("joint")).unwrap().colour.clone(),
        ),
    ]
    .into_iter()
    .chain(
        parties
            .sides()
            .map(|p| (parties.key(p), parties.info(p).unwrap().colour.clone())),
    ) {
        let d = difference(&indigenous.colour, &other);
        assert!(d >= 15.0, "ΔE {d:.1} from {what}");
    }
}
