//! What changed between two moments ([`Moment`]): two dates, or two sides on one date. For each
//! unit whose holder, pattern, claims in force or side's view differ, the two states and the
//! events of the record between the two dates that changed it.
//!
//! A side's view differs where the two maps draw the unit as different parties' (see
//! [`UnitChange::drawn_as`]): Japan's and the Soviet Union's maps both give Hokkaido to Japan,
//! one as its own and one as another's, and show no change there.
//!
//! Plain data, no words: whoever says it puts it in a language, with each moment's names of
//! the parties.

use crate::atlas::Atlas;
use crate::date::Day;
use crate::moment::Moment;
use crate::party::Party;
use crate::perspective::SideView;
use crate::status::Pattern;

/// Everything that differs between two moments, unit by unit.
#[derive(Clone, Debug, PartialEq)]
pub struct Changes {
    /// The two moments' days, in the order given (the first may be the later).
    pub days: (Day, Day),
    /// The two moments' sides, in the order given (`None`: as it was).
    pub sides: (Option<Party>, Option<Party>),
    /// The units that differ, in file order.
    pub units: Vec<UnitChange>,
}

/// One unit that differs between two moments: each pair is (first moment, second moment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitChange {
    /// The unit's index in file order.
    pub unit: usize,
    /// Who held it; `None` before its first recorded holder.
    pub holder: (Option<Party>, Option<Party>),
    /// How it was held, when not plainly.
    pub pattern: (Option<Pattern>, Option<Pattern>),
    /// The claims naming the unit (of any kind: claims, proposals, commitments, as the table
    /// lists them) in force in the second moment but not in the first (indices in file order).
    pub claims_gained: Vec<usize>,
    /// The claims naming the unit in force in the first moment but not in the second.
    pub claims_lost: Vec<usize>,
    /// The unit as each moment's side saw it; `None` where a moment shows it as it was.
    pub view: (Option<SideView>, Option<SideView>),
    /// The record's events (indices, in date order) after the earlier day and up to the later
    /// that changed the unit: those that began a control interval of it in that span, and
    /// those that made a claim naming it that began in the span (or ended in it, when that
    /// event too falls in the span: a claim that lapses was as a rule made long before, and
    /// its lapse shows in `claims_lost`). Empty when the days are the same.
    pub events: Vec<usize>,
}

/// Which parts of a unit changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ChangeKinds {
    pub holder: bool,
    pub pattern: bool,
    /// A claim naming the unit came into force or lapsed.
    pub claims: bool,
    /// Whose a side's map draws it as (the side's rightful party, or as it was the holder):
    /// two sides that both held it another's, for the same one, do not differ here.
    pub view: bool,
}

impl ChangeKinds {
    /// Whether anything changed.
    pub fn any(self) -> bool {
        self.holder || self.pattern || self.claims || self.view
    }
}

impl UnitChange {
    /// Which of holder, pattern, claims and view changed.
    pub fn kinds(&self) -> ChangeKinds {
        ChangeKinds {
            holder: self.holder.0 != self.holder.1,
            pattern: self.pattern.0 != self.pattern.1,
            claims: !self.claims_gained.is_empty() || !self.claims_lost.is_empty(),
            view: self.view != (None, None) && self.drawn_as().0 != self.drawn_as().1,
        }
    }

    /// Whose each moment's map draws the unit as: the party its side held rightful (`None`
    /// where the side recognised no one's title), or, as it was, its holder.
    pub fn drawn_as(&self) -> (Option<Party>, Option<Party>) {
        let party = |view: Option<SideView>, holder| view.map_or(holder, |v| v.rightful);
        (
            party(self.view.0, self.holder.0),
            party(self.view.1, self.holder.1),
        )
    }

    /// The same change seen the other way round: from the second moment to the first.
    pub fn reversed(&self) -> UnitChange {
        UnitChange {
            unit: self.unit,
            holder: (self.holder.1, self.holder.0),
            pattern: (self.pattern.1, self.pattern.0),
            claims_gained: self.claims_lost.clone(),
            claims_lost: self.claims_gained.clone(),
            view: (self.view.1, self.view.0),
            events: self.events.clone(),
        }
    }
}

impl Changes {
    /// What differs from moment `a` to moment `b`, whichever day is the later.
    pub fn between(atlas: &Atlas, a: &Moment, b: &Moment) -> Changes {
        let span = (a.day.min(b.day), a.day.max(b.day));
        let units = (0..atlas.territories.units.len())
            .filter_map(|unit| unit_change(atlas, a, b, unit, span))
            .collect();
        Changes {
            days: (a.day, b.day),
            sides: (a.side, b.side),
            units,
        }
    }

    /// Whether the two moments show the same thing.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// How many units differ.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &UnitChange> {
        self.units.iter()
    }

    /// What changed on unit `unit` (index in file order), if anything did.
    pub fn of(&self, unit: usize) -> Option<&UnitChange> {
        self.units
            .binary_search_by_key(&unit, |c| c.unit)
            .ok()
            .map(|at| &self.units[at])
    }
}

/// The claims (indices in file order) that name unit `unit`, of any kind.
fn claims_naming(atlas: &Atlas, unit: usize) -> Vec<usize> {
    let Some(territory) = atlas.territories.units.get(unit) else {
        return Vec::new();
    };
    atlas
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.units.contains(&territory.id))
        .map(|(i, _)| i)
        .collect()
}

fn unit_change(
    atlas: &Atlas,
    a: &Moment,
    b: &Moment,
    unit: usize,
    span: (Day, Day),
) -> Option<UnitChange> {
    let (before, after) = (a.status(unit), b.status(unit));
    let naming = claims_naming(atlas, unit);
    let only = |x: &Moment, y: &Moment| -> Vec<usize> {
        naming
            .iter()
            .copied()
            .filter(|&c| x.claim_active(c) && !y.claim_active(c))
            .collect()
    };
    let mut change = UnitChange {
        unit,
        holder: (before.party, after.party),
        pattern: (before.pattern, after.pattern),
        claims_gained: only(b, a),
        claims_lost: only(a, b),
        view: (a.view(unit), b.view(unit)),
        events: Vec::new(),
    };
    if !change.kinds().any() {
        return None;
    }
    change.events = events(atlas, unit, &naming, span);
    Some(change)
}

/// The events after `span.0` and up to `span.1` that changed unit `unit`, in date order, each
/// once: those that began a control interval of it then, and those that made one of the claims
/// `naming` that began then (or that ended then, when the event too falls in the span).
fn events(atlas: &Atlas, unit: usize, naming: &[usize], span: (Day, Day)) -> Vec<usize> {
    let within = |day: Day| span.0 < day && day <= span.1;
    let mut found = Vec::new();
    if let Some(territory) = atlas.territories.units.get(unit) {
        let control_events = atlas.control_events.get(unit);
        for (k, interval) in territory.control.iter().enumerate() {
            if within(interval.start()) {
                found.extend(control_events.and_then(|e| e.get(k)).copied().flatten());
            }
        }
    }
    for claim in naming.iter().filter_map(|&c| atlas.claims.claims.get(c)) {
        let Some(event) = atlas.record.index_of(&claim.event) else {
            continue;
        };
        // A claim that lapses in the span was made before it, as a rule: its event counts only
        // if it too falls in the span.
        let lapsed = claim.end().is_some_and(within) && within(atlas.record.events()[event].day());
        if within(claim.start()) || lapsed {
            found.push(event);
        }
    }
    // The record keeps its events in date order, so their indices sort by date.
    found.sort_unstable();
    found.dedup();
    found
}
