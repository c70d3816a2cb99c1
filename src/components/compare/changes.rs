//! What changed between the two maps, unit by unit, in words: who held it, how, whose each map
//! draws it as, the claims that came into force or lapsed, and the events between the two dates
//! that changed it, each a button that opens the event. Worked out by the model
//! ([`Changes::between`]); said here with each map's own names of the parties.

use crate::state::{Shown, Ui};
use atlas_model::changes::{Changes, UnitChange};
use atlas_model::key::{self, Key};
use atlas_model::status::Pattern;
use atlas_model::{Atlas, Party};
use leptos::prelude::*;

#[component]
pub fn ChangesList() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let changes = Memo::new(move |_| {
        let atlas = ui.atlas();
        let (a, b) = (ui.now.moment.get(), ui.then.moment.get());
        Changes::between(&atlas, &a, &b)
    });
    let rows = move || {
        let atlas = ui.atlas();
        let changes = changes.get();
        if changes.is_empty() {
            return view! { <p class="changes-none">{ui.t(key::CHANGES_NONE)}</p> }.into_any();
        }
        let rows = changes.iter().map(|c| row(ui, &atlas, c)).collect_view();
        view! { <ul class="changes-list">{rows}</ul> }.into_any()
    };
    view! {
        <section class="changes" data-ui="changes" id="compare-changes" aria-labelledby="changes-title">
            <h2 id="changes-title">{move || ui.t(key::CHANGES_TITLE)}</h2>
            {rows}
        </section>
    }
}

/// One unit's change: its name, then a line for each part that changed.
fn row(ui: Ui, atlas: &Atlas, c: &UnitChange) -> impl IntoView {
    let lang = ui.lang.get();
    let unit = atlas.territories.units.get(c.unit);
    let name = unit
        .map(|u| u.names.get(lang).to_string())
        .unwrap_or_default();
    let id = unit.map(|u| u.id.clone()).unwrap_or_default();
    let kinds = c.kinds();
    let holder = |p: Option<Party>, shown: Shown| {
        p.map_or_else(|| ui.t(key::CHANGES_NO_HOLDER), |p| shown.in_text(p))
    };
    let pair = |k: Key, from: String, to: String| ui.i18n.fill(k, &[("from", &from), ("to", &to)]);
    let mut lines = Vec::new();
    if kinds.holder {
        lines.push(pair(
            key::CHANGES_HELD,
            holder(c.holder.0, ui.now),
            holder(c.holder.1, ui.then),
        ));
    }
    if kinds.pattern {
        let how = |p: Option<Pattern>| match p {
            Some(Pattern::Occupation) => ui.t(key::LEGEND_OCCUPATION),
            Some(Pattern::Contested) => ui.t(key::LEGEND_CONTESTED),
            Some(Pattern::Joint) => ui.t(key::CHANGES_JOINT),
            None => ui.t(key::CHANGES_PLAIN),
        };
        lines.push(pair(key::CHANGES_HOW, how(c.pattern.0), how(c.pattern.1)));
    }
    if kinds.view {
        let (a, b) = c.drawn_as();
        let drawn = |p: Option<Party>, shown: Shown| {
            p.map_or_else(|| ui.t(key::LEGEND_NO_ONE), |p| shown.in_text(p))
        };
        lines.push(pair(
            key::CHANGES_DRAWN,
            drawn(a, ui.now),
            drawn(b, ui.then),
        ));
    }
    let separator = ui.t(key::CHANGES_SEPARATOR);
    let claims = |list: &[usize]| {
        list.iter()
            .filter_map(|&i| atlas.claims.claims.get(i))
            .map(|claim| claim.names.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(&separator)
    };
    if !c.claims_gained.is_empty() {
        let words = claims(&c.claims_gained);
        lines.push(ui.i18n.fill(key::CHANGES_GAINED, &[("claims", &words)]));
    }
    if !c.claims_lost.is_empty() {
        let words = claims(&c.claims_lost);
        lines.push(ui.i18n.fill(key::CHANGES_LOST, &[("claims", &words)]));
    }
    let lines = lines
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    let events = (!c.events.is_empty()).then(|| {
        let buttons = c
            .events
            .iter()
            .filter_map(|&i| Some((i, atlas.event(i)?)))
            .map(|(i, e)| {
                let (title, title_lang) = ui.i18n.title(e);
                let date = ui.i18n.date(e.date);
                view! {
                    <li>
                        <button type="button" class="changes-event" data-event=e.id.clone() on:click=move |_| ui.show_event(i)>
                            <span lang=title_lang.key()>{title}</span>
                            " (" {date} ")"
                        </button>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="changes-by">{ui.t(key::CHANGES_EVENTS)}</p>
            <ul class="changes-events">{buttons}</ul>
        }
    });
    view! {
        <li data-unit=id>
            <h3 class="changes-unit">{name}</h3>
            <ul class="changes-lines">{lines}</ul>
            {events}
        </li>
    }
}
