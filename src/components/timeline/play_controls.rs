use super::context::TimelineContext;
use super::playback::{DEFAULT_SPEED, SPEEDS};
use crate::state::Ui;
use atlas_model::key::{self, Key};
use leptos::prelude::*;

/// Start, previous event, play/pause with its speed, next event, today.
#[component]
pub fn PlayControls() -> impl IntoView {
    let ui = expect_context::<Ui>();
    let playback = TimelineContext::expect().playback;
    let stop_then = move |action: &dyn Fn()| {
        playback.stop();
        action();
    };
    let playing = Signal::derive(move || playback.playing.get());
    let paused = Signal::derive(move || !playback.playing.get());
    // One word for what the button does next, on it and to a screen reader: Play, or Pause
    // while playing.
    let words = Signal::derive(move || {
        ui.t(if playback.playing.get() {
            key::PLAY_PAUSE
        } else {
            key::PLAY_PLAY
        })
    });
    let toggle = move |_| playback.toggle();
    view! {
        <div class="play-controls" role="group" aria-label=move || ui.t(key::PLAY_GROUP)>
            <StepButton ui="start" key=key::PLAY_START label=key::PLAY_START_LABEL icon="M1 2h2v12H1zM9 2 3 8l6 6zM15 2 9 8l6 6z" on_press=move || stop_then(&|| ui.set_day(ui.atlas().first_day))/>
            <StepButton ui="prev-event" key=key::PLAY_PREVIOUS label=key::PLAY_PREVIOUS_LABEL icon="M3 2h2v12H3zM13 2 6 8l7 6z" on_press=move || stop_then(&|| ui.step_event(-1))/>
            <button
                type="button"
                class="tl-button tl-play"
                data-ui="play"
                aria-label=words
                data-playing=move || playing.get().then_some("true")
                title=words
                on:click=toggle
            >
                <span class="tl-icon-box" hidden=playing>
                    <Icon d="M4 2v12l10-6z"/>
                </span>
                <span class="tl-icon-box" hidden=paused>
                    <Icon d="M4 2h3v12H4zM9 2h3v12H9z"/>
                </span>
                <span class="tl-text">{words}</span>
            </button>
            <StepButton ui="next-event" key=key::PLAY_NEXT label=key::PLAY_NEXT_LABEL icon="M3 2l7 6-7 6zM11 2h2v12h-2z" on_press=move || stop_then(&|| ui.step_event(1))/>
            <StepButton ui="today" key=key::PLAY_TODAY label=key::PLAY_TODAY_LABEL icon="M1 2l6 6-6 6zM7 2l6 6-6 6zM13 2h2v12h-2z" on_press=move || stop_then(&|| ui.set_day(ui.atlas().today))/>
            <label class="tl-speed">
                <span class="visually-hidden">{move || ui.t(key::PLAY_SPEED)}</span>
                <select
                    data-ui="speed"
                    on:change=move |ev| {
                        if let Ok(speed) = event_target_value(&ev).parse::<u32>() {
                            playback.speed.set(speed);
                        }
                    }
                >
                    {SPEEDS
                        .into_iter()
                        .map(|s| {
                            let label = move || ui.i18n.count(key::PLAY_YEARS_PER_SECOND, s as usize, &[]);
                            view! {
                                <option value=s selected=s == DEFAULT_SPEED>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
        </div>
    }
    .into_any()
}

/// A labelled button with an icon that moves the date.
#[component]
fn StepButton(
    ui: &'static str,
    /// Its words on the button.
    key: Key,
    /// Its name and tooltip.
    label: Key,
    icon: &'static str,
    on_press: impl Fn() + 'static,
) -> impl IntoView {
    let state = expect_context::<Ui>();
    let label = move || state.t(label);
    view! {
        <button
            type="button"
            class="tl-button"
            data-ui=ui
            aria-label=label
            title=label
            on:click=move |_| on_press()
        >
            <Icon d=icon/>
            <span class="tl-text">{move || state.t(key)}</span>
        </button>
    }
}

/// A 16-pixel icon drawn with one path in the text colour.
#[component]
fn Icon(d: &'static str) -> impl IntoView {
    view! {
        <svg class="tl-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}
