use crate::state::Ui;
use atlas_model::filter::{Counts, DocFilter, EventFilter};
use atlas_model::key::{self, Key};
use atlas_model::{Kind, Region, Source};
use leptos::prelude::*;

const ALL: &str = "all";
const BACKGROUND: &str = "background";

/// The event list's filters: region, document, kind. Each option says how many events the list
/// would show were it chosen, the other two filters as they are; an option no event of the
/// record has is left out.
#[component]
pub fn EventFilters(filter: RwSignal<EventFilter>) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let atlas = ui.atlas();
    let all = EventFilter::default().counts(atlas.record.events());
    let counts = {
        let atlas = atlas.clone();
        Memo::new(move |_| filter.with(|f| f.counts(atlas.record.events())))
    };
    let offered = |choices: Vec<(String, Label, Choice)>| -> Vec<Offered> {
        choices
            .into_iter()
            .filter(|(_, _, choice)| choice.count(&all) > 0)
            .collect()
    };
    let regions = offered(
        Region::ALL
            .into_iter()
            .map(|r| {
                (
                    r.key().to_string(),
                    Label::Key(key::of_region(r)),
                    Choice::Region(r),
                )
            })
            .collect(),
    );
    let mut docs: Vec<_> = atlas
        .record
        .sources()
        .iter()
        .map(|s| {
            (
                s.id.clone(),
                source_label(s),
                Choice::Doc(DocFilter::Doc(s.id.clone())),
            )
        })
        .collect();
    docs.push((
        BACKGROUND.to_string(),
        Label::Key(key::FILTER_BACKGROUND),
        Choice::Doc(DocFilter::Background),
    ));
    let docs = offered(docs);
    let kinds = offered(
        Kind::ALL
            .into_iter()
            .map(|k| {
                (
                    k.key().to_string(),
                    Label::Key(key::of_kind(k)),
                    Choice::Kind(k),
                )
            })
            .collect(),
    );

    view! {
        <div class="event-filters" role="group" aria-label=move || ui.t(key::FILTER_LABEL)>
            <FilterSelect filter counts field=Field::Region label=key::FILTER_REGION all=key::FILTER_ALL_REGIONS options=regions/>
            <FilterSelect filter counts field=Field::Doc label=key::FILTER_DOC all=key::FILTER_ALL_DOCS options=docs/>
            <FilterSelect filter counts field=Field::Kind label=key::FILTER_KIND all=key::FILTER_ALL_KINDS options=kinds/>
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

/// One option of a select: its key, its words and what choosing it would filter by.
type Offered = (String, Label, Choice);

/// What an option chooses, to look up how many events it would list.
enum Choice {
    Region(Region),
    Doc(DocFilter),
    Kind(Kind),
}

impl Choice {
    fn count(&self, counts: &Counts) -> usize {
        match self {
            Choice::Region(r) => counts.region(*r),
            Choice::Doc(d) => counts.doc(d),
            Choice::Kind(k) => counts.kind(*k),
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

/// One labelled select: "all" first, then each option with the number of events it would list.
/// `label` and `all` are catalog keys.
#[component]
fn FilterSelect(
    filter: RwSignal<EventFilter>,
    counts: Memo<Counts>,
    field: Field,
    label: Key,
    all: Key,
    options: Vec<Offered>,
) -> impl IntoView {
    let ui = expect_context::<Ui>();
    let options = options
        .into_iter()
        .map(|(key, text, choice)| {
            let text = move || {
                let n = counts.with(|c| choice.count(c));
                match &text {
                    Label::Key(k) => format!("{} ({n})", ui.t(*k)),
                    Label::Plain(p) => format!("{p} ({n})"),
                    Label::EtAl(author, year) => {
                        let year = year.to_string();
                        let label = ui
                            .i18n
                            .fill(key::FILTER_ET_AL, &[("author", author), ("year", &year)]);
                        format!("{label} ({n})")
                    }
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
