use crate::state::Ui;
use atlas_model::filter::{DocFilter, EventFilter};
use atlas_model::{Basis, Kind, Region, Source};
use leptos::prelude::*;

const ALL: &str = "all";
const BACKGROUND: &str = "background";

/// The event list's filters: region, document, kind; each option says how many events it has.
#[component]
pub fn EventFilters(filter: RwSignal<EventFilter>) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let events = atlas.record.events();
    let count =
        |pass: &dyn Fn(&atlas_model::Event) -> bool| events.iter().filter(|e| pass(e)).count();

    let regions = Region::ALL
        .into_iter()
        .map(|r| {
            (
                r.key().to_string(),
                r.label().to_string(),
                count(&|e| e.concerns(r)),
            )
        })
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();
    let mut docs = atlas
        .record
        .sources()
        .iter()
        .map(|s| (s.id.clone(), source_label(s), count(&|e| e.cites(&s.id))))
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();
    let background = count(&|e| e.basis == Basis::Background);
    if background > 0 {
        docs.push((
            BACKGROUND.to_string(),
            "Background (standard references)".to_string(),
            background,
        ));
    }
    let kinds = Kind::ALL
        .into_iter()
        .map(|k| {
            (
                k.key().to_string(),
                k.label().to_string(),
                count(&|e| e.kind == k),
            )
        })
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();

    view! {
        <div class="event-filters" role="group" aria-label="Filter the events">
            <FilterSelect filter field=Field::Region label="Region" all="All regions" options=regions/>
            <FilterSelect filter field=Field::Doc label="Document" all="All documents" options=docs/>
            <FilterSelect filter field=Field::Kind label="Kind" all="All kinds" options=kinds/>
        </div>
    }
    .into_any()
}

/// The part of the filter a select sets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Region,
    Doc,
    Kind,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Region => "filter-region",
            Field::Doc => "filter-doc",
            Field::Kind => "filter-kind",
        }
    }

    /// The key of the option the filter selects.
    fn key(self, f: &EventFilter) -> String {
        match self {
            Field::Region => f.region.map_or(ALL, |r| r.key()).to_string(),
            Field::Kind => f.kind.map_or(ALL, |k| k.key()).to_string(),
            Field::Doc => match &f.doc {
                None => ALL.to_string(),
                Some(DocFilter::Background) => BACKGROUND.to_string(),
                Some(DocFilter::Doc(id)) => id.clone(),
            },
        }
    }

    /// Sets this part of the filter from an option's key ("all" clears it).
    fn set(self, f: &mut EventFilter, key: &str) {
        match self {
            Field::Region => f.region = Region::ALL.into_iter().find(|r| r.key() == key),
            Field::Kind => f.kind = Kind::ALL.into_iter().find(|k| k.key() == key),
            Field::Doc => {
                f.doc = match key {
                    ALL => None,
                    BACKGROUND => Some(DocFilter::Background),
                    id => Some(DocFilter::Doc(id.to_string())),
                }
            }
        }
    }
}

/// One labelled select: "all" first, then each option with its number of events.
#[component]
fn FilterSelect(
    filter: RwSignal<EventFilter>,
    field: Field,
    label: &'static str,
    all: &'static str,
    options: Vec<(String, String, usize)>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(key, text, n)| view! { <option value=key>{format!("{text} ({n})")}</option> })
        .collect_view();
    let selected = Signal::derive(move || filter.with(|f| field.key(f)));
    view! {
        <label class="filter">
            <span class="filter-label">{label}</span>
            <select
                data-ui=field.name()
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    filter.update(|f| field.set(f, &key));
                }
                prop:value=selected
            >
                <option value=ALL>{all}</option>
                {options}
            </select>
        </label>
    }
}

/// "Barabanov et al. 2019": the first author's surname and the year.
fn source_label(source: &Source) -> String {
    let Some(first) = source.authors.first() else {
        let title: String = source.title.chars().take(30).collect();
        return format!("{title} {}", source.year);
    };
    let surname = first.split_whitespace().last().unwrap_or(first);
    let others = if source.authors.len() > 1 {
        " et al."
    } else {
        ""
    };
    format!("{surname}{others} {}", source.year)
}
