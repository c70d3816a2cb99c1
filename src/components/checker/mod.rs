//! The data checker's page (`?check=1`): a teacher drops or chooses the files they edited — any
//! of `geodata/`'s, the lessons and the words included — and sees every problem with its file,
//! line and column, in their language, this atlas's own files standing in for the rest. The
//! files are read by the page: nothing is sent anywhere. Opened without files, it checks the
//! atlas's own files as they are on its server.

mod report;

use crate::platform::{dom, files};
use crate::state::checker::{self, Aside, Report, Yours};
use crate::state::i18n::I18n;
use crate::state::url;
use atlas_model::{key, Lang};
use leptos::prelude::*;

#[component]
pub fn Checker(lang: Lang) -> impl IntoView {
    // English until the words of the language asked for are at hand.
    let i18n = I18n::new(Lang::En, Vec::new());
    let choose = move |lang: Lang| {
        leptos::task::spawn_local(async move {
            let _ = i18n.show(lang).await;
        });
    };
    choose(lang);
    Effect::new(move |_| dom::set_root_attribute("lang", i18n.lang.get().key()));
    Effect::new(move |_| {
        let title = i18n.t(key::CHECK_TITLE);
        dom::set_title(&format!("{title} · {}", i18n.t(key::HEADER_TITLE)));
    });
    dom::set_root_attribute("data-mode", "check");
    dom::remove_first_view();

    let yours = RwSignal::new(Yours::default());
    // `None` while a check runs.
    let report = RwSignal::new(None::<Report>);
    // Only the latest check is shown: one that ends after a later one began is dropped.
    let runs = StoredValue::new(0_u32);
    let run = move || {
        runs.update_value(|n| *n += 1);
        let this = runs.get_value();
        report.set(None);
        leptos::task::spawn_local(async move {
            let found = checker::run(&yours.get_untracked()).await;
            if runs.try_get_value() == Some(this) {
                report.set(Some(found));
            }
        });
    };
    let take = move |ev: web_sys::Event| {
        let list = files::files_of(&ev);
        if list.is_empty() {
            return;
        }
        leptos::task::spawn_local(async move {
            let given = futures::future::join_all(list.into_iter().map(files::read)).await;
            yours.update(|y| given.into_iter().for_each(|g| y.add(g)));
            run();
        });
    };
    run();

    let over = RwSignal::new(false);
    let t = move |k| i18n.t(k);
    view! {
        <div
            class="checker"
            data-ui="checker"
            on:dragover=move |ev| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(false);
                take(ev.into());
            }
        >
            <header class="atlas-header checker-header">
                <a class="checker-back" data-ui="check-back" href=move || format!("./?lang={}", i18n.lang.get().key())>
                    {move || t(key::CHECK_BACK)}
                </a>
                <LangChoice i18n choose/>
            </header>
            <main class="checker-main">
                <h1>{move || t(key::CHECK_TITLE)}</h1>
                <p>{move || t(key::CHECK_INTRO)}</p>
                <p class="checker-private" data-ui="check-private">{move || t(key::CHECK_PRIVATE)}</p>
                <div class="checker-drop" data-ui="check-drop" data-over=move || over.get().then_some("true")>
                    <p>{move || t(key::CHECK_DROP)}</p>
                    <label class="checker-choose">
                        <span>{move || t(key::CHECK_CHOOSE)}</span>
                        <input
                            type="file"
                            multiple
                            accept=".json,.geojson,application/json,application/geo+json"
                            data-ui="check-files"
                            on:change=take
                        />
                    </label>
                </div>
                <YourFiles i18n yours forget=move || {
                    yours.set(Yours::default());
                    run();
                }/>
                <report::ReportView i18n report/>
                <p class="checker-note">{move || t(key::CHECK_MEANING)}</p>
                <p class="checker-note">{move || t(key::CHECK_QUOTES)}</p>
            </main>
        </div>
    }
}

/// The choice of the page's language, as the atlas's header offers it.
#[component]
fn LangChoice(i18n: I18n, choose: impl Fn(Lang) + Copy + Send + Sync + 'static) -> impl IntoView {
    view! {
        <label class="lang-choice">
            <span>{move || i18n.t(key::HEADER_LANG)}</span>
            <select
                data-ui="lang"
                on:change=move |ev| {
                    if let Some(lang) = Lang::from_key(&event_target_value(&ev)) {
                        url::write_check_lang(lang);
                        choose(lang);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.key() lang=l.key() selected=move || i18n.lang.get() == l>
                                {l.label()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// The files the teacher gave, those set aside and why, and the way to start again.
#[component]
fn YourFiles(
    i18n: I18n,
    yours: RwSignal<Yours>,
    forget: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    move || {
        let given = yours.get();
        if given.files.is_empty() && given.aside.is_empty() {
            return view! { <p class="checker-yours" data-ui="check-yours">{i18n.t(key::CHECK_YOURS_NONE)}</p> }
                .into_any();
        }
        let names: Vec<String> = given.files.keys().cloned().collect();
        let aside = given
            .aside
            .iter()
            .map(|a| {
                let text = match a {
                    Aside::NotData(name) => i18n.fill(key::CHECK_NOT_DATA, &[("file", name)]),
                    Aside::Unreadable { name, why } => {
                        i18n.fill(key::CHECK_UNREADABLE, &[("file", name), ("why", why)])
                    }
                };
                view! { <li data-ui="check-aside">{text}</li> }
            })
            .collect_view();
        view! {
            <div class="checker-yours" data-ui="check-yours">
                <p>{i18n.fill(key::CHECK_YOURS, &[("files", &names.join(", "))])}</p>
                <ul>{aside}</ul>
                <button type="button" data-ui="check-forget" on:click=move |_| forget()>
                    {i18n.t(key::CHECK_FORGET)}
                </button>
            </div>
        }
        .into_any()
    }
}
