use super::compare::CompareOpen;
use super::lesson::LessonsOpen;
use super::present::PresentButtons;
use super::share::Share;
use crate::state::Ui;
use atlas_model::key;
use atlas_model::Lang;
use leptos::prelude::*;

/// The title bar, with the choice of language for place names, and the way into (and out of)
/// the projector's layout.
#[component]
pub fn Header() -> impl IntoView {
    let ui = expect_context::<Ui>();
    view! {
        <header class="atlas-header">
            <h1>{move || ui.t(key::HEADER_TITLE)}</h1>
            <p class="atlas-subtitle">{move || ui.t(key::HEADER_SUBTITLE)}</p>
            <label class="lang-choice">
                <span>{move || ui.t(key::HEADER_LANG)}</span>
                <select
                    data-ui="lang"
                    on:change=move |ev| {
                        if let Some(lang) = Lang::from_key(&event_target_value(&ev)) {
                            ui.set_lang(lang);
                        }
                    }
                >
                    {Lang::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.key() lang=l.key() selected=move || ui.lang.get() == l>
                                    {l.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <LessonsOpen/>
            <CompareOpen/>
            <Share/>
            <PresentButtons/>
        </header>
    }
}
