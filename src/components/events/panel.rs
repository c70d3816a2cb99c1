use crate::state::{Atlas, Ui};
use atlas_model::key::{self, Key};
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
            Some(event) => event_view(ui, &atlas, event).into_any(),
            None => view! {
                <article class="event event-empty">
                    <p>{ui.t(key::EVENT_NONE)}</p>
                </article>
            }
            .into_any(),
        }
    }
}

pub(super) fn event_view(ui: Ui, atlas: &Atlas, event: &Event) -> impl IntoView {
    let t = |key: Key| ui.t(key);
    let id = event.id.clone();
    let title_id = format!("event-title-{id}");
    let heading_id = title_id.clone();
    let end = event.end.map(|end| {
        view! {
            {ui.i18n.with(|w| w.span_between().to_string())}
            <time datetime=end.to_string()>{ui.i18n.date(end)}</time>
        }
    });
    let original = event.old_style().map(|os| {
        view! {
            <span class="event-original" title=t(key::DATE_OLD_STYLE_TITLE)>
                {ui.i18n.date(os)}
            </span>
        }
    });
    let regions = event
        .regions
        .iter()
        .map(|r| view! { <li class="badge badge-region" data-region=r.key()>{t(key::of_region(*r))}</li> })
        .collect_view();
    let background = (event.basis == Basis::Background).then(|| {
        view! {
            <div class="event-background">
                <p class="background-label">
                    <strong>{t(key::EVENT_BACKGROUND)}</strong>
                </p>
                <p class="background-reference">
                    {t(key::EVENT_REFERENCE)} " " {ui.i18n.reference(event).map(|r| crate::components::in_lang(ui, r))}
                </p>
            </div>
        }
    });
    // One column per document: where several speak of the event, their voices side by side.
    let quotes = (!event.sources.is_empty()).then(|| {
        let mut docs: Vec<&str> = Vec::new();
        for c in &event.sources {
            if !docs.contains(&c.doc.as_str()) {
                docs.push(&c.doc);
            }
        }
        let voices = docs.len();
        let sources_class = if voices > 1 { "event-sources voices" } else { "event-sources" };
        let items = docs
            .into_iter()
            .map(|doc| {
                let source = atlas.record.source(doc);
                let passages: Vec<&Citation> = event.sources.iter().filter(|c| c.doc == doc).collect();
                let label = voice_name(ui, doc, source, &passages);
                let passages = passages.into_iter().map(|c| quote_view(ui, c)).collect_view();
                view! {
                    <section class="voice" data-doc=doc.to_string() aria-label=label>
                        {passages}
                        <footer class="quote-source">{citation_view(ui, doc, source)}</footer>
                    </section>
                }
            })
            .collect_view();
        view! {
            <div class=sources_class data-voices=voices role="group" aria-label=t(key::EVENT_SOURCES)>
                {items}
            </div>
        }
    });
    let note = ui.i18n.note(event).map(|note| {
        view! {
            <aside class="event-note" aria-label=t(key::EVENT_NOTE)>
                <h3>{t(key::EVENT_NOTE)}</h3>
                <p>{crate::components::in_lang(ui, note)}</p>
            </aside>
        }
    });
    let date_reference = ui.i18n.date_reference(event).map(|r| {
        view! {
            <p class="date-reference">
                <span class="date-reference-label">{t(key::EVENT_DATE_REFERENCE)} " "</span>
                {crate::components::in_lang(ui, r)}
            </p>
        }
    });
    view! {
        // Focusable: its passages scroll within it, and a keyboard must reach them.
        <article class="event" data-event=id aria-labelledby=title_id tabindex="0">
            <header class="event-head">
                <p class="event-date">
                    <time datetime=event.date.to_string()>{ui.i18n.date(event.date)}</time>
                    {end}
                    {original}
                </p>
                <h2 class="event-title" id=heading_id>{crate::components::in_lang(ui, ui.i18n.title(event))}</h2>
                <ul class="badges" aria-label=t(key::EVENT_BADGES)>
                    <li class="badge badge-kind" data-kind=event.kind.key()>{t(key::of_kind(event.kind))}</li>
                    {regions}
                </ul>
            </header>
            <p class="event-summary">{crate::components::in_lang(ui, ui.i18n.summary(event))}</p>
            {background}
            {quotes}
            {note}
            {date_reference}
        </article>
    }
}

/// Who speaks in a document's passages: "Miller 2004"; "Barabanov et al. 2019" for a work of
/// several authors; "Streltsov, in Barabanov et al. 2019" where every passage is one author's
/// part of it.
fn voice_name(ui: Ui, doc: &str, source: Option<&Source>, passages: &[&Citation]) -> String {
    let surname = |name: &str| name.split_whitespace().last().unwrap_or(name).to_string();
    let Some((s, first)) = source.and_then(|s| Some((s, s.authors.first()?))) else {
        return doc.to_string();
    };
    let year = s.year.to_string();
    let work = if s.authors.len() > 1 {
        ui.i18n.fill(
            key::EVENT_VOICE_ET_AL,
            &[("surname", &surname(first)), ("year", &year)],
        )
    } else {
        format!("{} {year}", surname(first))
    };
    let author = passages.first().and_then(|c| c.author.as_deref());
    match author {
        Some(a) if passages.iter().all(|c| c.author.as_deref() == Some(a)) => ui.i18n.fill(
            key::EVENT_VOICE_PART,
            &[("author", &surname(a)), ("work", &work)],
        ),
        _ => work,
    }
}

/// A passage, verbatim in the document's language (English), flagged where it errs.
fn quote_view(ui: Ui, citation: &Citation) -> impl IntoView {
    let flag = citation.error.then(|| {
        view! {
            <p class="quote-flag">
                <span aria-hidden="true">"⚠ "</span>
                <strong>{ui.t(key::EVENT_MISTAKE)}</strong>
                {ui.t(key::EVENT_MISTAKE_SEE_NOTE)}
            </p>
        }
    });
    let class = if citation.error {
        "quote quote-error"
    } else {
        "quote"
    };
    let author = citation.author.clone().map(|a| {
        view! { <p class="quote-author" lang="en">"— " {a}</p> }
    });
    view! {
        <blockquote class=class data-doc=citation.doc.clone() data-author=citation.author.clone()>
            {flag}
            <p class="quote-text" lang="en">{citation.quote.clone()}</p>
            {author}
        </blockquote>
    }
}

/// "Authors, “Title”, container, publisher, year · Perspective: …", the title as `<cite>`.
fn citation_view(ui: Ui, doc: &str, source: Option<&Source>) -> AnyView {
    let Some(s) = source else {
        return view! { <cite>{doc.to_string()}</cite> }.into_any();
    };
    let and = ui.t(key::LIST_AND);
    let authors = (!s.authors.is_empty()).then(|| format!("{}, ", join_authors(&s.authors, &and)));
    let mut rest: Vec<String> = Vec::new();
    rest.extend(s.container.iter().cloned());
    rest.extend(s.publisher.iter().cloned());
    rest.push(s.year.to_string());
    let perspective = s.perspective_in(ui.lang.get()).map(|p| {
        let p = (p.text.to_string(), p.lang);
        view! { <span class="quote-perspective">" · " {ui.t(key::EVENT_PERSPECTIVE)} " " {crate::components::in_lang(ui, p)}</span> }
    });
    view! {
        <span lang="en">{authors}</span>
        "“"
        <cite lang="en">{s.title.clone()}</cite>
        "”, "
        {rest.join(", ")}
        {perspective}
    }
    .into_any()
}

fn join_authors(authors: &[String], and: &str) -> String {
    match authors {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}
