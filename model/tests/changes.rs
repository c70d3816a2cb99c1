//! What changed between two moments, worked out from the committed data: across the Treaty of
//! Portsmouth, across the whole war of 1905, between Japan's and the Soviet Union's maps of one
//! day; and, for any two days and sides, exactly the units whose state differs.

mod kit;

use atlas_model::perspective::Standing;
use atlas_model::status::Pattern;
use atlas_model::{Atlas, Changes, Day, Moment, Party, UnitChange};
use kit::arbitrary::cases;
use kit::data::{party, unit, whole_atlas};
use kit::days::{day, TODAY};
use proptest::prelude::*;
use proptest::sample::select;

fn ids(atlas: &Atlas, changes: &Changes) -> Vec<String> {
    changes
        .iter()
        .map(|c| atlas.territories.units[c.unit].id.clone())
        .collect()
}

fn event_ids(atlas: &Atlas, change: &UnitChange) -> Vec<String> {
    change
        .events
        .iter()
        .map(|&e| atlas.event(e).expect("an event of the record").id.clone())
        .collect()
}

fn between(iso_a: &str, iso_b: &str) -> Changes {
    let atlas = whole_atlas();
    let a = Moment::at(atlas, day(iso_a), None);
    let b = Moment::at(atlas, day(iso_b), None);
    Changes::between(atlas, &a, &b)
}

#[test]
fn the_treaty_of_portsmouth_ends_the_occupation_of_southern_sakhalin() {
    let atlas = whole_atlas();
    let changes = between("1905-09-04", "1905-09-06");
    assert_eq!(changes.days, (day("1905-09-04"), day("1905-09-06")));
    assert_eq!(changes.sides, (None, None));
    // The treaty also hands the north back to Russia.
    assert_eq!(
        ids(atlas, &changes),
        ["southern-sakhalin", "northern-sakhalin"]
    );
    let south = changes.of(unit(atlas, "southern-sakhalin")).unwrap();
    let japan = Some(party("japan"));
    assert_eq!(south.holder, (japan, japan));
    assert_eq!(south.pattern, (Some(Pattern::Occupation), None));
    assert_eq!(event_ids(atlas, south), ["treaty-of-portsmouth-1905"]);
    let kinds = south.kinds();
    assert!(kinds.pattern && !kinds.holder && !kinds.claims && !kinds.view);
    let north = changes.of(unit(atlas, "northern-sakhalin")).unwrap();
    assert_eq!(north.holder, (japan, Some(party("russia"))));
    assert_eq!(event_ids(atlas, north), ["treaty-of-portsmouth-1905"]);
}

#[test]
fn across_the_war_southern_sakhalin_passes_to_japan_by_occupation_then_treaty() {
    let atlas = whole_atlas();
    let changes = between("1905-06-01", "1905-09-06");
    let south = changes.of(unit(atlas, "southern-sakhalin")).unwrap();
    assert_eq!(south.holder, (Some(party("russia")), Some(party("japan"))));
    assert_eq!(south.pattern, (None, None));
    assert!(south.claims_gained.is_empty() && south.claims_lost.is_empty());
    assert_eq!(
        event_ids(atlas, south),
        [
            "japanese-occupation-of-sakhalin-1905",
            "treaty-of-portsmouth-1905"
        ]
    );
    // In date order.
    let days: Vec<Day> = south
        .events
        .iter()
        .map(|&e| atlas.record.events()[e].day())
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]));
    let kinds = south.kinds();
    assert!(kinds.holder && !kinds.pattern && !kinds.claims && !kinds.view);
    // Northern Sakhalin went back and forth: Russia's on both days, nothing to list.
    assert!(changes.of(unit(atlas, "northern-sakhalin")).is_none());
}

