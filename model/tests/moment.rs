//! What one day shows, worked out once from the committed data: the map, the table and the
//! legend all read it, and two moments stand side by side for two dates or two sides.

mod kit;

use atlas_model::status::Pattern;
use atlas_model::{Lang, Moment, PartyNames};
use kit::data::{config, party, unit, whole_atlas};
use kit::days::day;

#[test]
fn three_dates_side_by_side_show_the_occupation_and_the_treaty_of_portsmouth() {
    let atlas = whole_atlas();
    let south = unit(atlas, "southern-sakhalin");
    let before = Moment::at(atlas, day("1905-06-01"), None);
    let occupied = Moment::at(atlas, day("1905-09-04"), None);
    let after = Moment::at(atlas, day("1905-09-06"), None);
    assert_eq!(before.status(south).party, Some(party("russia")));
    assert_eq!(occupied.status(south).party, Some(party("japan")));
    assert_eq!(occupied.status(south).pattern, Some(Pattern::Occupation));
    assert_eq!(after.status(south).party, Some(party("japan")));
    assert_eq!(after.status(south).pattern, None);
    // The event that gave the unit its status is the treaty.
    let event = after.event_of(atlas, south).and_then(|e| atlas.event(e));
    assert_eq!(
        event.map(|e| e.id.as_str()),
        Some("treaty-of-portsmouth-1905")
    );
}

#[test]
fn two_sides_on_one_date_differ_where_their_claims_do() {
    let atlas = whole_atlas();
    let iturup = unit(atlas, "iturup");
    let japan = Moment::at(atlas, day("1960-01-01"), Some(party("japan")));
    let ussr = Moment::at(atlas, day("1960-01-01"), Some(party("russia")));
    let as_it_was = Moment::at(atlas, day("1960-01-01"), None);
    // Held by the Soviet Union in fact; Japan's own but held by another in Japan's map.
    assert_eq!(as_it_was.status(iturup).party, Some(party("russia")));
    assert_eq!(as_it_was.view(iturup), None);
    assert_eq!(japan.drawn(iturup).party, Some(party("japan")));
    assert_eq!(japan.drawn(iturup).pattern, Some(Pattern::Occupation));
    assert_eq!(ussr.drawn(iturup).party, Some(party("russia")));
    assert_eq!(ussr.drawn(iturup).pattern, None);
    // Japan's claim stands on the island that day, and the table names it.
    assert!(as_it_was
        .claims_on(atlas, iturup)
        .any(|c| c.party == party("japan")));
}

#[test]
fn the_legend_shows_only_what_is_in_view() {
    let atlas = whole_atlas();
    let moment = Moment::at(atlas, day("1960-01-01"), None);
    let kurils = atlas.view_box(atlas.config.find_view("kurils").unwrap());
    let khalkhin = atlas.view_box(atlas.config.find_view("khalkhin-gol").unwrap());
    let on_kurils = moment.on_screen(atlas, kurils);
    assert!(on_kurils.holds(Some(party("russia"))));
    assert!(on_kurils.disputed);
    assert!(!on_kurils.boundary);
    assert!(moment.on_screen(atlas, khalkhin).boundary);
}

#[test]
fn party_names_are_those_of_the_day_in_the_language() {
    let parties = config().parties;
    let russia = party("russia");
    let names = |iso, lang| PartyNames::at(&parties, day(iso), lang);
    assert_eq!(names("1900", Lang::En).name(russia), "Russian Empire");
    assert_eq!(names("1960", Lang::En).name(russia), "Soviet Union");
    assert_eq!(names("1960", Lang::Ja).name(russia), "ソビエト連邦");
    assert_eq!(names("2000", Lang::En).in_text(russia), "Russia");
}
