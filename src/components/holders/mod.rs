//! "Who held what on <date>": the map in words, a table of every territory unit — its holder,
//! since when and by which event, the claims in force on it — that follows the slider and the
//! perspective. What a screen reader gets for the map, and open beside it for anyone. Its rows
//! are drawn only while it is open, so a closed table costs a slider step nothing.

use crate::state::Ui;
use atlas_model::holding::Holding;
use atlas_model::key;
use atlas_model::status::Pattern;
use leptos::prelude::*;

#[component]
pub fn HoldersTable() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let open = RwSignal::new(false);
    // The open table widens the side column (atlas.css).
    Effect::new(move |_| crate::platform::dom::mark_root("data-holders-open", open.get()));
    // The table sits in the event column: like the panel, it follows the date once the step's
    // frame (map, slider, date) is painted.
    let title = Memo::new(move |_| {
        let date = ui.i18n.date(ui.day_painted.get().date());
        ui.i18n.fill(key::HOLDERS_TITLE, &[("date", &date)])
    });
    let rows = move || {
        if !open.get() {
            return None;
        }
        let atlas = ui.atlas();
        // The same moment and names the map drew, once its frame is painted.
        let moment = ui.now_painted.moment.get();
        let names = ui.now_painted.names.get();
        let lang = ui.lang.get();
        let side = moment.side;
        let parties = &atlas.config.parties;
        let name_of = |p| names.in_text(p).to_string();
        let rows = atlas
            .territories
            .iter()
            .enumerate()
            .map(|(i, unit)| {
                let s = moment.status(i);
                let holder = match s.party {
                    Some(p) => {
                        let mut words = name_of(p);
                        match s.pattern {
                            Some(Pattern::Occupation) => words.push_str(&ui.t(key::UNIT_OCCUPATION)),
                            Some(Pattern::Contested) => words.push_str(&ui.t(key::UNIT_CONTESTED)),
                            _ => {}
                        }
                        words
                    }
                    None => ui.t(key::HOLDERS_NONE),
                };
                // One reading of the period behind the status serves both columns.
                let holding = s.interval.and_then(|k| Holding::of(&atlas, i, k));
                let (since, by) = holding_cells(ui, &atlas, holding);
                let claims = moment
                    .claims_on(&atlas, i)
                    .map(|c| {
                        let kind = ui.t(key::of_claim_kind(c.kind));
                        view! { <li data-claim=c.id.clone()>{c.names.get(lang).to_string()} " (" {kind} ")"</li> }
                    })
                    .collect_view();
                let seen = side.map(|_| {
                    let words = moment
                        .view(i)
                        .map(|v| ui.i18n.standing(&v, s.party.map(name_of), v.rightful.map(name_of)))
                        .unwrap_or_default();
                    view! { <td data-col="view">{words}</td> }
                });
                view! {
                    <tr data-unit=unit.id.clone() data-control=parties.key_of(s.party).to_string()>
                        <th scope="row">{unit.names.get(lang).to_string()}</th>
                        <td data-col="holder">{holder}</td>
                        <td data-col="since">{since}</td>
                        <td data-col="event">{by}</td>
                        <td data-col="claims"><ul>{claims}</ul></td>
                        {seen}
                    </tr>
                }
            })
            .collect_view();
        let side_head = side.map(|p| {
            let party = name_of(p);
            view! { <th scope="col">{ui.i18n.fill(key::HOLDERS_VIEW, &[("party", &party)])}</th> }
        });
        Some(view! {
            <table class="holders-table" data-ui="holders-table">
                <caption class="visually-hidden">{title}</caption>
                <thead>
                    <tr>
                        <th scope="col">{ui.t(key::HOLDERS_UNIT)}</th>
                        <th scope="col">{ui.t(key::HOLDERS_HOLDER)}</th>
                        <th scope="col">{ui.t(key::HOLDERS_SINCE)}</th>
                        <th scope="col">{ui.t(key::HOLDERS_EVENT)}</th>
                        <th scope="col">{ui.t(key::HOLDERS_CLAIMS)}</th>
                        {side_head}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        })
    };
    view! {
        <details
            class="holders"
            data-ui="holders"
            on:toggle=crate::components::follow_details(open)
        >
            <summary data-ui="holders-toggle">{title}</summary>
            <div class="holders-body" tabindex="0" role="region" aria-label=title>
                {rows}
            </div>
        </details>
    }
}

/// The "since" and "by which event" cells of a unit's row, from the period behind its status.
fn holding_cells(
    ui: Ui,
    atlas: &atlas_model::Atlas,
    holding: Option<Holding<'_>>,
) -> (String, Option<AnyView>) {
    let since = match holding {
        Some(Holding::ByEvent { from, .. } | Holding::Background { from, .. }) => {
            ui.i18n.date(from)
        }
        Some(Holding::AtStart { first, .. }) => ui
            .i18n
            .fill(key::HOLDERS_BY, &[("date", &ui.i18n.date(first))]),
        Some(Holding::NoState { .. }) | None => String::new(),
    };
    let by = match holding {
            Some(Holding::ByEvent { event: Some(index), .. }) => atlas.event(index).map(|e| {
                let (title, title_lang) = ui.i18n.title(e);
                view! {
                    <button type="button" class="holders-event" lang=title_lang.key() data-event=e.id.clone() on:click=move |_| ui.show_event(index)>
                        {title}
                    </button>
                }
                .into_any()
            }),
            Some(
                Holding::Background { reference, .. }
                | Holding::AtStart { reference, .. }
                | Holding::NoState { reference, .. },
            ) => {
                let words = ui.i18n.fill(key::HOLDERS_BACKGROUND, &[("reference", reference)]);
                Some(view! { <span class="holders-background" data-basis="background">{words}</span> }.into_any())
            }
            Some(Holding::ByEvent { event: None, .. }) | None => None,
        };
    (since, by)
}
