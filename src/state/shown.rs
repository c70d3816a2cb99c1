//! What the map shows on a day, as signals: the [`Moment`] of the model and the parties' names
//! of the day in the language shown, each worked out once per change and read by every part
//! (map, tooltip, legend, table, export). Built from any day, side and language, so two can
//! stand side by side.

use atlas_model::{Atlas, Day, Lang, Moment, Party, PartyNames};
use leptos::prelude::*;
use std::sync::Arc;

/// One day of the atlas as signals. A handle: `Copy`.
#[derive(Clone, Copy)]
pub struct Shown {
    /// Every unit's status, each side's view, the claims in force.
    pub moment: Memo<Arc<Moment>>,
    /// The parties' names of the day in the language shown: rebuilt only at the turn of an era
    /// or of the language, not at every step of the date.
    pub names: Memo<Arc<PartyNames>>,
    /// Whose map is drawn: the side chosen when it existed on the day, else `None` (as it was).
    pub side: Memo<Option<Party>>,
    /// The side chosen whose map cannot be drawn for the day (it did not exist then).
    pub absent_side: Memo<Option<Party>>,
}

impl Shown {
    pub fn new(
        atlas: Arc<Atlas>,
        day: Signal<Day>,
        side: Signal<Option<Party>>,
        lang: Signal<Lang>,
    ) -> Shown {
        let moment = {
            let atlas = atlas.clone();
            Memo::new(move |_| Arc::new(Moment::at(&atlas, day.get(), side.get())))
        };
        let era = {
            let atlas = atlas.clone();
            Memo::new(move |_| atlas.config.parties.renamings_by(day.get()))
        };
        let names = Memo::new(move |_| {
            // Read, not only tracked: a memo that is never read is never computed, and so
            // would never learn that the day moved.
            let _ = era.get();
            let day = day.get_untracked();
            Arc::new(PartyNames::at(&atlas.config.parties, day, lang.get()))
        });
        Shown::of(moment, names)
    }

    /// What a moment and its names mean, with the side drawn and the side absent worked out
    /// once from the moment (they change only when the day crosses a side's existence).
    pub fn of(moment: Memo<Arc<Moment>>, names: Memo<Arc<PartyNames>>) -> Shown {
        Shown {
            moment,
            names,
            side: Memo::new(move |_| moment.with(|m| m.side)),
            absent_side: Memo::new(move |_| moment.with(|m| m.absent_side)),
        }
    }

    /// A party's name on its own ("Soviet Union"), tracked.
    pub fn name(&self, party: Party) -> String {
        self.names.with(|n| n.name(party).to_string())
    }

    /// A party's name in running text ("the Soviet Union"), tracked.
    pub fn in_text(&self, party: Party) -> String {
        self.names.with(|n| n.in_text(party).to_string())
    }
}
