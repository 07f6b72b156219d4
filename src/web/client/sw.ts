/**
 * The console's service worker: it lets the console open on a flaky connection and makes it
 * installable. It keeps only what holds nothing private — the content-hashed assets and the
 * console's page shell — and never touches `/api/`: calls, notes and sessions always come from
 * the network. Sign-out empties its caches (and the server's Clear-Site-Data removes it).
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  location: Location;
}

const scope = self as unknown as WorkerScope;
const ASSETS = 'kith-assets';
const SHELL = 'kith-shell';
const SHELL_URL = '/console';
const CONSOLE_PATHS = /^\/(console(\/.*)?|sign-in|join)$/;

scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim()));

scope.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (request.mode === 'navigate' && CONSOLE_PATHS.test(url.pathname))
    event.respondWith(networkFirstShell(request));
});

/** Asset URLs carry a hash of their content, so a cached copy is never stale. */
async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The network when it answers; the last shell seen when it does not (the views then show their own errors). */
async function networkFirstShell(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) await (await caches.open(SHELL)).put(SHELL_URL, response.clone());
    return response;
  } catch (error) {
    const cached = await (await caches.open(SHELL)).match(SHELL_URL);
    if (cached) return cached;
    throw error;
  }
}