#[test]
fn japans_and_the_soviet_unions_maps_of_one_day_differ_on_the_disputed_islands() {
    let atlas = whole_atlas();
    let on = day("1960-01-01");
    let japan = Moment::at(atlas, on, Some(party("japan")));
    let ussr = Moment::at(atlas, on, Some(party("russia")));
    let changes = Changes::between(atlas, &japan, &ussr);
    assert_eq!(changes.sides, (Some(party("japan")), Some(party("russia"))));
    // The four islands Japan claims, and the lands whose title it holds undetermined.
    assert_eq!(
        ids(atlas, &changes),
        [
            "iturup",
            "kunashir",
            "shikotan",
            "habomai",
            "urup",
            "northern-kurils",
            "southern-sakhalin"
        ]
    );
    for id in ["iturup", "kunashir", "shikotan", "habomai"] {
        let change = changes.of(unit(atlas, id)).unwrap();
        let kinds = change.kinds();
        assert!(kinds.view, "{id}");
        assert!(!kinds.holder && !kinds.pattern && !kinds.claims, "{id}");
        assert!(change.events.is_empty(), "{id}");
        assert_eq!(
            change.drawn_as(),
            (Some(party("japan")), Some(party("russia"))),
            "{id}"
        );
        let (seen_by_japan, seen_by_ussr) = change.view;
        assert_eq!(
            seen_by_japan.unwrap().standing,
            Standing::OwnHeldByAnother,
            "{id}"
        );
        assert_eq!(seen_by_ussr.unwrap().standing, Standing::Own, "{id}");
    }
    // Where Japan recognised no one's title.
    let urup = changes.of(unit(atlas, "urup")).unwrap();
    assert_eq!(urup.drawn_as(), (None, Some(party("russia"))));
    // Both maps give Hokkaido to Japan, one as its own and one as another's: no change.
    assert!(changes.of(unit(atlas, "hokkaido")).is_none());
}

#[test]
fn a_sides_map_against_the_map_as_it_was_differs_where_the_side_claims() {
    let atlas = whole_atlas();
    let on = day("1960-01-01");
    let japan = Moment::at(atlas, on, Some(party("japan")));
    let as_it_was = Moment::at(atlas, on, None);
    let changes = Changes::between(atlas, &as_it_was, &japan);
    let iturup = changes.of(unit(atlas, "iturup")).unwrap();
    assert_eq!(
        iturup.drawn_as(),
        (Some(party("russia")), Some(party("japan")))
    );
    assert!(iturup.view.0.is_none() && iturup.view.1.is_some());
    assert!(iturup.kinds().view && !iturup.kinds().holder);
    assert!(changes.of(unit(atlas, "hokkaido")).is_none());
    // The Soviet Union's map draws the island as the map as it was does; only the mark of
    // Japan's dispute is not on it, and that is no change to the island.
    let ussr = Moment::at(atlas, on, Some(party("russia")));
    let changes = Changes::between(atlas, &as_it_was, &ussr);
    assert!(changes.of(unit(atlas, "iturup")).is_none());
}

#[test]
fn a_moment_against_itself_changes_nothing() {
    let atlas = whole_atlas();
    for side in [None, Some(party("japan"))] {
        let moment = Moment::at(atlas, day("1960-01-01"), side);
        let changes = Changes::between(atlas, &moment, &moment);
        assert!(changes.is_empty());
        assert_eq!(changes.len(), 0);
    }
}

#[test]
fn the_two_moments_reversed_give_the_mirror() {
    let atlas = whole_atlas();
    let forward = between("1905-06-01", "1905-09-06");
    let back = between("1905-09-06", "1905-06-01");
    assert!(!forward.is_empty());
    assert_eq!(back.days, (forward.days.1, forward.days.0));
    let mirrored: Vec<UnitChange> = forward.iter().map(UnitChange::reversed).collect();
    assert_eq!(back.units, mirrored);
    let south = unit(atlas, "southern-sakhalin");
    assert_eq!(
        back.of(south).unwrap().holder,
        (Some(party("japan")), Some(party("russia")))
    );
    assert_eq!(
        back.of(south).unwrap().events,
        forward.of(south).unwrap().events
    );
}

#[test]
fn claims_that_come_into_force_are_listed_with_the_event_that_made_them() {
    let atlas = whole_atlas();
    let changes = between("1951-01-01", "1957-01-01");
    let shikotan = changes.of(unit(atlas, "shikotan")).unwrap();
    let claim_ids = |list: &[usize]| -> Vec<&str> {
        list.iter()
            .map(|&c| atlas.claims.claims[c].id.as_str())
            .collect()
    };
    assert_eq!(
        claim_ids(&shikotan.claims_gained),
        ["japan-claim-four-islands", "declaration-1956-transfer"]
    );
    assert_eq!(
        claim_ids(&shikotan.claims_lost),
        ["japan-claim-kurils-sakhalin-1946"]
    );
    assert!(shikotan.kinds().claims && !shikotan.kinds().holder);
    // The claims made in the span, by their events in date order; the claim that lapsed was
    // made in 1946, before the span, and its event is not listed.
    assert_eq!(
        event_ids(atlas, shikotan),
        [
            "san-francisco-peace-treaty-1951",
            "japan-claims-kunashiri-and-etorofu-1956",
            "soviet-japanese-joint-declaration-1956"
        ]
    );
}

