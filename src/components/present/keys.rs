//! A presenter's keys: a clicker's Page Down, → or Space moves on, its Page Up or ← moves back,
//! through the one action [`Ui::advance`]. A key is left alone where the focus has keys of its
//! own (a text field, a list, the slider, a dialog; Space on a button presses it), where the
//! focused element already answered it (the map pans with the arrows), and with Alt, Ctrl or ⌘
//! held (the browser's shortcuts, Alt+← among them).

use crate::platform::input::{self, Focus, KeyPress};
use crate::state::Ui;

/// The step a key asks for: +1 on, -1 back; `None` for a key that is not the presenter's here.
pub fn step(press: &KeyPress) -> Option<i32> {
    if press.modified || press.handled {
        return None;
    }
    let direction = match press.key.as_str() {
        "PageDown" | "ArrowRight" | " " | "Spacebar" => 1,
        "PageUp" | "ArrowLeft" => -1,
        _ => return None,
    };
    match press.focus {
        Focus::Page => Some(direction),
        Focus::Button if press.key != " " && press.key != "Spacebar" => Some(direction),
        _ => None,
    }
}

/// Listens to the page's keys while the calling component lives.
pub fn listen(ui: Ui) {
    input::on_key(move |press| match step(press) {
        Some(direction) => {
            ui.advance(direction);
            true
        }
        None => false,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str, focus: Focus) -> KeyPress {
        KeyPress {
            key: key.to_string(),
            modified: false,
            handled: false,
            focus,
        }
    }

    #[test]
    fn a_clickers_keys_move_on_and_back() {
        for key in ["PageDown", "ArrowRight", " "] {
            assert_eq!(step(&press(key, Focus::Page)), Some(1), "{key}");
        }
        for key in ["PageUp", "ArrowLeft"] {
            assert_eq!(step(&press(key, Focus::Page)), Some(-1), "{key}");
        }
        for key in ["Enter", "ArrowUp", "Home", "a", "Escape"] {
            assert_eq!(step(&press(key, Focus::Page)), None, "{key}");
        }
    }

    #[test]
    fn keys_stay_with_what_answers_them_itself() {
        for focus in [Focus::Text, Focus::Choice, Focus::Range, Focus::Dialog] {
            for key in ["PageDown", "ArrowRight", " ", "PageUp", "ArrowLeft"] {
                assert_eq!(step(&press(key, focus)), None, "{key} in {focus:?}");
            }
        }
        // Space presses a focused button; the clicker's other keys still move on.
        assert_eq!(step(&press(" ", Focus::Button)), None);
        assert_eq!(step(&press("PageDown", Focus::Button)), Some(1));
        assert_eq!(step(&press("ArrowLeft", Focus::Button)), Some(-1));
        // Handled already (the map panned), or a shortcut of the browser.
        let handled = KeyPress {
            handled: true,
            ..press("ArrowRight", Focus::Page)
        };
        assert_eq!(step(&handled), None);
        let back = KeyPress {
            modified: true,
            ..press("ArrowLeft", Focus::Page)
        };
        assert_eq!(step(&back), None);
    }
}
