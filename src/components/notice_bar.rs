use crate::state::Ui;
use atlas_model::key;
use atlas_model::words::Message;
use leptos::prelude::*;

/// Polite messages about links or data that could not be used, each dismissible.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let ui = expect_context::<Ui>();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                ui.notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, text)| {
                        view! {
                            <p class="notice">
                                <bdi class="notice-text">{ui.i18n.message(&text)}</bdi>
                                <button
                                    type="button"
                                    class="notice-close"
                                    aria-label=ui.t(key::NOTICE_DISMISS)
                                    on:click=move |_| ui.notices.update(|n| {
                                        if i < n.len() {
                                            n.remove(i);
                                        }
                                    })
                                >
                                    "×"
                                </button>
                            </p>
                        }
                    })
                    .collect_view()
            }}
            {move || {
                ui.notices.with(|n| n.iter().any(is_about_data)).then(|| {
                    view! {
                        <p class="notice notice-check">
                            <a href=check_link(ui) data-ui="check-open">{ui.t(key::CHECK_TITLE)}</a>
                        </p>
                    }
                })
            }}
        </div>
    }
}

/// Whether a notice is about the data files (a teacher's edit may be behind it).
fn is_about_data(notice: &Message) -> bool {
    [
        key::NOTICE_DATA_MISSING,
        key::NOTICE_DATA_UNREADABLE,
        key::NOTICE_DATA_ENTRY_LEFT_OUT,
        key::NOTICE_DATA_ENTRY_WARNING,
        key::NOTICE_DATA_MORE,
        key::NOTICE_CONFIG_BUILT_IN,
        key::NOTICE_LESSON_BROKEN,
    ]
    .contains(&notice.key)
}

/// The link to the data checker, in the reader's language.
pub fn check_link(ui: Ui) -> String {
    format!("?check=1&lang={}", ui.lang.get().key())
}
