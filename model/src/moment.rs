//! What the map shows on one day, worked out once and read by every part that draws or says
//! it: each unit's status, each unit as the chosen side saw it, the claims in force, and the
//! parties' names of the day in a language. Any number of moments can stand side by side (two
//! dates, two sides).

use crate::atlas::Atlas;
use crate::claim::{Claim, ClaimKind};
use crate::date::Day;
use crate::party::{Parties, Party};
use crate::perspective::SideView;
use crate::record::Region;
use crate::scene::MapBox;
use crate::status::{Pattern, UnitStatus};
use crate::text::Lang;
use crate::viewport::intersects;

/// One day of the atlas, as it was or as one side saw it.
#[derive(Clone, Debug, PartialEq)]
pub struct Moment {
    pub day: Day,
    /// Whose view the map shows; `None`: as it was (also when the side chosen did not exist
    /// on the day).
    pub side: Option<Party>,
    /// The side chosen whose map cannot be drawn for the day, because it did not exist then
    /// (or is no side): the map is drawn as it was, and the page says why.
    pub absent_side: Option<Party>,
    /// Each unit's status (units in file order).
    units: Vec<UnitStatus>,
    /// Each unit as `side` saw it (empty as it was).
    views: Vec<Option<SideView>>,
    /// Whether each claim (file order) stands on the day.
    claims_active: Vec<bool>,
}

impl Moment {
    /// The atlas on `day`, as it was (`chosen` `None`) or as the side `chosen` saw it — when
    /// that side existed on the day; else as it was, with the side noted as absent.
    pub fn at(atlas: &Atlas, day: Day, chosen: Option<Party>) -> Moment {
        let side = atlas.config.parties.side_on(chosen, day);
        let absent_side = chosen.filter(|_| side.is_none());
        let (t, c) = (&atlas.territories, &atlas.claims);
        let count = t.units.len();
        let units = (0..count)
            .map(|i| atlas.status.status(t, c, i, day))
            .collect();
        let parties = &atlas.config.parties;
        let existed = |p, d| parties.existed(p, d);
        let views = match side {
            Some(side) => (0..count)
                .map(|i| atlas.perspectives.view(t, c, &existed, side, i, day))
                .collect(),
            None => Vec::new(),
        };
        Moment {
            day,
            side,
            absent_side,
            units,
            views,
            claims_active: c.iter().map(|claim| claim.active_at(day)).collect(),
        }
    }

    /// Unit `unit`'s actual status (who held it, how, who disputed it).
    pub fn status(&self, unit: usize) -> UnitStatus {
        self.units
            .get(unit)
            .copied()
            .unwrap_or(UnitStatus::UNRECORDED)
    }

    /// Unit `unit` as the side saw it; `None` as it was, or before its first holder.
    pub fn view(&self, unit: usize) -> Option<SideView> {
        self.views.get(unit).copied().flatten()
    }

    /// How unit `unit` is drawn: its status, or in a side's map what the side held it to be.
    pub fn drawn(&self, unit: usize) -> UnitStatus {
        let status = self.status(unit);
        self.view(unit).map_or(status, |v| v.drawn(&status))
    }

    /// Whether claim `claim` (file order) stands on the day.
    pub fn claim_active(&self, claim: usize) -> bool {
        self.claims_active.get(claim).copied().unwrap_or(false)
    }

    /// Every claim's standing, in file order.
    pub fn claims_active(&self) -> &[bool] {
        &self.claims_active
    }

