// Frontier Atlas offline: written by tools/postbuild into each release build, with the build's
// files and a version that changes with any of them.
//
// The build's files are kept in one cache per version and served from it, so the atlas opens
// and works with no network after one visit, and a page never mixes two builds: a new build's
// worker fills a cache of its own, takes over once no page runs the old one, and deletes the
// old cache in one step. Within one build, data files replaced in place on the server (a
// teacher's edit of geodata/) are fetched again in the background when the page opens online
// and its index.html is still this build's, and used from the next opening on.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const SCOPE = self.registration.scope;
// Caches are named per folder: two atlases on one site keep theirs apart.
const PREFIX = `frontier-atlas ${SCOPE} `;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('index.html', SCOPE).href;
const DATA = FILES.filter((f) => f.startsWith('geodata/')).map((f) => new URL(f, SCOPE).href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(FILES.map((f) => new Request(new URL(f, SCOPE).href, { cache: 'reload' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The data files again, if the server still serves this build (its index.html unchanged).
async function refreshData(cache) {
  const [cached, served] = await Promise.all([
    cache.match(INDEX),
    fetch(INDEX, { cache: 'no-cache' }),
  ]);
  if (!cached || !served.ok || (await cached.text()) !== (await served.text())) return;
  await Promise.all(DATA.map(async (url) => {
    const response = await fetch(url, { cache: 'no-cache' });
    if (response.ok) await cache.put(url, response);
  }));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const navigation = request.mode === 'navigate';
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // The page at any query is this build's index.html.
    const hit = await cache.match(navigation ? INDEX : request, { ignoreSearch: navigation });
    if (navigation) event.waitUntil(refreshData(cache).catch(() => {}));
    return hit || fetch(request);
  })());
});
