//! Work that can wait for the next frame. A step of the slider must first repaint what the
//! reader moved (the thumb, the date, the map); text that follows it (the event panel) is laid
//! out once that frame is on screen, and only for the last of several quick steps. Long work
//! (loading the data) is cut into tasks, so the page can paint and answer input between them.

use leptos::prelude::*;

/// A signal that takes `source`'s value once the browser has painted the frame after its
/// change. Changes made before then are coalesced into one. It starts with `source`'s value,
/// and takes it at once while the page has not been painted yet.
pub fn after_paint<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (value, set_value) = signal(source.get_untracked());
    let waiting = StoredValue::new_local(None::<gloo::render::AnimationFrame>);
    // Takes `source`'s value if it differs (and the page is still up).
    let catch_up = move || {
        if let Some(latest) = source.try_get_untracked() {
            if value.try_with_untracked(|v| *v != latest) == Some(true) {
                set_value.set(latest);
            }
        }
    };
    Effect::new(move |ran: Option<()>| {
        source.track();
        // Before the first frame (a link applied at start) nothing is on screen to wait for.
        if ran.is_none() {
            catch_up();
            return;
        }
        if waiting.with_value(Option::is_some) {
            return;
        }
        // An animation frame callback runs before its frame is painted; a task queued from it
        // runs after.
        let frame = gloo::render::request_animation_frame(move |_| {
            gloo::timers::callback::Timeout::new(0, move || {
                // The page may have been taken down meanwhile.
                if waiting.try_set_value(None).is_none() {
                    catch_up();
                }
            })
            .forget();
        });
        waiting.set_value(Some(frame));
    });
    value
}

/// Resolves in a task of its own: awaiting it lets the browser paint and handle input first.
pub async fn next_task() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    gloo::timers::callback::Timeout::new(0, move || {
        let _ = done.send(());
    })
    .forget();
    let _ = wait.await;
}

/// Resolves once the next frame has been painted (in a task queued from its animation frame).
pub async fn next_frame() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = done.send(());
        })
        .forget();
    });
    let _ = wait.await;
    drop(frame);
}
