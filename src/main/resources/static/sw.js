// CakeFlow service worker: the app shell (styles, scripts, icons, offline page) from the cache, pages from the network
// with the last copy as a fallback (a kitchen tablet that loses Wi-Fi keeps showing its queue). Never caches API calls,
// the live stream or anything but GET; actions made offline are queued by /js/pwa.js, not here.
const SHELL_CACHE = 'cakeflow-shell-v4';
const PAGE_CACHE = 'cakeflow-pages-v1';
const SHELL = [
  '/offline.html', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png',
  '/css/cakeflow.css', '/js/pwa.js', '/js/order-entry.js', '/js/kitchen-display.js', '/js/frontdesk.js', '/js/photos.js',
  '/webjars/bootstrap/css/bootstrap.min.css', '/webjars/bootstrap/js/bootstrap.bundle.min.js',
  '/webjars/htmx.org/dist/htmx.min.js', '/webjars/htmx-ext-sse/sse.js'
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== SHELL_CACHE && k !== PAGE_CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

function isShell(url) {
  return url.pathname.startsWith('/webjars/') || url.pathname.startsWith('/css/') || url.pathname.startsWith('/js/')
    || url.pathname.startsWith('/icons/') || url.pathname === '/manifest.webmanifest';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')
      || url.pathname.startsWith('/camunda/') || url.pathname.startsWith('/engine-rest/')) {
    return;
  }
  if (isShell(url)) {
    // stale-while-revalidate: the cached copy at once, the network's copy for next time, so a new release's scripts and
    // styles arrive with the next page load instead of never
    const fresh = fetch(request).then((response) => {
      if (response.ok) {
        const copy = response.clone();
        return caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy)).then(() => response);
      }
      return response;
    });
    event.waitUntil(fresh.catch(() => undefined));
    event.respondWith(caches.match(request).then((cached) => cached || fresh));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).then((response) => {
      if (response.ok && !url.pathname.startsWith('/login')) {
        const copy = response.clone();
        caches.open(PAGE_CACHE).then((cache) => cache.put(request, copy));
      }
      return response;
    }).catch(() => caches.match(request).then((cached) => cached || caches.match('/offline.html'))));
  }
});

// logging out forgets the pages kept for offline use (a shared tablet must not show the last person's screens)
self.addEventListener('message', (event) => {
  if (event.data === 'logout') {
    event.waitUntil(caches.delete(PAGE_CACHE));
  }
});
