//! One step on through what the reader is shown, as a presenter's clicker asks for it.

use super::Ui;
use leptos::prelude::*;

impl Ui {
    /// Moves on by one step (`direction` > 0) or back by one (< 0); 0 stays. A step is the
    /// lesson's next or previous step when a lesson is followed, else the next or previous
    /// event from the one shown, the URL following once the steps rest.
    pub fn advance(&self, direction: i32) {
        if direction == 0 {
            return;
        }
        if self.lessons.run.with_untracked(Option::is_some) {
            self.step_lesson(direction.signum());
        } else {
            self.step_event(direction.signum());
        }
    }
}
