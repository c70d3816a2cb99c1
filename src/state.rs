//! The loaded atlas (read-only data) and the shared view state (signals) every component uses.
//!
//! `Ui`'s actions say how the URL should follow each change ([`UrlStep`]); `crate::url` owns
//! the URL and carries that out.

use crate::i18n::I18n;
use atlas_model::link::LinkState;
use atlas_model::perspective::Perspectives;
use atlas_model::projection::Lambert;
use atlas_model::scene::{MapBox, Scene};
use atlas_model::status::StatusIndex;
use atlas_model::timeline::Scale;
use atlas_model::words::Message;
use atlas_model::{
    AtlasConfig, Base, Claims, Date, Day, Event, Lang, Party, Record, Territories, ViewId,
};
use leptos::prelude::*;
use std::sync::Arc;

/// Everything read from `geodata/`, checked and projected once.
pub struct Atlas {
    pub config: AtlasConfig,
    pub record: Record,
    pub territories: Territories,
    pub claims: Claims,
    pub scene: Scene,
    /// Which claimed areas each unit lies in: what each unit shows on a day.
    pub status: StatusIndex,
    /// Which claims can change each side's view of each unit.
    pub perspectives: Perspectives,
    /// The slider's first day: the start of the first event's year (never after `today`).
    pub first_day: Day,
    pub today: Day,
}

/// The earliest year the slider shows when the record is empty.
const FALLBACK_START: i32 = 1700;

impl Atlas {
    pub fn new(
        config: AtlasConfig,
        record: Record,
        territories: Territories,
        claims: Claims,
        base: Base,
        today: Day,
    ) -> Atlas {
        let scene = Scene::build(&territories, &claims, &base, Lambert::default());
        let status = StatusIndex::new(&territories, &claims, &config.parties);
        let perspectives = Perspectives::new(&territories, &claims);
        let first_year = record
            .events()
            .first()
            .map(|e| e.date.year_number())
            .unwrap_or(FALLBACK_START);
        Atlas {
            config,
            record,
            territories,
            claims,
            scene,
            status,
            perspectives,
            first_day: Date::year(first_year).first_day().min(today),
            today,
        }
    }

    pub fn event(&self, index: usize) -> Option<&Event> {
        self.record.events().get(index)
    }

    /// The day a link or a control asks for, kept within the slider's span.
    pub fn clamp(&self, day: Day) -> Day {
        day.max(self.first_day).min(self.today)
    }

    /// The slider's scale: days to positions, with more room where events crowd.
    pub fn scale(&self) -> Scale {
        Scale::new(
            self.record.events().iter().map(Event::day),
            self.first_day,
            self.today,
        )
    }

    /// The projected box of a view preset.
    pub fn view_box(&self, view: ViewId) -> MapBox {
        self.scene.box_of(self.config.view(view).bounds)
    }
}

/// How the URL follows a change of state, weakest first: a later, stronger step takes the
/// place of a pending weaker one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum UrlStep {
    /// Once the movement rests (a drag, playback, a held arrow key): the entry is replaced.
    WhenRested,
    /// Now, in place (also: a movement has ended, so a write waiting for rest happens now).
    Replace,
    /// Now, as a new history entry: a choice the reader may want to go back from.
    Push,
}

/// The state shared by the components. Every field is a handle, so `Ui` is `Copy`.
#[derive(Clone, Copy)]
pub struct Ui {
    /// The date the map shows.
    pub day: RwSignal<Day>,
    /// An event chosen by the reader (list, territory, step buttons); `None` follows the slider.
    pub event: RwSignal<Option<usize>>,
    /// The last view preset chosen.
    pub view: RwSignal<ViewId>,
    /// The part of the map on screen, in map kilometres.
    pub view_box: RwSignal<MapBox>,
    /// The reader's language (the same signal as `i18n.lang`).
    pub lang: RwSignal<Lang>,
    /// The interface's words in that language.
    pub i18n: I18n,
    /// Whose view the map shows; `None`: as it was.
    pub perspective: RwSignal<Option<Party>>,
    /// The layout made for an iframe (`?embed=1`): map, slider and the event's title only, and
    /// an embedded atlas never adds entries to the history the page around it shares.
    pub embed: RwSignal<bool>,
    /// Messages about links or data that could not be used.
    pub notices: RwSignal<Vec<Message>>,
    /// The event shown: the chosen one, else the latest at the date.
    pub shown: Memo<Option<usize>>,
    /// `shown` once the frame after its change is painted: the event panel and list follow it,
    /// so a step first repaints the map, slider and date (see `crate::schedule`).
    pub shown_painted: Memo<Option<usize>>,
    /// `day` once the frame after its change is painted: what follows the date in the event
    /// column (the table of who held what) waits for it, as the panel does.
    pub day_painted: Memo<Day>,
    /// The URL step asked for since the URL was last written (see `crate::url`).
    pub url_step: RwSignal<Option<UrlStep>>,
    /// The date as a link gave it (`1905`, `1905-09`), kept for the URL while the day shown is
    /// still its first day: a link keeps the precision it was written with.
    linked_date: StoredValue<Option<Date>>,
    /// The language the reader's browser asks for: a link names the language only when it
    /// differs.
    browser_lang: Lang,
    atlas: StoredValue<Arc<Atlas>>,
}

