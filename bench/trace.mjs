// Reading a Chrome trace of slider steps: the keydowns, and the top-level tasks of the main
// thread that dispatched them. Shared by run.mjs and parts.mjs.

// The keydown dispatches, the page's main-thread slices sorted by start (outer slices first),
// its top-level tasks (nested slices and duplicate task events skipped), and the task that
// contains a timestamp.
export function mainThreadTasks(events) {
  const keydowns = events.filter(
    (e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === 'keydown',
  );
  if (keydowns.length === 0) return { keydowns, onMain: [], tasks: [], taskAt: () => undefined };
  // The page's main thread is the one that dispatched the keys.
  const { pid, tid } = keydowns[0];
  const onMain = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const e of onMain) {
    if (e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask') continue;
    const last = tasks[tasks.length - 1];
    if (last && e.ts < last.ts + last.dur) continue;
    tasks.push(e);
  }
  const taskAt = (ts) => tasks.find((t) => t.ts <= ts && ts <= t.ts + t.dur);
  return {
    keydowns: keydowns.filter((k) => k.pid === pid && k.tid === tid),
    onMain,
    tasks,
    taskAt,
  };
}
