//! The layout made for a projector (`?present=1`): entered and left by the reader, kept in the
//! URL.

use super::{Ui, UrlStep};
use leptos::prelude::*;

impl Ui {
    /// Whether the page shows the projector's layout (tracked). An embedded atlas keeps the
    /// layout made for a frame, whatever its link says.
    pub fn presenting(&self) -> bool {
        self.present.get() && !self.embed.get()
    }

    /// Enters (`true`) or leaves the projector's layout, as a history entry to come back from.
    pub fn set_present(&self, on: bool) {
        if self.present.get_untracked() != on {
            self.present.set(on);
            self.write_url(UrlStep::Push);
        }
    }
}
