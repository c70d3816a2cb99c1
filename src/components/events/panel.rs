use crate::state::{Atlas, Ui};
use atlas_model::{Basis, Citation, Event, Source};
use leptos::prelude::*;

/// The event shown: date (with its end and the date in the calendar of the time), title, kind
/// and regions, summary, each document's passage with its citation, the note on the sources, and
/// for background events the standard reference they stand on. It follows the slider once the
/// frame with the new map is on screen, so a step repaints the map first.
#[component]
pub fn EventPanel() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let shown = ui.shown_painted;
    move || {
        let atlas = ui.atlas();
        match shown.get().and_then(|i| atlas.event(i)) {
            Some(event) => event_view(&atlas, event).into_any(),
            None => view! {
                <article class="event event-empty">
                    <p>"No event in the record at this date yet. Move the slider or choose an event below."</p>
                </article>
            }
            .into_any(),
        }
    }
}

pub(super) fn event_view(atlas: &Atlas, event: &Event) -> impl IntoView {
    let id = event.id.clone();
    let title_id = format!("event-title-{id}");
    let heading_id = title_id.clone();
    let end = event.end.map(|end| {
        view! {
            " – "
            <time datetime=end.to_string()>{end.human()}</time>
        }
    });
    let original = event.original_date.clone().map(|o| {
        view! {
            <span class="event-original" title="The date in the calendar used at the time">
                "Calendar of the time: " {o}
            </span>
        }
    });
    let regions = event
        .regions
        .iter()
        .map(|r| view! { <li class="badge badge-region" data-region=r.key()>{r.label()}</li> })
        .collect_view();
    let background = (event.basis == Basis::Background).then(|| {
        view! {
            <div class="event-background">
                <p class="background-label">
                    <strong>"Background — not in the five documents"</strong>
                </p>
                <p class="background-reference">
                    "Standard reference: " {event.reference.clone().unwrap_or_default()}
                </p>
            </div>
        }
    });
    let quotes = (!event.sources.is_empty()).then(|| {
        let items = event
            .sources
            .iter()
            .map(|c| quote_view(c, atlas.record.source(&c.doc)))
            .collect_view();
        view! {
            <section class="event-sources" aria-label="What the documents say">
                {items}
            </section>
        }
    });
    let note = event.note.clone().map(|note| {
        view! {
            <aside class="event-note" aria-label="Note on the sources">
                <h3>"Note on the sources"</h3>
                <p>{note}</p>
            </aside>
        }
    });
    let date_reference = event.date_reference.clone().map(|r| {
        view! {
            <p class="date-reference">
                <span class="date-reference-label">"Exact date from a standard reference: "</span>
                {r}
            </p>
        }
    });
    view! {
        // Focusable: its passages scroll within it, and a keyboard must reach them.
        <article class="event" data-event=id aria-labelledby=title_id tabindex="0">
            <header class="event-head">
                <p class="event-date">
                    <time datetime=event.date.to_string()>{event.date.human()}</time>
                    {end}
                    {original}
                </p>
                <h2 class="event-title" id=heading_id>{event.title.clone()}</h2>
                <ul class="badges" aria-label="Kind and regions">
                    <li class="badge badge-kind" data-kind=event.kind.key()>{event.kind.label()}</li>
                    {regions}
                </ul>
            </header>
            <p class="event-summary">{event.summary.clone()}</p>
            {background}
            {quotes}
            {note}
            {date_reference}
        </article>
    }
}

fn quote_view(citation: &Citation, source: Option<&Source>) -> impl IntoView {
    let flag = citation.error.then(|| {
        view! {
            <p class="quote-flag">
                <span aria-hidden="true">"⚠ "</span>
                <strong>"This passage contains a mistake"</strong>
                " — see the note on the sources."
            </p>
        }
    });
    let class = if citation.error {
        "quote quote-error"
    } else {
        "quote"
    };
    view! {
        <blockquote class=class data-doc=citation.doc.clone()>
            {flag}
            <p class="quote-text">{citation.quote.clone()}</p>
            <footer class="quote-source">{citation_view(&citation.doc, source)}</footer>
        </blockquote>
    }
}

/// "Authors, “Title”, container, publisher, year · Perspective: …", the title as `<cite>`.
fn citation_view(doc: &str, source: Option<&Source>) -> AnyView {
    let Some(s) = source else {
        return view! { <cite>{doc.to_string()}</cite> }.into_any();
    };
    let authors = (!s.authors.is_empty()).then(|| format!("{}, ", join_authors(&s.authors)));
    let mut rest: Vec<String> = Vec::new();
    rest.extend(s.container.iter().cloned());
    rest.extend(s.publisher.iter().cloned());
    rest.push(s.year.to_string());
    let perspective = s.perspective.clone().map(|p| {
        view! { <span class="quote-perspective">" · Perspective: " {p}</span> }
    });
    view! {
        {authors}
        "“"
        <cite>{s.title.clone()}</cite>
        "”, "
        {rest.join(", ")}
        {perspective}
    }
    .into_any()
}

fn join_authors(authors: &[String]) -> String {
    match authors {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
