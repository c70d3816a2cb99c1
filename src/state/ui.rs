//! The reader's state (signals) every component uses, and its actions.
//!
//! `Ui`'s actions say how the URL should follow each change ([`UrlStep`]); `super::url` owns
//! the URL and carries that out.

use super::i18n::I18n;
use super::lessons::Lessons;
use super::shown::Shown;
use atlas_model::key::{self, Key};
use atlas_model::link::LinkState;
use atlas_model::scene::MapBox;
use atlas_model::words::Message;
use atlas_model::{Atlas, Date, Day, Lang, Party, ViewId};
use leptos::prelude::*;
use std::sync::Arc;

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

/// The second map, where it differs from the first: its own date, its own side, or both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Compare {
    /// The second map's date; `None`: the first map's.
    pub day: Option<Day>,
    /// The second map's side (`Some(None)`: as it was); `None`: the first map's.
    pub side: Option<Option<Party>>,
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
    /// The language shown (the same signal as `i18n.lang`): it changes only once the
    /// language's words have arrived (see [`Ui::set_lang`]).
    pub lang: RwSignal<Lang>,
    /// The interface's words in that language.
    pub i18n: I18n,
    /// Whose view the reader chose (and the URL keeps); `None`: as it was. The map shows it
    /// on the days that side existed ([`Shown::side`]); on the others, as it was.
    pub perspective: RwSignal<Option<Party>>,
    /// The layout made for an iframe (`?embed=1`): map, slider and the event's title only, and
    /// an embedded atlas never adds entries to the history the page around it shares.
    pub embed: RwSignal<bool>,
    /// The layout made for a projector (`?present=1`): the map fills the screen, the event's
    /// date and title in large type (see `super::present`).
    pub present: RwSignal<bool>,
    /// Messages about links or data that could not be used.
    pub notices: RwSignal<Vec<Message>>,
    /// The event shown: the chosen one, else the latest at the date.
    pub shown: Memo<Option<usize>>,
    /// `shown` once the frame after its change is painted: the event panel and list follow it,
    /// so a step first repaints the map, slider and date (see `crate::platform::schedule`).
    pub shown_painted: Memo<Option<usize>>,
    /// `day` once the frame after its change is painted: what follows the date in the event
    /// column (the table of who held what) waits for it, as the panel does.
    pub day_painted: Memo<Day>,
    /// What the map shows on `day`, as it was or as the chosen side saw it, in the language
    /// shown: worked out once per change and read by every part.
    pub now: Shown,
    /// `now` once the frame after its change is painted (the table of who held what).
    pub now_painted: Shown,
    /// A second map beside the first (`?compare=…`, `?compare-perspective=…`); `None`: one map.
    pub compare: RwSignal<Option<Compare>>,
    /// What the second map shows: its date and side, or the first map's where it has none.
    /// Worked out only while it is read (in a comparison).
    pub then: Shown,
    /// The lesson followed, if any, and the list of lessons.
    pub lessons: Lessons,
    /// The URL step asked for since the URL was last written (see `super::url`).
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
        let view_box = RwSignal::new(atlas.view_box(view));
        let perspective = RwSignal::new(None);
        let lessons = Lessons::new((day, event, perspective, view_box), store);
        let now = Shown::new(
            atlas.clone(),
            day.into(),
            perspective.into(),
            i18n.lang.into(),
        );
        let compare = RwSignal::new(None::<Compare>);
        let then = Shown::new(
            atlas.clone(),
            Signal::derive(move || {
                compare
                    .get()
                    .and_then(|c| c.day)
                    .unwrap_or_else(|| day.get())
            }),
            Signal::derive(move || {
                compare
                    .get()
                    .and_then(|c| c.side)
                    .unwrap_or_else(|| perspective.get())
            }),
            i18n.lang.into(),
        );
        // One wait for the painted frame serves all: the event and what the day shows (the
        // moment carries its day).
        let painted = crate::platform::schedule::after_paint(Memo::new(move |_| {
            (shown.get(), now.moment.get(), now.names.get())
        }));
        Ui {
            shown_painted: Memo::new(move |_| painted.get().0),
            day_painted: Memo::new(move |_| painted.with(|p| p.1.day)),
            now,
            now_painted: Shown::of(
                Memo::new(move |_| painted.get().1),
                Memo::new(move |_| painted.get().2),
            ),
            compare,
            then,
            day,
            event,
            view: RwSignal::new(view),
            view_box,
            lessons,
            lang: i18n.lang,
            browser_lang: crate::platform::dom::browser_lang(),
            i18n,
            perspective,
            embed: RwSignal::new(false),
            present: RwSignal::new(false),
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

    /// Keeps `date` as the link's date while the day shown is its first day (a date keeps the
    /// precision it was written with).
    pub(super) fn keep_linked_date(&self, date: Option<Date>) {
        self.linked_date.set_value(date);
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
        self.choose_lang(link.lang.unwrap_or(self.browser_lang), None);
        self.perspective.set(link.perspective);
        self.compare.set(link.compares().then(|| Compare {
            day: link.compare.map(|d| atlas.clamp(d.first_day())),
            side: link.compare_perspective,
        }));
        self.embed.set(link.embed);
        self.present.set(link.present);
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
            present: self.present.get_untracked(),
            perspective: self.perspective.get_untracked(),
            compare: self
                .compare
                .get_untracked()
                .and_then(|c| c.day)
                .map(|d| d.date()),
            compare_perspective: self.compare.get_untracked().and_then(|c| c.side),
            lesson: self
                .lessons
                .run
                .with_untracked(|r| r.as_ref().map(|r| r.lesson.id.clone())),
            step: self
                .lessons
                .run
                .with_untracked(|r| r.as_ref().map(|r| r.step + 1)),
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

    /// Shows the page in `lang` once its words are at hand, then writes the URL.
    pub fn set_lang(&self, lang: Lang) {
        self.choose_lang(lang, Some(UrlStep::Push));
    }

    /// Shows the page in `lang`: at once when its words are at hand, else once they have
    /// arrived (the page stays in its language meanwhile, and if they cannot be had, with a
    /// notice). The URL then follows by `step`.
    fn choose_lang(&self, lang: Lang, step: Option<UrlStep>) {
        let ui = *self;
        let done = move |shown: Result<bool, String>| match shown {
            Ok(true) => {
                if let Some(step) = step {
                    ui.write_url(step);
                }
            }
            Ok(false) => {}
            Err(why) => {
                // The language choice goes back to the language shown.
                ui.lang.notify();
                let notice = Message::new(key::NOTICE_LANG_FILE).with("why", why);
                ui.notices.update(|n| {
                    if !n.contains(&notice) {
                        n.push(notice);
                    }
                });
            }
        };
        match self.i18n.show_now(lang) {
            Some(shown) => done(Ok(shown)),
            None => leptos::task::spawn_local(async move { done(ui.i18n.show(lang).await) }),
        }
    }

    /// Shows the map as `side` saw it (`None`: as it was).
    pub fn set_perspective(&self, side: Option<Party>) {
        self.perspective.set(side);
        self.write_url(UrlStep::Push);
    }

    /// The text of `key` in the reader's language (tracked).
    pub fn t(&self, key: Key) -> String {
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