    /// The claims in force that name unit `unit`, in file order.
    pub fn claims_on<'a>(
        &'a self,
        atlas: &'a Atlas,
        unit: usize,
    ) -> impl Iterator<Item = &'a Claim> {
        let id = atlas.territories.units.get(unit).map(|u| u.id.as_str());
        atlas
            .claims
            .iter()
            .enumerate()
            .filter(move |(i, c)| {
                self.claim_active(*i) && id.is_some_and(|id| c.units.iter().any(|u| u == id))
            })
            .map(|(_, c)| c)
    }

    /// The index in the record of the event that gave unit `unit` its status, if known.
    pub fn event_of(&self, atlas: &Atlas, unit: usize) -> Option<usize> {
        let interval = self.status(unit).interval?;
        atlas
            .control_events
            .get(unit)?
            .get(interval)
            .copied()
            .flatten()
    }

    /// Which legend entries the map shows within `visible` (map kilometres).
    pub fn on_screen(&self, atlas: &Atlas, visible: MapBox) -> OnScreen {
        let parties = atlas.config.parties.len();
        let mut s = OnScreen {
            held: vec![false; parties + 1],
            ..OnScreen::default()
        };
        for (unit, boxes) in atlas.parts.iter().enumerate() {
            if !boxes.iter().any(|b| intersects(*b, visible)) {
                continue;
            }
            let drawn = self.drawn(unit);
            s.held[drawn.party.map_or(parties, Party::index)] = true;
            if let Some(p) = drawn.pattern {
                s.patterns[position(&Pattern::ALL, &p)] = true;
            }
            s.disputed |= drawn.disputed_by.is_some();
        }
        for ((i, claim), shape) in atlas.claims.iter().enumerate().zip(&atlas.scene.claims) {
            if self.claim_active(i) && claim.kind.is_drawn() && intersects(shape.bbox, visible) {
                s.kinds[position(&ClaimKind::ALL, &claim.kind)] = true;
            }
        }
        let theatre = atlas.view_box(atlas.config.view_for_regions(&[Region::KhalkhinGol]));
        s.boundary = !atlas.scene.boundaries.is_empty() && intersects(theatre, visible);
        s
    }
}

fn position<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|y| y == x).unwrap_or(0)
}

/// What is on screen, for the legend: which holders, fills and lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OnScreen {
    /// By party index, then one more for "no holder recorded".
    pub held: Vec<bool>,
    /// By [`Pattern::ALL`].
    pub patterns: [bool; Pattern::ALL.len()],
    /// A unit claimed by a party other than its holder.
    pub disputed: bool,
    /// By [`ClaimKind::ALL`].
    pub kinds: [bool; ClaimKind::ALL.len()],
    /// Today's Mongolia–China boundary.
    pub boundary: bool,
}

impl OnScreen {
    /// Whether the legend shows `party` (`None`: land with no recorded holder).
    pub fn holds(&self, party: Option<Party>) -> bool {
        let slot = party.map_or(self.held.len().saturating_sub(1), Party::index);
        self.held.get(slot).copied().unwrap_or(false)
    }

    pub fn pattern(&self, pattern: Pattern) -> bool {
        self.patterns[position(&Pattern::ALL, &pattern)]
    }

    pub fn kind(&self, kind: ClaimKind) -> bool {
        self.kinds[position(&ClaimKind::ALL, &kind)]
    }
}

/// What each party was called on a day, in one language (by party index). It changes only at
/// the turn of an era or of the language.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PartyNames {
    /// On its own, as in the legend: "Soviet Union".
    name: Vec<String>,
    /// In running text: "the Soviet Union".
    in_text: Vec<String>,
}

impl PartyNames {
    pub fn at(parties: &Parties, day: Day, lang: Lang) -> PartyNames {
        PartyNames {
            name: parties
                .all()
                .map(|p| parties.name(p, day, lang).to_string())
                .collect(),
            in_text: parties
                .all()
                .map(|p| parties.name_in_text(p, day, lang).to_string())
                .collect(),
        }
    }

    /// On its own: "Soviet Union".
    pub fn name(&self, party: Party) -> &str {
        self.name.get(party.index()).map_or("", String::as_str)
    }

    /// In running text: "the Soviet Union".
    pub fn in_text(&self, party: Party) -> &str {
        self.in_text.get(party.index()).map_or("", String::as_str)
    }
}
