// Article Explorer's service worker: after the first visit the page opens and works offline.
//
// Trunk puts a content hash in the app's file names, so there is no fixed list to precache.
// Instead, at install the worker reads the page (index.html) and caches every file it names, and
// afterwards it caches whatever the page fetches from its own folder. Nothing off the page's
// own origin is ever touched (the page's CSP forbids it anyway).
//
// Strategy: the page itself network-first (a new version shows up when online, the cached one
// when offline); every other file from the cache at once, refreshed in the background.

const CACHE = 'article-explorer-v2';
const scope = self.registration.scope;
const pageUrl = new URL('./', scope).href;
// Files without a hash that the page loads itself (boot.js) or by name (worker, manifest).
const FIXED = ['./boot.js', './analysis-worker.js', './manifest.webmanifest', './icon.svg'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      const response = await fetch(pageUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`page answered ${response.status}`);
      const html = await response.clone().text();
      await cache.put(pageUrl, response);
      const names = new Set();
      for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)="([^"#?]+)"/g)) names.add(m[1]);
      const urls = [...names].map((n) => new URL(n, pageUrl).href).filter((u) => u.startsWith(scope));
      await cache.addAll(urls);
      // Files the page loads by name: cache what is there.
      await Promise.all(
        FIXED.map((f) =>
          fetch(new URL(f, pageUrl), { cache: 'no-cache' })
            .then((r) => (r.ok ? cache.put(new URL(f, pageUrl).href, r) : null))
            .catch(() => null),
        ),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

async function store(request, response) {
  if (response.ok && response.type === 'basic') {
    const cache = await caches.open(CACHE);
    await cache.put(request, response);
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(scope)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then((response) => {
          event.waitUntil(store(pageUrl, response.clone()));
          return response;
        })
        .catch(async () => (await caches.match(pageUrl)) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const cached = await caches.match(request, { ignoreSearch: true });
      const fresh = fetch(request).then(async (response) => {
        await store(request, response.clone());
        return response;
      });
      if (cached) {
        event.waitUntil(fresh.catch(() => null));
        return cached;
      }
      return fresh;
    })(),
  );
});
