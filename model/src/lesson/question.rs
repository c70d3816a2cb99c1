//! A lesson's questions answered from the record: the answer, the choices offered and what
//! decides the answer (the event, with its passage, or the background reference) are worked
//! out here from the atlas's data, so a correction of the data corrects every question.

use super::Question;
use crate::holding::Holding;
use crate::moment::Moment;
use crate::party::Party;
use crate::Atlas;

/// One choice offered to the class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// A party (a holder, or the party whose title a side recognised).
    Party(Party),
    /// In a side's view: no one's title (the side renounced the land without recognising
    /// anyone's).
    Undetermined,
    /// A document of `sources.json` (its index there).
    Document(usize),
    /// An event of the record (its index).
    Event(usize),
}

/// What makes an answer right, to explain a wrong one.
#[derive(Clone, Debug, PartialEq)]
pub enum Decider {
    /// An event of the record, and the passage of it that says so where one does.
    Event {
        event: usize,
        passage: Option<usize>,
    },
    /// A period the documents do not date: its standard reference.
    Background { reference: String },
    /// The events' own dates (a question of order).
    Dates,
    /// The teacher's model answer (a free question).
    Typed,
}

/// A question with its answer worked out.
#[derive(Clone, Debug, PartialEq)]
pub struct Asked {
    /// What is offered, in the order shown.
    pub choices: Vec<Choice>,
    /// The right choice, or for a question of order the choices in the right order; empty
    /// for a free question.
    pub answer: Vec<Choice>,
    pub decider: Decider,
}

impl Asked {
    /// Whether `given` (one choice, or all of them in an order) is the answer.
    pub fn is_right(&self, given: &[Choice]) -> bool {
        !self.answer.is_empty() && given == self.answer.as_slice()
    }
}

/// The fewest choices a question of whose-was-it offers: others are added from the sides.
const FEWEST: usize = 3;

impl Question {
    /// The question answered from `atlas`; `None` when the record cannot answer it (the
    /// reader reports that as a problem of the lesson, so a shipped lesson always answers).
    pub fn ask(&self, atlas: &Atlas) -> Option<Asked> {
        match self {
            Question::Holder { unit, date } => {
                let status = Moment::at(atlas, date.first_day(), None).status(*unit);
                let party = status.party?;
                let decider = holding_decider(atlas, *unit, status.interval?)?;
                Some(Asked {
                    choices: party_choices(atlas, *unit, Choice::Party(party), false),
                    answer: vec![Choice::Party(party)],
                    decider,
                })
            }
            Question::Side { unit, side, date } => {
                let day = date.first_day();
                let moment = Moment::at(atlas, day, Some(*side));
                moment.side?;
                let view = moment.view(*unit)?;
                let answer = view.rightful.map_or(Choice::Undetermined, Choice::Party);
                let decider = match view.claim {
                    Some(claim) => {
                        let id = &atlas.claims.claims.get(claim)?.event;
                        Decider::Event {
                            event: atlas.record.index_of(id)?,
                            passage: None,
                        }
                    }
                    None => holding_decider(atlas, *unit, moment.status(*unit).interval?)?,
                };
                Some(Asked {
                    choices: party_choices(atlas, *unit, answer, true),
                    answer: vec![answer],
                    decider,
                })
            }
            Question::Source { event, passage } => {
                let citation = atlas.event(*event)?.sources.get(*passage)?;
                let sources = atlas.record.sources();
                let doc = sources.iter().position(|s| s.id == citation.doc)?;
                Some(Asked {
                    choices: (0..sources.len()).map(Choice::Document).collect(),
                    answer: vec![Choice::Document(doc)],
                    decider: Decider::Event {
                        event: *event,
                        passage: Some(*passage),
                    },
                })
            }
            Question::Order { events } => {
                let mut answer = events.clone();
                // The record is sorted by first day: an event's index is its place in time.
                answer.sort_unstable();
                answer.dedup();
                let mut shown = events.clone();
                shown.sort_by_key(|&i| atlas.event(i).map(|e| scramble(&e.id)));
                if shown == answer {
                    shown.reverse();
                }
                Some(Asked {
                    choices: shown.into_iter().map(Choice::Event).collect(),
                    answer: answer.into_iter().map(Choice::Event).collect(),
                    decider: Decider::Dates,
                })
            }
            Question::Free { .. } => Some(Asked {
                choices: Vec::new(),
                answer: Vec::new(),
                decider: Decider::Typed,
            }),
        }
    }
}

/// What decides who held `unit` in its period `interval`.
fn holding_decider(atlas: &Atlas, unit: usize, interval: usize) -> Option<Decider> {
    Some(match Holding::of(atlas, unit, interval)? {
        Holding::ByEvent { event, .. } => Decider::Event {
            event: event?,
            passage: None,
        },
        Holding::Background { reference, .. }
        | Holding::AtStart { reference, .. }
        | Holding::NoState { reference, .. } => Decider::Background {
            reference: reference.to_string(),
        },
    })
}

/// The choices for a question of whose `unit` was: every party that ever held it or claimed
/// it (and in a side's view, where one of them renounced it, no one's title), at least
/// [`FEWEST`], in the parties' order, with `answer` among them.
fn party_choices(atlas: &Atlas, unit: usize, answer: Choice, in_view: bool) -> Vec<Choice> {
    let mut choices = vec![answer];
    fn add(choices: &mut Vec<Choice>, c: Choice) {
        if !choices.contains(&c) {
            choices.push(c);
        }
    }
    if let Some(territory) = atlas.territories.units.get(unit) {
        for interval in &territory.control {
            add(&mut choices, Choice::Party(interval.party));
        }
        for claim in atlas.claims.iter() {
            if !claim.units.contains(&territory.id) {
                continue;
            }
            if in_view && claim.kind == crate::ClaimKind::Undetermined {
                add(&mut choices, Choice::Undetermined);
            }
            for p in std::iter::once(claim.party)
                .chain(claim.also.iter().copied())
                .chain(claim.recognises)
            {
                add(&mut choices, Choice::Party(p));
            }
        }
    }
    for side in atlas.config.parties.sides() {
        if choices.len() >= FEWEST {
            break;
        }
        add(&mut choices, Choice::Party(side));
    }
    let order = |c: &Choice| match c {
        Choice::Party(p) => p.index(),
        _ => usize::MAX,
    };
    choices.sort_by_key(order);
    choices
}

/// A fixed order that does not follow time (FNV-1a of the id): the events of a question of
/// order are shown the same way on every screen and paper.
fn scramble(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}
