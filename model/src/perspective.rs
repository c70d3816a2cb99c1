//! Each side's map: what one party held to be the rightful status of each unit on a day, from
//! its claims in force, against what was actually held.
//!
//! The rule, for party P, unit u and day d:
//! 1. P has a claim of kind `undetermined` in force that lists u: in P's view u belongs to no
//!    one yet;
//! 2. else P has a claim of kind `claim` in force that lists u: u is P's;
//! 3. else u is its holder's — but a holder by military occupation counts as the holder before
//!    the occupation: occupation alone never transfers title.

use crate::claim::{ClaimKind, Claims};
use crate::date::Day;
use crate::party::Party;
use crate::status::{Pattern, UnitStatus};
use crate::territory::{ControlKind, Territories};

/// What a unit was in one party's view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Standing {
    /// Its own, and it held it.
    Own,
    /// Its own, held by another.
    OwnHeldByAnother,
    /// Another party's by right (`rightful`), whoever held it.
    Another,
    /// Renounced, no one's title recognised.
    Undetermined,
}

impl Standing {
    /// The `data-view` value and CSS class.
    pub fn key(self) -> &'static str {
        match self {
            Standing::Own => "own",
            Standing::OwnHeldByAnother => "own-held-by-another",
            Standing::Another => "another",
            Standing::Undetermined => "undetermined",
        }
    }
}

/// One unit in one party's view on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SideView {
    /// The party the side held to be rightful; `None` where it recognised no one's title.
    pub rightful: Option<Party>,
    pub standing: Standing,
    /// The claim (index in file order) that made the difference, if any.
    pub claim: Option<usize>,
}

/// For each unit, the claims that list it and can change a side's view.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Perspectives {
    listed_in: Vec<Vec<usize>>,
}

impl Perspectives {
    pub fn new(territories: &Territories, claims: &Claims) -> Perspectives {
        let listed_in = territories
            .iter()
            .map(|unit| {
                claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| matches!(c.kind, ClaimKind::Claim | ClaimKind::Undetermined))
                    .filter(|(_, c)| c.units.contains(&unit.id))
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        Perspectives { listed_in }
    }

    /// Unit `unit` (index in file order) on `day` as `side` saw it; `None` before the unit's
    /// first recorded holder.
    pub fn view(
        &self,
        territories: &Territories,
        claims: &Claims,
        side: Party,
        unit: usize,
        day: Day,
    ) -> Option<SideView> {
        let territory = territories.units.get(unit)?;
        let held = territory.controller_at(day)?;
        let holder = held.party;
        let own_claims = self
            .listed_in
            .get(unit)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&i| Some((i, claims.claims.get(i)?)))
            .filter(|(_, c)| c.party == side && c.active_at(day));
        let mut claimed = None;
        for (i, c) in own_claims {
            if c.kind == ClaimKind::Undetermined {
                return Some(SideView {
                    rightful: None,
                    standing: Standing::Undetermined,
                    claim: Some(i),
                });
            }
            claimed = claimed.or(Some(i));
        }
        let rightful = if claimed.is_some() {
            side
        } else {
            // The last holder before an occupation: the intervals are contiguous and in order.
            let at = territory
                .control
                .iter()
                .position(|c| std::ptr::eq(c, held))
                .unwrap_or(0);
            territory.control[..=at]
                .iter()
                .rev()
                .find(|c| c.kind != Some(ControlKind::Occupation))
                .map_or(holder, |c| c.party)
        };
        let standing = match (rightful == side, holder == side) {
            (true, true) => Standing::Own,
            (true, false) => Standing::OwnHeldByAnother,
            (false, _) => Standing::Another,
        };
        Some(SideView {
            rightful: Some(rightful),
            standing,
            claim: claimed,
        })
    }
}

