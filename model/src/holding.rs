//! How a unit's holder on a day is told in words: since when, by which event — or, for a period
//! the documents do not date, as background with its reference.

use crate::atlas::Atlas;
use crate::date::Date;
use crate::party::Party;
use crate::territory::ControlInterval;

/// The period of control behind a unit's status, as the tooltip and the table tell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Holding<'a> {
    /// Held since `from`, by the event of the record `event` (its index; `None` if the record
    /// lacks it, then `event_id` names it).
    ByEvent {
        party: Party,
        from: Date,
        event: Option<usize>,
        event_id: &'a str,
    },
    /// Held since `from`, a date the documents do not give (background).
    Background {
        party: Party,
        from: Date,
        reference: &'a str,
    },
    /// Held already when the record opens (`first`, the date its period is given from), since a
    /// date the atlas does not state.
    AtStart {
        party: Party,
        first: Date,
        reference: &'a str,
    },
    /// Land under no state's rule (the holder is no side and no joint holding), until `until`.
    NoState {
        until: Option<Date>,
        reference: &'a str,
    },
}

impl<'a> Holding<'a> {
    /// Period `interval` of unit `unit`'s control.
    pub fn of(atlas: &'a Atlas, unit: usize, interval: usize) -> Option<Holding<'a>> {
        let c: &'a ControlInterval = atlas.territories.units.get(unit)?.control.get(interval)?;
        let parties = &atlas.config.parties;
        let event = atlas
            .control_events
            .get(unit)
            .and_then(|e| e.get(interval).copied().flatten());
        let reference = match (c.event.as_deref(), c.reference.as_deref()) {
            (Some(event_id), _) => {
                return Some(Holding::ByEvent {
                    party: c.party,
                    from: c.from,
                    event,
                    event_id,
                })
            }
            (None, Some(reference)) => reference,
            (None, None) => "",
        };
        let stateless = !parties.is_side(c.party) && !parties.is_joint(c.party);
        Some(if stateless {
            Holding::NoState {
                until: c.until,
                reference,
            }
        } else if c.start() == atlas.first_day {
            let first = atlas.record.events().first().map(|e| e.date);
            Holding::AtStart {
                party: c.party,
                first: first.unwrap_or(c.from),
                reference,
            }
        } else {
            Holding::Background {
                party: c.party,
                from: c.from,
                reference,
            }
        })
    }
}
