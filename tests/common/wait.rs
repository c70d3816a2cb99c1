//! Waiting for the page: for effects to run, for frames to be painted, and for a condition to
//! hold. No wait here is a fixed time: each follows the page's own frames, and [`wait_until`]
//! asks again at every frame until its condition holds, within a generous bound.

/// How long [`wait_until`] waits before it gives up, in milliseconds: far longer than any
/// condition takes on a loaded machine.
pub const WAIT_MS: f64 = 10_000.0;

/// The page's clock, in milliseconds: the one its timers and frames keep.
pub fn now() -> f64 {
    web_sys::window().unwrap().performance().unwrap().now()
}

/// Waits for the next frame to be painted and a task after it to run.
pub async fn next_paint() {
    let (done, wait) = futures::channel::oneshot::channel::<()>();
    let frame = gloo::render::request_animation_frame(move |_| {
        gloo::timers::callback::Timeout::new(0, move || {
            let _ = done.send(());
        })
        .forget();
    });
    let _ = wait.await;
    drop(frame);
    leptos::task::tick().await;
}

/// Waits for `n` frames to be painted, each with the task after it.
pub async fn frames(n: usize) {
    for _ in 0..n {
        next_paint().await;
    }
}

/// Lets effects run, then the browser paint two frames and run what follows each (the event
/// panel follows the slider in a task after the frame; see `frontier_atlas::schedule`).
pub async fn settle() {
    leptos::task::tick().await;
    frames(2).await;
}

/// Waits until `condition` holds, asking again after each frame painted; panics, saying what
/// it waited for, when it does not hold within [`WAIT_MS`]. Gives the milliseconds it waited.
pub async fn wait_until(what: &str, mut condition: impl FnMut() -> bool) -> f64 {
    let start = now();
    while !condition() {
        let waited = now() - start;
        assert!(waited < WAIT_MS, "waited {waited:.0} ms for {what}");
        next_paint().await;
    }
    now() - start
}
