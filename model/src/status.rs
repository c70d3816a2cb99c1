//! What the map shows for each territory unit on a day: who held it, how (plain, occupied,
//! contested, held in common), and whether another party claimed it.
//!
//! Which units each claimed area covers is worked out once ([`StatusIndex::new`]), so a slider
//! step only looks up intervals.

use crate::claim::{ClaimKind, Claims};
use crate::date::Day;
use crate::party::{Parties, Party};
use crate::territory::{ControlKind, Territories};

/// How a unit's fill differs from its holder's plain colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// Hatched: military occupation, before any transfer of sovereignty.
    Occupation,
    /// Cross-hatched: fought over.
    Contested,
    /// Striped in the members' colours: held in common.
    Joint,
}

impl Pattern {
    pub const ALL: [Pattern; 3] = [Pattern::Occupation, Pattern::Contested, Pattern::Joint];

    /// The `data-pattern` value and CSS class.
    pub fn key(self) -> &'static str {
        match self {
            Pattern::Occupation => "occupation",
            Pattern::Contested => "contested",
            Pattern::Joint => "joint",
        }
    }
}

/// How a unit is drawn on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnitStatus {
    /// The holder; `None` before the unit's first date.
    pub party: Option<Party>,
    /// How it was held, when not plainly.
    pub pattern: Option<Pattern>,
    /// A party other than the holder that claimed the unit that day (an active claim area).
    pub disputed_by: Option<Party>,
    /// The index of the control interval in force, in the unit's `control`.
    pub interval: Option<usize>,
}

impl UnitStatus {
    /// Before the unit's first date: no holder, nothing else.
    pub const UNRECORDED: UnitStatus = UnitStatus {
        party: None,
        pattern: None,
        disputed_by: None,
        interval: None,
    };
}

/// The claimed areas each unit lies in, for a whole atlas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatusIndex {
    /// For each unit (in file order), the indices of the claims (in file order) whose area
    /// covers it.
    claimed_in: Vec<Vec<usize>>,
    /// For each party (by index), whether it stands for several together.
    joint: Vec<bool>,
}

impl StatusIndex {
    /// Which units each claim covers, as the data lists them (`units`: the units inside a
    /// claimed area, or on the claimant's side of a claimed line). Only claims of kind `claim`
    /// count: proposals, promises and treaty lines are not disputes.
    pub fn new(territories: &Territories, claims: &Claims, parties: &Parties) -> StatusIndex {
        let claimed_in = territories
            .iter()
            .map(|unit| {
                claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.kind == ClaimKind::Claim)
                    .filter(|(_, c)| c.units.contains(&unit.id))
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        let joint = parties.all().map(|p| parties.is_joint(p)).collect();
        StatusIndex { claimed_in, joint }
    }

    fn is_joint(&self, party: Party) -> bool {
        self.joint.get(party.index()).copied().unwrap_or(false)
    }

    /// The claims (indices in file order) whose area holds unit `unit`.
    pub fn claims_on(&self, unit: usize) -> &[usize] {
        self.claimed_in.get(unit).map_or(&[], Vec::as_slice)
    }

    /// The status of unit `unit` (index in file order) on `day`.
    pub fn status(
        &self,
        territories: &Territories,
        claims: &Claims,
        unit: usize,
        day: Day,
    ) -> UnitStatus {
        let Some(territory) = territories.units.get(unit) else {
            return UnitStatus::UNRECORDED;
        };
        let Some(held) = territory.controller_at(day) else {
            return UnitStatus::UNRECORDED;
        };
        let interval = territory.control.iter().position(|c| std::ptr::eq(c, held));
        let holder = held.party;
        // Land held in common is nobody's to dispute; an agreed line disputes nothing.
        let disputed_by = self
            .claims_on(unit)
            .iter()
            .filter_map(|&i| claims.claims.get(i))
            .find(|c| c.active_at(day) && c.party != holder && !self.is_joint(c.party))
            .map(|c| c.party)
            .filter(|_| !self.is_joint(holder));
        let pattern = match held.kind {
            Some(ControlKind::Occupation) => Some(Pattern::Occupation),
            Some(ControlKind::Contested) => Some(Pattern::Contested),
            None if self.is_joint(holder) => Some(Pattern::Joint),
            None => None,
        };
        UnitStatus {
            party: Some(holder),
            pattern,
            disputed_by,
            interval,
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
       "geometry":{"type":"MultiPolygon","coordinates":[[[[146,43],[146.2,43],[146.2,43.2],[146,43]]],[[[150,45],[150.01,45],[150.01,45.01],[150,45]]]]}},
      {"type":"Feature","properties":{"id":"far","names":{"en":"Far","ja":"遠","ru":"Далеко"},"region":"sakhalin",
        "control":[{"party":"joint","from":"1855","until":"1875","event":"a"},{"party":"russia","from":"1875","event":"d"}]},
       "geometry":{"type":"Polygon","coordinates":[[[142,47],[143,47],[143,48],[142,47]]]}}]}"#;