/// Days around the data's changes, across its whole span and beyond it.
fn a_day() -> impl Strategy<Value = Day> {
    let atlas = whole_atlas();
    let mut known: Vec<i32> = atlas.record.events().iter().map(|e| e.day().0).collect();
    for t in atlas.territories.iter() {
        known.extend(t.control.iter().map(|c| c.start().0));
    }
    for c in atlas.claims.iter() {
        known.push(c.start().0);
        known.extend(c.end().map(|e| e.0));
    }
    prop_oneof![
        3 => (select(known), -2..=2i32).prop_map(|(d, off)| Day(d + off)),
        2 => (day("1780").0..=TODAY.0 + 400).prop_map(Day),
        1 => select(&[i32::MIN, -1, 0, i32::MAX][..]).prop_map(Day),
    ]
}

/// As it was, or any party's side.
fn a_side() -> impl Strategy<Value = Option<Party>> {
    let mut sides = vec![None];
    sides.extend(whole_atlas().config.parties.all().map(Some));
    select(sides)
}

/// What a moment shows of unit `unit`: its status and the claims on it, and whose it is drawn
/// as and how; not which control interval it is in, how the side names its standing, nor the
/// mark of a dispute that only the map as it was draws (the status has the dispute).
fn state<'a>(
    atlas: &'a Atlas,
    m: &'a Moment,
    unit: usize,
) -> impl PartialEq + std::fmt::Debug + 'a {
    let (mut status, mut drawn) = (m.status(unit), m.drawn(unit));
    (status.interval, drawn.interval, drawn.disputed_by) = (None, None, None);
    let claims: Vec<&str> = m.claims_on(atlas, unit).map(|c| c.id.as_str()).collect();
    (status, drawn, claims)
}

/// The events that could have changed unit `unit` in the span: those of its control intervals
/// that began in it, and those of the claims naming it that began or ended in it.
fn possible_events(atlas: &Atlas, unit: usize, (earlier, later): (Day, Day)) -> Vec<usize> {
    let within = |d: Day| earlier < d && d <= later;
    let territory = &atlas.territories.units[unit];
    let control = territory.control.iter().filter(|c| within(c.start()));
    let claims = atlas.claims.iter().filter(|c| {
        c.units.contains(&territory.id) && (within(c.start()) || c.end().is_some_and(within))
    });
    control
        .filter_map(|c| c.event.as_deref())
        .chain(claims.map(|c| c.event.as_str()))
        .filter_map(|id| atlas.record.index_of(id))
        .collect()
}

fn check_one(
    atlas: &Atlas,
    a: &Moment,
    b: &Moment,
    changes: &Changes,
) -> Result<(), TestCaseError> {
    let (earlier, later) = (a.day.min(b.day), a.day.max(b.day));
    prop_assert!(changes.units.windows(2).all(|w| w[0].unit < w[1].unit));
    for i in 0..atlas.territories.units.len() {
        let differs = state(atlas, a, i) != state(atlas, b, i);
        let listed = changes.of(i);
        prop_assert_eq!(listed.is_some(), differs, "unit {}", i);
        let Some(change) = listed else { continue };
        prop_assert!(change.kinds().any());
        prop_assert_eq!(change.holder, (a.status(i).party, b.status(i).party));
        prop_assert_eq!(change.pattern, (a.status(i).pattern, b.status(i).pattern));
        prop_assert_eq!(change.view, (a.view(i), b.view(i)));
        prop_assert!(change.events.windows(2).all(|w| w[0] < w[1]));
        let possible = possible_events(atlas, i, (earlier, later));
        prop_assert!(change.events.iter().all(|e| possible.contains(e)));
        if earlier == later {
            prop_assert!(change.events.is_empty());
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(cases(256))]

    #[test]
    fn exactly_the_units_whose_state_differs_are_listed(
        day_a in a_day(),
        day_b in a_day(),
        side_a in a_side(),
        side_b in a_side(),
    ) {
        let atlas = whole_atlas();
        let a = Moment::at(atlas, day_a, side_a);
        let b = Moment::at(atlas, day_b, side_b);
        let changes = Changes::between(atlas, &a, &b);
        check_one(atlas, &a, &b, &changes)?;
        let back = Changes::between(atlas, &b, &a);
        let mirrored: Vec<UnitChange> = changes.iter().map(UnitChange::reversed).collect();
        prop_assert_eq!(&back.units, &mirrored);
        prop_assert!(Changes::between(atlas, &a, &a).is_empty());
        prop_assert!(Changes::between(atlas, &b, &b).is_empty());
    }
}
