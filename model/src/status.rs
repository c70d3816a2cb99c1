//! What the map shows for each territory unit on a day: who held it, how (plain, occupied,
//! contested), and whether another party claimed it; and the name each party went by then.
//!
//! Which units each claimed area covers is worked out once ([`StatusIndex::new`]), so a slider
//! step only looks up intervals.

use crate::claim::{ClaimKind, Claims};
use crate::date::Day;
use crate::geometry::Party;
use crate::territory::{ControlKind, Territories};

/// How a unit is drawn on a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnitStatus {
    /// The holder; `None` before the unit's first date.
    pub party: Option<Party>,
    /// Occupation or contest, when the holding was not plain.
    pub kind: Option<ControlKind>,
    /// A party other than the holder that claimed the unit that day (an active claim area).
    pub disputed_by: Option<Party>,
    /// The index of the control interval in force, in the unit's `control`.
    pub interval: Option<usize>,
}

impl UnitStatus {
    /// The holder's key, or "none" before the unit's first date.
    pub fn key(&self) -> &'static str {
        self.party.map_or("none", Party::key)
    }

    /// The fill pattern's name, when the fill is not plain: "occupation", "contested" or
    /// "joint" (held in common).
    pub fn pattern(&self) -> Option<&'static str> {
        match (self.party, self.kind) {
            (None, _) => None,
            (Some(_), Some(ControlKind::Occupation)) => Some("occupation"),
            (Some(_), Some(ControlKind::Contested)) => Some("contested"),
            (Some(Party::Joint), None) => Some("joint"),
            (Some(_), None) => None,
        }
    }
}

/// The claimed areas each unit lies in, for a whole atlas.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StatusIndex {
    /// For each unit (in file order), the indices of the claims (in file order) whose area
    /// covers it.
    claimed_in: Vec<Vec<usize>>,
}

impl StatusIndex {
    /// Which units each claimed area covers, as the data lists them (`units` of an area
    /// claim). Only claims of kind `claim` count: proposals and treaty lines are not disputes.
    pub fn new(territories: &Territories, claims: &Claims) -> StatusIndex {
        let claimed_in = territories
            .iter()
            .map(|unit| {
                claims
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.kind == ClaimKind::Claim && !c.is_line())
                    .filter(|(_, c)| c.units.contains(&unit.id))
                    .map(|(i, _)| i)
                    .collect()
            })
            .collect();
        StatusIndex { claimed_in }
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
            return UnitStatus {
                party: None,
                kind: None,
                disputed_by: None,
                interval: None,
            };
        };
        let held = territory.controller_at(day);
        let interval = held.and_then(|h| territory.control.iter().position(|c| std::ptr::eq(c, h)));
        let party = held.map(|h| h.party);
        let disputed_by = party.and_then(|holder| {
            self.claims_on(unit)
                .iter()
                .filter_map(|&i| claims.claims.get(i))
                .find(|c| c.active_at(day) && c.party != holder && c.party != Party::Joint)
                .map(|c| c.party)
        });
        UnitStatus {
            party,
            kind: held.and_then(|h| h.kind),
            disputed_by: if party == Some(Party::Joint) {
                None
            } else {
                disputed_by
            },
            interval,
        }
    }
}

/// The days the parties changed their names (checked against the calendar in the tests).
const OCTOBER_REVOLUTION: Day = Day(-19_048); // 1917-11-07
const USSR_FOUNDED: Day = Day(-17_169); // 1922-12-30
const USSR_DISSOLVED: Day = Day(8_029); // 1991-12-26
const REPUBLIC_OF_CHINA: Day = Day(-21_185); // 1912-01-01
const PEOPLES_REPUBLIC: Day = Day(-7_397); // 1949-10-01
const MONGOLIA_RENAMED: Day = Day(8_078); // 1992-02-13