    fn claims(kind: &str) -> Claims {
        let text = format!(
            r#"{{"type":"FeatureCollection","features":[
          {{"type":"Feature","properties":{{"id":"four","party":"japan","kind":"{kind}","from":"1951-09-08","until":null,
            "event":"sf","names":{{"en":"A","ja":"A","ru":"A"}},"description":"Claimed.","units":["isle"]}},
           "geometry":{{"type":"Polygon","coordinates":[[[145,42],[147,42],[147,44],[145,44],[145,42]]]}}}},
          {{"type":"Feature","properties":{{"id":"line","party":"japan","kind":"claim","from":"1951","until":null,
            "event":"sf","names":{{"en":"L","ja":"L","ru":"L"}},"description":"A line."}},
           "geometry":{{"type":"LineString","coordinates":[[140,40],[150,50]]}}}}]}}"#
        );
        Claims::from_geojson(&text, &parties()).unwrap()
    }

    #[test]
    fn areas_cover_the_units_the_data_lists() {
        let t = Territories::from_geojson(TERRITORIES, &parties()).unwrap();
        let c = claims("claim");
        let index = StatusIndex::new(&t, &c, &parties());
        assert_eq!(index.claims_on(0), [0]);
        assert!(index.claims_on(1).is_empty());
        assert!(index.claims_on(7).is_empty());
    }

    #[test]
    fn status_follows_the_date_with_kinds_patterns_and_disputes() {
        let t = Territories::from_geojson(TERRITORIES, &parties()).unwrap();
        let c = claims("claim");
        let index = StatusIndex::new(&t, &c, &parties());
        let s = |unit, d| index.status(&t, &c, unit, day(d));
        assert_eq!(s(0, "1800-01-01"), UnitStatus::UNRECORDED);
        let japanese = s(0, "1900-01-01");
        assert_eq!(
            (japanese.party, japanese.interval, japanese.disputed_by),
            (Some(party("japan")), Some(0), None)
        );
        let occupied = s(0, "1945-10-01");
        assert_eq!(occupied.pattern, Some(Pattern::Occupation));
        assert_eq!(occupied.interval, Some(1));
        assert_eq!(s(0, "1950-01-01").disputed_by, None);
        let claimed = s(0, "1960-01-01");
        assert_eq!(
            (claimed.party, claimed.disputed_by, claimed.pattern),
            (Some(party("russia")), Some(party("japan")), None)
        );
        assert_eq!(s(1, "1860-01-01").pattern, Some(Pattern::Joint));
        assert_eq!(s(1, "1960-01-01").disputed_by, None);
        assert_eq!(s(9, "1960-01-01"), UnitStatus::UNRECORDED);
    }

    #[test]
    fn proposals_are_not_disputes() {
        let t = Territories::from_geojson(TERRITORIES, &parties()).unwrap();
        let c = claims("proposal");
        let index = StatusIndex::new(&t, &c, &parties());
        assert!(index.claims_on(0).is_empty());
        assert_eq!(index.status(&t, &c, 0, day("1960")).disputed_by, None);
    }
}
