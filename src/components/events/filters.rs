use crate::state::Ui;
use atlas_model::filter::{DocFilter, EventFilter};
use atlas_model::key::{self, Key};
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
                Label::Key(key::of_region(r)),
                count(&|e| e.concerns(r)),
            )
        })
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();
    let mut docs = atlas
        .record
        .sources()
        .iter()
        .map(|s| {
            let label = source_label(s);
            (s.id.clone(), label, count(&|e| e.cites(&s.id)))
        })
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();
    let background = count(&|e| e.basis == Basis::Background);
    if background > 0 {
        docs.push((
            BACKGROUND.to_string(),
            Label::Key(key::FILTER_BACKGROUND),
            background,
        ));
    }
    let kinds = Kind::ALL
        .into_iter()
        .map(|k| {
            (
                k.key().to_string(),
                Label::Key(key::of_kind(k)),
                count(&|e| e.kind == k),
            )
        })
        .filter(|(_, _, n)| *n > 0)
        .collect::<Vec<_>>();

    view! {
        <div class="event-filters" role="group" aria-label=move || ui.t(key::FILTER_LABEL)>
            <FilterSelect filter field=Field::Region label=key::FILTER_REGION all=key::FILTER_ALL_REGIONS options=regions/>
            <FilterSelect filter field=Field::Doc label=key::FILTER_DOC all=key::FILTER_ALL_DOCS options=docs/>
            <FilterSelect filter field=Field::Kind label=key::FILTER_KIND all=key::FILTER_ALL_KINDS options=kinds/>
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

/// An option's words: a catalog key, or a name that is the same in every language.
enum Label {
    Key(Key),
    Plain(String),
    /// A source of several authors: the first one's surname and the year.
    EtAl(String, i32),
}

/// One labelled select: "all" first, then each option with its number of events. `label` and
/// `all` are catalog keys.
#[component]
fn FilterSelect(
    filter: RwSignal<EventFilter>,
    field: Field,
    label: Key,
    all: Key,
    options: Vec<(String, Label, usize)>,
) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let options = options
        .into_iter()
        .map(|(key, text, n)| {
            let text = move || match &text {
                Label::Key(k) => format!("{} ({n})", ui.t(*k)),
                Label::Plain(p) => format!("{p} ({n})"),
                Label::EtAl(author, year) => {
                    let year = year.to_string();
                    let label = ui
                        .i18n
                        .fill(key::FILTER_ET_AL, &[("author", author), ("year", &year)]);
                    format!("{label} ({n})")
                }
            };
            view! { <option value=key>{text}</option> }
        })
        .collect_view();
    let selected = Signal::derive(move || filter.with(|f| field.key(f)));
    view! {
        <label class="filter">
            <span class="filter-label">{move || ui.t(label)}</span>
            <select
                data-ui=field.name()
                on:change=move |ev| {
                    let key = event_target_value(&ev);
                    filter.update(|f| field.set(f, &key));
                }
                prop:value=selected
            >
                <option value=ALL>{move || ui.t(all)}</option>
                {options}
            </select>
        </label>
    }
}

/// "Barabanov 2019", "Barabanov et al. 2019": the first author's surname and the year (the
/// start of the title where no author is named).
fn source_label(source: &Source) -> Label {
    let Some(first) = source.authors.first() else {
        let title: String = source.title.chars().take(30).collect();
        return Label::Plain(format!("{title} {}", source.year));
    };
    let surname = first.split_whitespace().last().unwrap_or(first).to_string();
    if source.authors.len() > 1 {
        Label::EtAl(surname, source.year)
    } else {
        Label::Plain(format!("{surname} {}", source.year))
    }
}
