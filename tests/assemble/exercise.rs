//! What the page asks of an atlas: the slider, the event shown and the steps to the next, the
//! map on a day, a link applied and written back; and what its notices may look like.

use atlas_model::link::LinkState;
use atlas_model::status::StatusIndex;
use atlas_model::timeline::{self, SPAN};
use atlas_model::words::Message;
use atlas_model::{Day, Lang, Words};
use frontier_atlas::state::Atlas;
use proptest::prelude::*;

const BIDI: &[char] = &[
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}', '\u{200e}', '\u{200f}', '\u{061c}',
];

/// The notices as an English reader sees them.
pub fn in_english(notices: &[Message]) -> Vec<String> {
    let words = Words::english();
    notices.iter().map(|n| words.message(n)).collect()
}

/// A notice is one short line that cannot turn the sentence around. Each control or bidi
/// character of the data shows as the six characters “U+XXXX”, counted whole.
pub fn check_notices(notices: &[String]) -> Result<(), TestCaseError> {
    for n in notices {
        prop_assert!(!n.contains(BIDI), "a bidi control in {:?}", n);
        prop_assert!(!n.chars().any(char::is_control), "a control in {:?}", n);
        let length = n.chars().count();
        prop_assert!(length <= 400, "{} characters: {:?}", length, n);
    }
    Ok(())
}

/// Asks the atlas what the page asks of it on `day`, and applies `link` as the page does.
pub fn exercise(atlas: &Atlas, day: Day, link: &[(String, String)]) -> Result<(), TestCaseError> {
    let (first, today) = (atlas.first_day, atlas.today);
    prop_assert!(first <= today, "{first:?} after {today:?}");
    let record = &atlas.record;
    let len = record.len();
    prop_assert!(atlas.event(len).is_none() && atlas.event(usize::MAX).is_none());
    let day = atlas.clamp(day);
    prop_assert!(first <= day && day <= today);
    prop_assert_eq!(atlas.clamp(day), day);

    // The slider: its scale, era bands and year marks (as timeline/track.rs draws them).
    let scale = atlas.scale();
    let position = scale.position(day);
    prop_assert!((0.0..=SPAN).contains(&position), "{}", position);
    prop_assert!((0.0..=1.0).contains(&scale.fraction(day)));
    let back = scale.day_at(position);
    prop_assert!(scale.first() <= back && back <= scale.last());
    for p in [0.0, SPAN / 2.0, SPAN, -1.0, f64::NAN, f64::INFINITY] {
        let _ = atlas.clamp(scale.day_at(p));
    }
    for band in atlas.config.eras_between(first, today) {
        let _ = scale.fraction(band.until.plus(-1).max(band.from));
        let _ = scale.fraction(band.from);
    }
    let marks = scale.year_marks(&[(50, 0.09), (10, 0.055)]);
    prop_assert!(marks.iter().all(|m| (0.0..=1.0).contains(&m.fraction)));
    let _ = atlas.config.era_at(day);
    // The date shown, typed, and stepped ten years (slider.rs, date_entry.rs).
    let date = day.date();
    let _ = Words::english().date(date);
    let typed = timeline::parse_entry(&date.to_string(), first, today);
    if (1000..=9999).contains(&date.year_number()) {
        prop_assert!(typed.is_ok(), "{:?}", typed);
    }
    let _ = timeline::parse_entry("1905", first, today);
    for years in [10, -10] {
        let stepped = atlas.clamp(timeline::shift_years(day, years));
        prop_assert!(first <= stepped && stepped <= today);
    }

    // The event shown, and the steps to the next and previous ones (Ui::step_event).
    let shown = record.current_at(day);
    for i in [shown, record.next_after(day), record.previous_before(day)]
        .into_iter()
        .flatten()
    {
        let event = atlas.event(i);
        prop_assert!(event.is_some());
        let event = event.unwrap();
        let _ = (
            Words::english().span(event.date, event.end),
            atlas.clamp(event.day()),
        );
        let view = atlas.config.view_for_regions(&event.regions);
        let _ = atlas.view_box(view);
        let _ = (i + 1 < len).then_some(i + 1).map(|j| atlas.event(j));
        let _ = i.checked_sub(1).map(|j| atlas.event(j));
    }

    // The map: who held each unit, how it is painted, the claims standing, every view's box.
    let index = StatusIndex::new(&atlas.territories, &atlas.claims, &atlas.config.parties);
    prop_assert_eq!(atlas.scene.units.len(), atlas.territories.units.len());
    prop_assert_eq!(atlas.scene.claims.len(), atlas.claims.claims.len());
    for unit in 0..=atlas.territories.units.len() {
        let status = index.status(&atlas.territories, &atlas.claims, unit, day);
        let _ = atlas.config.paint(&status);
        if let Some(party) = status.party {
            for lang in Lang::ALL {
                let _ = atlas.config.parties.name(party, day, lang);
                let _ = atlas.config.parties.name_in_text(party, day, lang);
            }
        }
    }
    let _ = atlas.claims.active_at(day).count();
    for view in atlas.config.view_ids() {
        let b = atlas.view_box(view);
        prop_assert!(b.iter().all(|x| x.is_finite()), "{:?}", b);
    }

    // A link applied as Ui::apply_link does, and written back.
    let (state, notices) = LinkState::parse(
        link.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        record,
        &atlas.config,
    );
    prop_assert!(notices.len() <= link.len());
    let event = state.event.as_deref().and_then(|id| record.index_of(id));
    let linked = match (state.date, event.and_then(|i| atlas.event(i))) {
        (Some(date), _) => date.first_day(),
        (None, Some(e)) => e.day(),
        (None, None) => today,
    };
    let linked = atlas.clamp(linked);
    prop_assert!(first <= linked && linked <= today);
    let _ = atlas.view_box(state.view.unwrap_or(atlas.config.default_view()));
    let _ = state.to_pairs(&atlas.config);
    Ok(())
}
