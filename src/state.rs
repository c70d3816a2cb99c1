//! The loaded atlas (read-only data) and the shared view state (signals) every component uses.

use crate::url;
use atlas_model::link::{Lang, LinkState, View};
use atlas_model::projection::Lambert;
use atlas_model::scene::{MapBox, Scene};
use atlas_model::{Base, Claims, Date, Day, Event, Record, Territories};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything read from `geodata/`, checked and projected once.
pub struct Atlas {
    pub record: Record,
    pub territories: Territories,
    pub claims: Claims,
    pub scene: Scene,
    /// The slider's first day: the start of the first event's year.
    pub first_day: Day,
    pub today: Day,
}

/// The earliest day the slider shows when the record is empty.
const FALLBACK_START: i32 = 1700;

impl Atlas {
    pub fn new(
        record: Record,
        territories: Territories,
        claims: Claims,
        base: Base,
        today: Day,
    ) -> Atlas {
        let scene = Scene::build(&territories, &claims, &base, Lambert::default());
        let first_year = record
            .events()
            .first()
            .map(|e| e.date.year_number())
            .unwrap_or(FALLBACK_START);
        Atlas {
            record,
            territories,
            claims,
            scene,
            first_day: Date::year(first_year).first_day(),
            today,
        }
    }

    pub fn event(&self, index: usize) -> Option<&Event> {
        self.record.events().get(index)
    }

    /// The day a link or a control asks for, kept within the slider's span.
    pub fn clamp(&self, day: Day) -> Day {
        day.clamp(self.first_day, self.today)
    }

    /// The projected box of a view preset.
    pub fn view_box(&self, view: View) -> MapBox {
        self.scene.box_of(view.bounds())
    }
}

/// How long the date must rest before the URL follows it, in milliseconds.
const URL_DELAY_MS: u32 = 250;

thread_local! {
    /// The URL write waiting for the date to rest.
    static PENDING_URL: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> =
        const { std::cell::RefCell::new(None) };
}

/// The state shared by the components. Every field is a signal, so `Ui` is `Copy`.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The date the map shows.
    pub day: RwSignal<Day>,
    /// An event chosen by the reader (list, territory, step buttons); `None` follows the slider.
    pub event: RwSignal<Option<usize>>,
    /// The last view preset chosen.
    pub view: RwSignal<View>,
    /// The part of the map on screen, in map kilometres.
    pub view_box: RwSignal<MapBox>,
    pub lang: RwSignal<Lang>,
    /// Messages about links or data that could not be used.
    pub notices: RwSignal<Vec<String>>,
    /// The event the panel shows: the chosen one, else the latest at the date.
    pub shown: Memo<Option<usize>>,
    atlas: StoredValue<Arc<Atlas>>,
}

impl Ui {
    pub fn new(atlas: Arc<Atlas>, notices: Vec<String>) -> Ui {
        let day = RwSignal::new(atlas.today);
        let event = RwSignal::new(None::<usize>);
        let store = StoredValue::new(atlas.clone());
        let shown = Memo::new(move |_| {
            event
                .get()
                .or_else(|| store.with_value(|a| a.record.current_at(day.get())))
        });
        Ui {
            day,
            event,
            view: RwSignal::new(View::Overview),
            view_box: RwSignal::new(atlas.view_box(View::Overview)),
            lang: RwSignal::new(Lang::En),
            notices: RwSignal::new(notices),
            shown,
            atlas: store,
        }
    }

    pub fn atlas(&self) -> Arc<Atlas> {
        self.atlas.get_value()
    }

    /// Applies a link's state without writing the URL (start-up, back/forward).
    pub fn apply_link(&self, link: &LinkState) {
        let atlas = self.atlas();
        let event = link
            .event
            .as_deref()
            .and_then(|id| atlas.record.index_of(id));
        let day = match (link.date, event) {
            (Some(date), _) => date.first_day(),
            (None, Some(i)) => atlas.record.events()[i].day(),
            (None, None) => atlas.today,
        };
        let view = link.view.unwrap_or_default();
        self.day.set(atlas.clamp(day));
        self.event.set(event);
        self.lang.set(link.lang);
        self.view.set(view);
        self.view_box.set(atlas.view_box(view));
    }

