//! Start-up, slider-step and playback timings, recorded (not asserted) in target/perf.json.

use crate::fixtures::*;

/// Start-up and slider-step timings, recorded (not asserted) in target/perf.json.
#[tokio::test]
async fn record_performance() {
    let c = browser(1280, 800).await;
    open(&c, "").await;
    assert!(
        until(
            &c,
            "return performance.getEntriesByName('atlas-drawn').length > 0"
        )
        .await
    );
    let startup = eval(
        &c,
        r#"
        const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
        const drawn = performance.getEntriesByName('atlas-drawn')[0];
        return { wasm_fetched_ms: wasm.responseEnd, drawn_ms: drawn.startTime,
                 after_wasm_ms: drawn.startTime - wasm.responseEnd };
    "#,
    )
    .await;
    let steps = c.execute_async(r#"
        const done = arguments[arguments.length - 1];
        const slider = document.querySelector('input[data-ui=date]');
        slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        let last = 0;
        const observer = new MutationObserver(() => { last = performance.now(); });
        observer.observe(document.querySelector('.atlas'), { subtree: true, attributes: true, childList: true, characterData: true });
        const times = [];
        const step = (n) => {
            if (n === 0) { observer.disconnect(); times.sort((a, b) => a - b); done({ steps: times.length, final_text: slider.getAttribute('aria-valuetext'), median_ms: times[times.length >> 1], p90_ms: times[Math.floor(times.length * 0.9)], max_ms: times[times.length - 1] }); return; }
            const t0 = performance.now();
            last = t0;
            slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }));
            setTimeout(() => { times.push(last - t0); step(n - 1); }, 0);
        };
        // One sweep through every event, from the first.
        step(parseInt(document.querySelector('[data-ui=event-count]').textContent.split(' of ')[1], 10) - 1);
    "#, vec![]).await.unwrap();
    // Playback: animation-frame intervals for three seconds of play at 5 years a second.
    let playback = c
        .execute_async(
            r#"
        const done = arguments[arguments.length - 1];
        document.querySelector('input[data-ui=date]')
            .dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
        document.querySelector('[data-ui=play]').click();
        const gaps = [];
        let previous = performance.now();
        const start = previous;
        const frame = (now) => {
            gaps.push(now - previous);
            previous = now;
            if (now - start < 3000) { requestAnimationFrame(frame); return; }
            document.querySelector('[data-ui=play]').click();
            gaps.sort((a, b) => a - b);
            const median = gaps[gaps.length >> 1];
            done({ frames: gaps.length, median_frame_ms: median,
                   dropped: gaps.filter((g) => g > 1.5 * median).length,
                   date_reached: document.querySelector('input[data-ui=date]').getAttribute('aria-valuetext') });
        };
        requestAnimationFrame(frame);
    "#,
            vec![],
        )
        .await
        .unwrap();
    let report =
        serde_json::json!({ "startup": startup, "slider_steps": steps, "playback": playback });
    println!("performance: {report}");
    std::fs::write(
        repository("target/perf.json"),
        serde_json::to_string_pretty(&report).unwrap(),
    )
    .unwrap();
    assert!(steps["steps"].as_u64().unwrap_or(0) > 100);
    // The sweep reached the last event of the record.
    let last = steps["final_text"].as_str().unwrap_or_default().to_string();
    assert!(last.contains(" — "), "the sweep ended on an event: {last}");
    c.close().await.unwrap();
}
