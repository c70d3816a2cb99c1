use crate::state::Ui;
use atlas_model::key;
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
        </div>
    }
}