    /// The state as a link.
    pub fn link(&self) -> LinkState {
        let atlas = self.atlas();
        LinkState {
            date: Some(self.day.get_untracked().date()),
            event: self
                .event
                .get_untracked()
                .and_then(|i| atlas.event(i))
                .map(|e| e.id.clone()),
            view: Some(self.view.get_untracked()).filter(|v| *v != View::Overview),
            lang: self.lang.get_untracked(),
        }
    }

    /// Moves the date without touching the URL (a drag or playback in progress); the panel
    /// follows the date. Signals are only set when they change.
    pub fn move_day(&self, day: Day) {
        let day = self.atlas.with_value(|a| a.clamp(day));
        if self.day.get_untracked() != day {
            self.day.set(day);
        }
        if self.event.get_untracked().is_some() {
            self.event.set(None);
        }
    }

    /// Moves the date (typed date, Start, Today, PageUp/PageDown) and updates the URL.
    pub fn set_day(&self, day: Day) {
        self.move_day(day);
        self.commit_url(false);
    }

    /// Shows an event chosen from the list: sets the date to its day, frames its region when
    /// `move_map`, and makes a history entry to come back from.
    pub fn select_event(&self, index: usize, move_map: bool) {
        if self.go_to_event(index, move_map) {
            self.commit_url(true);
        }
    }

    fn go_to_event(&self, index: usize, move_map: bool) -> bool {
        let atlas = self.atlas();
        let Some(event) = atlas.event(index) else {
            return false;
        };
        self.day.set(atlas.clamp(event.day()));
        self.event.set(Some(index));
        if move_map {
            let view = View::for_regions(&event.regions);
            self.view.set(view);
            self.view_box.set(atlas.view_box(view));
        }
        true
    }

    /// Shows the event that gave a territory its status, keeping the date.
    pub fn show_event(&self, index: usize) {
        self.event.set(Some(index));
        self.commit_url(true);
    }

    pub fn set_view(&self, view: View) {
        self.view.set(view);
        self.view_box
            .set(self.atlas.with_value(|a| a.view_box(view)));
        self.commit_url(true);
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.commit_url(true);
    }

    /// Updates the URL once the date has rested (a drag, playback, a held arrow key): each
    /// history write costs time, and browsers throttle frequent ones.
    pub fn replace_url_soon(&self) {
        let ui = *self;
        let timeout = gloo::timers::callback::Timeout::new(URL_DELAY_MS, move || {
            PENDING_URL.with(|p| p.borrow_mut().take());
            ui.write_url();
        });
        // Replacing the pending timeout cancels it.
        PENDING_URL.with(|p| *p.borrow_mut() = Some(timeout));
    }

    /// Writes a pending URL at once (a drag or playback has ended).
    pub fn flush_url(&self) {
        if PENDING_URL.with(|p| p.borrow_mut().take()).is_some() {
            self.write_url();
        }
    }

    fn write_url(&self) {
        // The page may have been taken down meanwhile.
        if self.day.try_get_untracked().is_some() {
            self.commit_url(false);
        }
    }

    /// Writes the state to the URL now, as a new history entry (`push`) or in place; a write
    /// still waiting for the date to rest is dropped, since this one carries the same state.
    fn commit_url(&self, push: bool) {
        PENDING_URL.with(|p| p.borrow_mut().take());
        let link = self.link();
        if push {
            url::push(&link);
        } else {
            url::replace(&link);
        }
    }

    /// Steps to the next (`+1`) or previous (`-1`) event from the one shown. The URL follows
    /// once the steps rest: holding an arrow key must neither fill nor hammer the history.
    pub fn step_event(&self, direction: i32) {
        let atlas = self.atlas();
        let record = &atlas.record;
        let day = self.day.get_untracked();
        let target = match (self.event.get_untracked(), direction > 0) {
            (Some(i), true) => (i + 1 < record.len()).then_some(i + 1),
            (Some(i), false) => i.checked_sub(1),
            (None, true) => record.next_after(day),
            (None, false) => record.previous_before(day),
        };
        if target.is_some_and(|i| self.go_to_event(i, false)) {
            self.replace_url_soon();
        }
    }
}
