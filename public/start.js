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
const bindings = await import(tag.dataset.js);
const wasm = await bindings.default({ module_or_path: tag.dataset.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));

// A release build keeps itself for use offline (see tools/postbuild): its page names the
// service worker, registered once the atlas has drawn its map (the "atlas-drawn" mark), so that
// filling its cache never competes with starting up. A development build names none.
const offline = document.querySelector('meta[name="atlas-offline"]');
if (offline && 'serviceWorker' in navigator) {
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