impl Ui {
    pub fn new(atlas: Arc<Atlas>, notices: Vec<Message>, i18n: I18n) -> Ui {
        let day = RwSignal::new(atlas.today);
        let event = RwSignal::new(None::<usize>);
        let store = StoredValue::new(atlas.clone());
        let shown = Memo::new(move |_| {
            event
                .get()
                .or_else(|| store.with_value(|a| a.record.current_at(day.get())))
        });
        let view = atlas.config.default_view();
        // One wait for the painted frame serves both: the day and the event shown.
        let painted = crate::schedule::after_paint(Memo::new(move |_| (day.get(), shown.get())));
        Ui {
            shown_painted: Memo::new(move |_| painted.get().1),
            day_painted: Memo::new(move |_| painted.get().0),
            day,
            event,
            view: RwSignal::new(view),
            view_box: RwSignal::new(atlas.view_box(view)),
            lang: i18n.lang,
            browser_lang: i18n.lang.get_untracked(),
            i18n,
            perspective: RwSignal::new(None),
            embed: RwSignal::new(false),
            notices: RwSignal::new(notices),
            shown,
            url_step: RwSignal::new(None),
            linked_date: StoredValue::new(None),
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
        let day = match (link.date, event.and_then(|i| atlas.event(i))) {
            (Some(date), _) => date.first_day(),
            (None, Some(e)) => e.day(),
            (None, None) => atlas.today,
        };
        self.day.set(atlas.clamp(day));
        self.linked_date.set_value(link.date);
        self.event.set(event);
        self.lang.set(link.lang.unwrap_or(self.browser_lang));
        self.perspective.set(link.perspective);
        self.embed.set(link.embed);
        self.frame_view(link.view.unwrap_or(atlas.config.default_view()));
    }

    /// Makes a view preset the chosen one and shows its box.
    fn frame_view(&self, view: ViewId) {
        self.view.set(view);
        self.view_box
            .set(self.atlas.with_value(|a| a.view_box(view)));
    }

    /// The state as a link.
    pub fn link(&self) -> LinkState {
        let atlas = self.atlas();
        let day = self.day.get_untracked();
        let date = match self.linked_date.get_value() {
            Some(given) if given.first_day() == day => given,
            _ => day.date(),
        };
        LinkState {
            date: Some(date),
            event: self
                .event
                .get_untracked()
                .and_then(|i| atlas.event(i))
                .map(|e| e.id.clone()),
            view: Some(self.view.get_untracked()),
            lang: Some(self.lang.get_untracked()).filter(|l| *l != self.browser_lang),
            embed: self.embed.get_untracked(),
            perspective: self.perspective.get_untracked(),
        }
    }

    /// Asks the URL to follow the state (see [`UrlStep`]).
    pub fn write_url(&self, step: UrlStep) {
        self.url_step.update(|pending| {
            *pending = Some(pending.map_or(step, |p| p.max(step)));
        });
    }

    /// Moves the date as a drag or playback does: the state at once, the URL once the movement
    /// rests. The panel follows the date. Signals are only set when they change.
    pub fn move_day(&self, day: Day) {
        let day = self.atlas.with_value(|a| a.clamp(day));
        if self.day.get_untracked() != day {
            self.day.set(day);
        }
        if self.event.get_untracked().is_some() {
            self.event.set(None);
        }
        self.write_url(UrlStep::WhenRested);
    }

    /// Moves the date (typed date, Start, Today, PageUp/PageDown) and updates the URL.
    pub fn set_day(&self, day: Day) {
        self.move_day(day);
        self.write_url(UrlStep::Replace);
    }

    /// Shows an event chosen from the list: sets the date to its day, frames its region when
    /// `move_map`, and makes a history entry to come back from.
    pub fn select_event(&self, index: usize, move_map: bool) {
        if self.go_to_event(index, move_map) {
            self.write_url(UrlStep::Push);
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
            self.frame_view(atlas.config.view_for_regions(&event.regions));
        }
        true
    }

    /// Shows the event that gave a territory its status, keeping the date.
    pub fn show_event(&self, index: usize) {
        self.event.set(Some(index));
        self.write_url(UrlStep::Push);
    }

    pub fn set_view(&self, view: ViewId) {
        self.frame_view(view);
        self.write_url(UrlStep::Push);
    }

    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.write_url(UrlStep::Push);
    }

    /// Shows the map as `side` saw it (`None`: as it was).
    pub fn set_perspective(&self, side: Option<Party>) {
        self.perspective.set(side);
        self.write_url(UrlStep::Push);
    }

    /// The text of `key` in the reader's language (tracked).
    pub fn t(&self, key: &str) -> String {
        self.i18n.t(key)
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
            self.write_url(UrlStep::WhenRested);
        }
    }
}
