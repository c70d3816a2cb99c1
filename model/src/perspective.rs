//! Each side's map: what one party held to be the rightful status of each unit on a day, from
//! its claims and recognitions in force, against what was actually held.
//!
//! The rule, for party P, unit u and day d (a claim "of P" is one whose `party` is P or whose
//! `also` names P):
//! 1. a claim of P of kind `undetermined` in force lists u: in P's view u belongs to no one yet;
//! 2. else a claim of P of kind `claim` in force lists u: u is the claim's party's (P's own, or
//!    the party whose claim P shared or backed);
//! 3. else a `recognition` of P in force lists u: u is the recognised party's;
//! 4. else u is its holder's — but military occupation alone never transfers title: under an
//!    occupation u is the last holder's before it that still existed on d (or the occupier's if
//!    no earlier holder did).

use crate::claim::{Claim, ClaimKind, Claims};
use crate::date::Day;
use crate::party::Party;
use crate::status::{Pattern, UnitStatus};
use crate::territory::{ControlInterval, ControlKind, Territories};

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
    /// The claim or recognition (index in file order) that made the difference, if any.
    pub claim: Option<usize>,
}

/// Whether a party existed on a day (see `Parties::existed`).
pub type Existed<'a> = &'a dyn Fn(Party, Day) -> bool;

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
                    .filter(|(_, c)| {
                        matches!(
                            c.kind,
                            ClaimKind::Claim | ClaimKind::Undetermined | ClaimKind::Recognition
                        )
                    })
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
        existed: Existed,
        side: Party,
        unit: usize,
        day: Day,
    ) -> Option<SideView> {
        let territory = territories.units.get(unit)?;
        let held = territory.controller_at(day)?;
        let holder = held.party;
        let own: Vec<(usize, &Claim)> = self
            .listed_in
            .get(unit)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|&i| Some((i, claims.claims.get(i)?)))
            .filter(|(_, c)| c.held_by(side) && c.active_at(day))
            .collect();
        let first = |kind| own.iter().find(|(_, c)| c.kind == kind);
        if let Some((i, _)) = first(ClaimKind::Undetermined) {
            return Some(SideView {
                rightful: None,
                standing: Standing::Undetermined,
                claim: Some(*i),
            });
        }
        let by_claim = first(ClaimKind::Claim)
            .map(|(i, c)| (*i, c.party))
            .or_else(|| first(ClaimKind::Recognition).and_then(|(i, c)| Some((*i, c.recognises?))));
        let (claim, rightful) = match by_claim {
            Some((i, party)) => (Some(i), party),
            None => (None, title_holder(&territory.control, held, existed, day)),
        };
        let standing = match (rightful == side, holder == side) {
            (true, true) => Standing::Own,
            (true, false) => Standing::OwnHeldByAnother,
            (false, _) => Standing::Another,
        };
        Some(SideView {
            rightful: Some(rightful),
            standing,
            claim,
        })
    }
}

/// Whose title a unit was under when `held` is its period of control on `day`: the holder's,
/// unless it held by military occupation; then the last earlier holder's that still existed.
fn title_holder(
    control: &[ControlInterval],
    held: &ControlInterval,
    existed: Existed,
    day: Day,
) -> Party {
    if held.kind != Some(ControlKind::Occupation) {
        return held.party;
    }
    // The intervals are contiguous and in order.
    let at = control
        .iter()
        .position(|c| std::ptr::eq(c, held))
        .unwrap_or(0);
    control[..at]
        .iter()
        .rev()
        .filter(|c| c.kind != Some(ControlKind::Occupation))
        .find(|c| existed(c.party, day))
        .map_or(held.party, |c| c.party)
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

    const ALWAYS: Existed = &|_, _| true;

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
        let view = |side, unit, d| p.view(&t, &c, ALWAYS, side, unit, day(d)).unwrap();
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
        assert_eq!(p.view(&t, &c, ALWAYS, japan, 1, day("1800")), None);
        assert_eq!(p.view(&t, &c, ALWAYS, japan, 7, day("1960")), None);
    }

    #[test]
    fn a_side_view_is_drawn_in_the_rightful_colour_hatched_where_another_holds_it() {
        let (t, c, p) = setup();
        let japan = party("japan");
        let index = crate::status::StatusIndex::new(&t, &c, &parties());
        let actual = index.status(&t, &c, 0, day("1952"));
        let drawn = p
            .view(&t, &c, ALWAYS, japan, 0, day("1952"))
            .unwrap()
            .drawn(&actual);
        assert_eq!(
            (drawn.party, drawn.pattern, drawn.disputed_by),
            (Some(japan), Some(Pattern::Occupation), None)
        );
        let own = index.status(&t, &c, 0, day("1900"));
        let drawn = p
            .view(&t, &c, ALWAYS, japan, 0, day("1900"))
            .unwrap()
            .drawn(&own);
        assert_eq!((drawn.party, drawn.pattern), (Some(japan), None));
        let north = index.status(&t, &c, 1, day("1960"));
        let drawn = p
            .view(&t, &c, ALWAYS, japan, 1, day("1960"))
            .unwrap()
            .drawn(&north);
        assert_eq!(drawn.party, None);
    }
}