/// The name a party went by on `day`: the Russian Empire, Soviet Russia, the Soviet Union or
/// Russia; Qing China, the Republic of China or the People's Republic of China; the Mongolian
/// People's Republic or Mongolia.
pub fn party_name(party: Party, day: Day) -> &'static str {
    match party {
        Party::Russia if day < OCTOBER_REVOLUTION => "the Russian Empire",
        Party::Russia if day < USSR_FOUNDED => "Soviet Russia",
        Party::Russia if day < USSR_DISSOLVED => "the Soviet Union",
        Party::Russia => "Russia",
        Party::China if day < REPUBLIC_OF_CHINA => "Qing China",
        Party::China if day < PEOPLES_REPUBLIC => "the Republic of China",
        Party::China => "the People's Republic of China",
        Party::Mongolia if day < MONGOLIA_RENAMED => "the Mongolian People's Republic",
        Party::Mongolia => "Mongolia",
        Party::Japan => "Japan",
        Party::Manchukuo => "Manchukuo (a Japanese puppet state)",
        Party::Joint => "Japan and Russia jointly",
    }
}

/// A name without its article, for a legend: "Soviet Union", "Japan".
pub fn short_name(name: &str) -> &str {
    name.strip_prefix("the ").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;

    fn day(s: &str) -> Day {
        Date::parse(s).unwrap().first_day()
    }

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
        Claims::from_geojson(&text).unwrap()
    }

    #[test]
    fn areas_cover_the_units_the_data_lists() {
        let t = Territories::from_geojson(TERRITORIES).unwrap();
        let c = claims("claim");
        let index = StatusIndex::new(&t, &c);
        assert_eq!(index.claims_on(0), [0]);
        assert!(index.claims_on(1).is_empty());
        assert!(index.claims_on(7).is_empty());
    }

    #[test]
    fn status_follows_the_date_with_kinds_patterns_and_disputes() {
        let t = Territories::from_geojson(TERRITORIES).unwrap();
        let c = claims("claim");
        let index = StatusIndex::new(&t, &c);
        let s = |unit, d| index.status(&t, &c, unit, day(d));
        assert_eq!(s(0, "1800-01-01").key(), "none");
        assert_eq!(s(0, "1800-01-01").pattern(), None);
        let japanese = s(0, "1900-01-01");
        assert_eq!(
            (japanese.key(), japanese.interval, japanese.disputed_by),
            ("japan", Some(0), None)
        );
        let occupied = s(0, "1945-10-01");
        assert_eq!(occupied.pattern(), Some("occupation"));
        assert_eq!(occupied.interval, Some(1));
        assert_eq!(s(0, "1950-01-01").disputed_by, None);
        let claimed = s(0, "1960-01-01");
        assert_eq!(
            (claimed.key(), claimed.disputed_by, claimed.pattern()),
            ("russia", Some(Party::Japan), None)
        );
        assert_eq!(s(1, "1860-01-01").pattern(), Some("joint"));
        assert_eq!(s(1, "1960-01-01").disputed_by, None);
        assert_eq!(s(9, "1960-01-01").key(), "none");
    }

    #[test]
    fn proposals_are_not_disputes() {
        let t = Territories::from_geojson(TERRITORIES).unwrap();
        let c = claims("proposal");
        let index = StatusIndex::new(&t, &c);
        assert!(index.claims_on(0).is_empty());
        assert_eq!(index.status(&t, &c, 0, day("1960")).disputed_by, None);
    }

    #[test]
    fn party_names_follow_the_era() {
        assert_eq!(party_name(Party::Russia, day("1905")), "the Russian Empire");
        assert_eq!(
            party_name(Party::Russia, day("1917-11-07")),
            "Soviet Russia"
        );
        assert_eq!(party_name(Party::Russia, day("1946")), "the Soviet Union");
        assert_eq!(party_name(Party::Russia, day("1991-12-26")), "Russia");
        assert_eq!(party_name(Party::China, day("1911-12-31")), "Qing China");
        assert_eq!(
            party_name(Party::China, day("1932")),
            "the Republic of China"
        );
        assert_eq!(
            party_name(Party::China, day("1950")),
            "the People's Republic of China"
        );
        assert_eq!(
            short_name(party_name(Party::Russia, day("1950"))),
            "Soviet Union"
        );
        assert_eq!(short_name("Japan"), "Japan");
        for (constant, iso) in [
            (OCTOBER_REVOLUTION, "1917-11-07"),
            (USSR_FOUNDED, "1922-12-30"),
            (USSR_DISSOLVED, "1991-12-26"),
            (REPUBLIC_OF_CHINA, "1912-01-01"),
            (PEOPLES_REPUBLIC, "1949-10-01"),
            (MONGOLIA_RENAMED, "1992-02-13"),
        ] {
            assert_eq!(constant, day(iso), "{iso}");
        }
    }
}