impl SideView {
    /// How the map draws it: in the rightful party's colour, hatched where another held it;
    /// with no holder's colour where the side recognised no one's title.
    pub fn drawn(&self, actual: &UnitStatus) -> UnitStatus {
        let held_by_another = self.rightful.is_some() && self.rightful != actual.party;
        UnitStatus {
            party: self.rightful,
            pattern: if held_by_another {
                Some(Pattern::Occupation)
            } else {
                actual.pattern.filter(|p| *p != Pattern::Occupation)
            },
            disputed_by: None,
            interval: actual.interval,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{day, parties, party};

    const TERRITORIES: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"isle","names":{"en":"Isle","ja":"島","ru":"Остров"},"region":"kurils",
        "control":[{"party":"japan","from":"1855","until":"1945-09-01","event":"a"},
                   {"party":"russia","from":"1945-09-01","until":"1946-02-02","event":"b","kind":"occupation"},
                   {"party":"russia","from":"1946-02-02","event":"c"}]},
       "geometry":{"type":"Polygon","coordinates":[[[146,43],[146.2,43],[146.2,43.2],[146,43]]]}},
      {"type":"Feature","properties":{"id":"north","names":{"en":"North","ja":"北","ru":"Север"},"region":"kurils",
        "control":[{"party":"japan","from":"1875","until":"1945-08-18","event":"a"},
                   {"party":"russia","from":"1945-08-18","event":"c"}]},
       "geometry":{"type":"Polygon","coordinates":[[[150,47],[151,47],[151,48],[150,47]]]}}]}"#;

    const CLAIMS: &str = r#"{"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"id":"two","party":"japan","kind":"claim","from":"1951-09-08","until":"1956",
        "event":"sf","names":{"en":"A","ja":"A","ru":"A"},"description":"Claimed.","units":["isle"]},
       "geometry":{"type":"Polygon","coordinates":[[[145,42],[147,42],[147,44],[145,44],[145,42]]]}},
      {"type":"Feature","properties":{"id":"renounced","party":"japan","kind":"undetermined","from":"1951-09-08","until":null,
        "event":"sf","names":{"en":"R","ja":"R","ru":"R"},"description":"Renounced.","units":["north"]},
       "geometry":{"type":"Polygon","coordinates":[[[149,46],[152,46],[152,49],[149,49],[149,46]]]}}]}"#;

    fn setup() -> (Territories, Claims, Perspectives) {
        let t = Territories::from_geojson(TERRITORIES, &parties()).unwrap();
        let c = Claims::from_geojson(CLAIMS, &parties()).unwrap();
        let p = Perspectives::new(&t, &c);
        (t, c, p)
    }

    #[test]
    fn a_side_sees_its_claims_and_occupation_transfers_nothing() {
        let (t, c, p) = setup();
        let (japan, russia) = (party("japan"), party("russia"));
        let view = |side, unit, d| p.view(&t, &c, side, unit, day(d)).unwrap();
        assert_eq!(view(japan, 0, "1900").standing, Standing::Own);
        // Occupied, not annexed: still Japan's in everyone's view.
        let occupied = view(russia, 0, "1945-10-01");
        assert_eq!(
            (occupied.rightful, occupied.standing),
            (Some(japan), Standing::Another)
        );
        assert_eq!(
            view(japan, 0, "1945-10-01").standing,
            Standing::OwnHeldByAnother
        );
        // Annexed: the holder's, unless the side claims it.
        assert_eq!(view(japan, 0, "1950").rightful, Some(russia));
        let claimed = view(japan, 0, "1952");
        assert_eq!(
            (claimed.rightful, claimed.standing, claimed.claim),
            (Some(japan), Standing::OwnHeldByAnother, Some(0))
        );
        assert_eq!(view(russia, 0, "1952").standing, Standing::Own);
        assert_eq!(view(japan, 0, "1957").rightful, Some(russia));
        let renounced = view(japan, 1, "1960");
        assert_eq!(
            (renounced.rightful, renounced.standing),
            (None, Standing::Undetermined)
        );
        assert_eq!(p.view(&t, &c, japan, 1, day("1800")), None);
        assert_eq!(p.view(&t, &c, japan, 7, day("1960")), None);
    }

    #[test]
    fn a_side_view_is_drawn_in_the_rightful_colour_hatched_where_another_holds_it() {
        let (t, c, p) = setup();
        let japan = party("japan");
        let index = crate::status::StatusIndex::new(&t, &c, &parties());
        let actual = index.status(&t, &c, 0, day("1952"));
        let drawn = p
            .view(&t, &c, japan, 0, day("1952"))
            .unwrap()
            .drawn(&actual);
        assert_eq!(
            (drawn.party, drawn.pattern, drawn.disputed_by),
            (Some(japan), Some(Pattern::Occupation), None)
        );
        let own = index.status(&t, &c, 0, day("1900"));
        let drawn = p.view(&t, &c, japan, 0, day("1900")).unwrap().drawn(&own);
        assert_eq!((drawn.party, drawn.pattern), (Some(japan), None));
        let north = index.status(&t, &c, 1, day("1960"));
        let drawn = p.view(&t, &c, japan, 1, day("1960")).unwrap().drawn(&north);
        assert_eq!(drawn.party, None);
    }
}
