use crate::state::Ui;
use atlas_model::key;
use leptos::prelude::*;

/// The projector's caption: the date the map shows and the title of the event shown, in type a
/// room can read; where the event is not of that day, its own date before its title.
#[component]
pub fn PresentCaption() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let (shown, day) = (ui.shown_painted, ui.day_painted);
    let date = move || {
        let atlas = ui.atlas();
        let day = day.get();
        match shown.get().and_then(|i| atlas.event(i)) {
            Some(e) if e.day() == day => (e.date.to_string(), ui.i18n.date(e.date)),
            _ => (day.date().to_string(), ui.i18n.date(day.date())),
        }
    };
    let title = move || {
        let atlas = ui.atlas();
        let day = day.get();
        let Some(event) = shown.get().and_then(|i| atlas.event(i)) else {
            return view! { <span>{ui.t(key::CAPTION_NONE)}</span> }.into_any();
        };
        let (text, lang) = ui.i18n.title(event);
        let when = (!event.covers(day)).then(|| {
            view! { <span class="present-when">{ui.i18n.span(event.date, event.end)}</span> " " }
        });
        view! { {when} <span lang=lang.key() data-event=event.id.clone()>{text}</span> }.into_any()
    };
    view! {
        <section class="present-caption" data-ui="present-caption" aria-label=move || ui.t(key::CAPTION_LABEL)>
            <p class="present-date" data-ui="present-date">
                {move || {
                    let (iso, words) = date();
                    view! { <time datetime=iso>{words}</time> }
                }}
            </p>
            <h2 class="present-title" data-ui="present-title">{title}</h2>
        </section>
    }
}
