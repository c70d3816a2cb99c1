// Starts the app once the page as written (the first view drawn at build time) has been
// painted: the wasm is fetched after the first frame, not in competition with it.
// A file rather than an inline script, so that a strict Content-Security-Policy
// (script-src 'self' 'wasm-unsafe-eval') allows it. Trunk writes the tag that loads it, with
// the hashed names of the bindings and the wasm (Trunk.toml, pattern_script).
const tag = document.querySelector('script[data-wasm]');
const painted = new Promise((done) => {
  requestAnimationFrame(() => setTimeout(done, 0));
  // A page opened in a background tab gets no frames: start anyway.
  setTimeout(done, 500);
});
await painted;
// The data checker (?check=1) is a program of its own, built beside the atlas's (index.html):
// a reader of the atlas never fetches it.
const checking = /[?&]check=(1|true|yes)(&|$)/.test(location.search);
const [js, code] = checking
  ? ['./checker.js', './checker_bg.wasm']
  : [tag.dataset.js, tag.dataset.wasm];
const bindings = await import(js);
const wasm = await bindings.default({ module_or_path: code });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// A release build keeps itself for use offline (see tools/postbuild): its page names the
// service worker, registered once the atlas has drawn its map (the "atlas-drawn" mark), so that
// filling its cache never competes with starting up. A development build names none, and the
// data checker registers none.
const offline = document.querySelector('meta[name="atlas-offline"]');
if (!checking && offline && 'serviceWorker' in navigator) {
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    navigator.serviceWorker.register(offline.content).catch(() => {});
  };
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('atlas-drawn').length) {
      observer.disconnect();
      setTimeout(register, 1000);
    }
  }).observe({ type: 'mark', buffered: true });
  setTimeout(register, 15000);
}
