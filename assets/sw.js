// Fulcrum's service worker: precaches every file of the release so the app opens and works
// with no network after the first visit. The cache name changes with any file's content, so
// a new release installs beside the old one, takes over at once, and deletes the old cache.
// Fulcrum never sends data anywhere; this only serves its own files. scripts/package.py fills
// in the cache name and the file list.
const CACHE = "__FULCRUM_CACHE__";
const FILES = __FULCRUM_FILES__;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("fulcrum-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  // Cache first (the files are versioned by the cache name), the network for anything else.
  event.respondWith(
    caches.open(CACHE).then(async (cache) => (await cache.match(request, { ignoreSearch: true })) || fetch(request)),
  );
});
