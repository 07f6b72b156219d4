/**
 * The console's service worker: it lets the console open on a flaky connection and makes it
 * installable. It keeps only what holds nothing private — the content-hashed assets and the
 * console's page shell — and never touches `/api/`: calls, notes and sessions always come from
 * the network. Sign-out empties its caches (and the server's Clear-Site-Data removes it).
 * It also shows shift reminders pushed by Kith's own server (src/rota/push.ts).
 */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}
interface PushEvent extends ExtendableEvent {
  readonly data: { text(): string } | null;
}
interface NotificationEvent extends ExtendableEvent {
  readonly notification: Notification & { data: unknown };
}
interface WindowClient {
  readonly url: string;
  focus(): Promise<WindowClient>;
  navigate(url: string): Promise<WindowClient | null>;
}
interface WorkerScope {
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'push', listener: (event: PushEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NotificationEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: {
    claim(): Promise<void>;
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly WindowClient[]>;
    openWindow(url: string): Promise<WindowClient | null>;
  };
  registration: { showNotification(title: string, options: NotificationOptions): Promise<void> };
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
  if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(event));
  else if (request.mode === 'navigate' && CONSOLE_PATHS.test(url.pathname)) event.respondWith(networkFirstShell(event));
});

/** Asset URLs carry a hash of their content, so a cached copy is never stale. */
async function cacheFirst(event: FetchEvent): Promise<Response> {
  const hit = await fromCache(ASSETS, event.request);
  if (hit) return hit;
  const response = await fetch(event.request);
  if (response.ok) keep(event, ASSETS, event.request, response.clone());
  return response;
}

/** The network when it answers; the last shell seen when it does not (the views then show their own errors). */
async function networkFirstShell(event: FetchEvent): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(event.request);
  } catch (error) {
    const cached = await fromCache(SHELL, SHELL_URL);
    if (cached) return cached;
    throw error;
  }
  if (response.ok) keep(event, SHELL, SHELL_URL, response.clone());
  return response;
}

/*
 * The copies are a convenience; the answer is not. A phone with no room left, or caches emptied by
 * signing out (the page's own clearing and the server's Clear-Site-Data) while a view loads, makes
 * Cache Storage refuse: then the page still gets what the network gave, and nothing is kept.
 */
async function fromCache(name: string, key: Request | string): Promise<Response | undefined> {
  try {
    return await (await caches.open(name)).match(key);
  } catch {
    return undefined;
  }
}

function keep(event: FetchEvent, name: string, key: Request | string, copy: Response): void {
  event.waitUntil(
    caches
      .open(name)
      .then((cache) => cache.put(key, copy))
      .catch(() => undefined),
  );
}

/**
 * A push is from Kith's server (only it holds the VAPID key): `{title, body, path}`, shift times and
 * the program's name, never a caller's words. Anything else shows nothing new.
 */
scope.addEventListener('push', (event) => {
  const reminder = reminderOf(event.data?.text());
  if (!reminder) return;
  event.waitUntil(
    scope.registration.showNotification(reminder.title, {
      body: reminder.body,
      data: { path: reminder.path },
      tag: 'kith-reminder',
    }),
  );
});

scope.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const data = event.notification.data;
  const path = typeof data === 'object' && data !== null && 'path' in data ? data.path : undefined;
  event.waitUntil(openConsoleAt(typeof path === 'string' ? path : SHELL_URL));
});

function reminderOf(text: string | undefined): { title: string; body: string; path: string } | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (typeof value !== 'object' || value === null) return undefined;
    const { title, body, path } = value as Record<string, unknown>;
    if (typeof title !== 'string' || typeof body !== 'string') return undefined;
    return { title, body, path: typeof path === 'string' ? path : SHELL_URL };
  } catch {
    return undefined;
  }
}

/** Our own origin only: a path that would lead elsewhere opens the console's home instead. */
async function openConsoleAt(path: string): Promise<void> {
  const url = new URL(path, scope.location.origin);
  const target = url.origin === scope.location.origin ? url.href : new URL(SHELL_URL, scope.location.origin).href;
  const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === scope.location.origin);
  if (open) {
    await open.focus();
    await open.navigate(target).catch(() => null);
  } else await scope.clients.openWindow(target);
}
