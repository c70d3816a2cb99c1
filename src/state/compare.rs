//! Two maps of one frontier: the reader's actions on the second map's date and side
//! ([`Compare`]). What the second map shows is [`Ui::then`], worked out as the first map's is.

use super::ui::{Compare, Ui, UrlStep};
use atlas_model::{Day, Party};
use leptos::prelude::*;

impl Ui {
    /// Opens (or changes) the comparison, as a history entry to come back from.
    pub fn set_compare(&self, compare: Option<Compare>) {
        let atlas = self.atlas();
        let compare = compare.map(|c| Compare {
            day: c.day.map(|d| atlas.clamp(d)),
            ..c
        });
        self.compare.set(compare);
        self.write_url(UrlStep::Push);
    }

    /// The comparison "before and after" an event: the day before it on the first map, the
    /// day itself on the second.
    pub fn compare_around(&self, event: usize) {
        let atlas = self.atlas();
        let Some(e) = atlas.event(event) else {
            return;
        };
        self.day.set(atlas.clamp(e.day().plus(-1)));
        self.event.set(None);
        self.set_compare(Some(Compare {
            day: Some(e.day()),
            side: None,
        }));
    }

    /// The second map's date, from its own control.
    pub fn set_compare_day(&self, day: Day) {
        let current = self.compare.get_untracked().unwrap_or_default();
        self.set_compare(Some(Compare {
            day: Some(day),
            ..current
        }));
    }

    /// The second map's side, from its own control (`None`: as it was).
    pub fn set_compare_side(&self, side: Option<Party>) {
        let current = self.compare.get_untracked().unwrap_or_default();
        self.set_compare(Some(Compare {
            side: Some(side),
            ..current
        }));
    }

    /// Swaps the two maps: the first takes the second's date and side, the second the first's.
    pub fn swap_compare(&self) {
        let Some(c) = self.compare.get_untracked() else {
            return;
        };
        let (day, side) = (self.day.get_untracked(), self.perspective.get_untracked());
        self.day.set(c.day.unwrap_or(day));
        self.event.set(None);
        self.perspective.set(c.side.unwrap_or(side));
        self.set_compare(Some(Compare {
            day: c.day.map(|_| day),
            side: c.side.map(|_| side),
        }));
    }
}
