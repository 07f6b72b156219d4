/**
 * Every request the "provider" makes to the app goes through here, so the rules that matter
 * for security tests live in one place: sign over the PUBLIC url exactly as the app is
 * configured, deliver to the local transport address instead, and never send anything
 * beyond this machine.
 */
import { type WebhookSigner } from './signing';
import type { HttpMethod } from './twiml';

export type Params = Record<string, string>;

export type FetchOutcome =
  | { kind: 'ok'; status: number; body: string }
  | { kind: 'http-error'; status: number; body: string }
  | { kind: 'unreachable'; message: string }
  | { kind: 'timeout' };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export class AppClient {
  private readonly publicBase: string;
  private appBase = '';
  private token = 0;
  /** Requests to fail before they reach the app, by path, in order (see `failNext`). */
  private readonly failures: { path: string; status: number }[] = [];

  constructor(
    private readonly signer: WebhookSigner,
    publicBaseUrl: string,
    appBaseUrl: string,
    private readonly timeoutMs: number,
  ) {
    this.publicBase = publicBaseUrl.replace(/\/+$/, '');
    this.connect(appBaseUrl);
  }

  /** Point delivery at another local address (the app under test may restart on a new port). */
  connect(appBaseUrl: string): void {
    if (!isLocalUrl(appBaseUrl)) throw new Error(`appBaseUrl must point at 127.0.0.1 or localhost, got ${appBaseUrl}`);
    this.appBase = appBaseUrl.replace(/\/+$/, '');
  }

  /**
   * The next request to `path` (the public URL's path) is answered with `status` without reaching the
   * app — as a proxy in front of a restarting app answers 502, or an app that fails answers 500.
   */
  failNext(path: string, status: number): void {
    this.failures.push({ path, status });
  }

  /**
   * A configured URL: a path is appended to the public base (keeping any path prefix the base
   * has, which `new URL('/x', base)` would drop); an absolute URL is kept as given.
   */
  configured(pathOrUrl: string): string {
    if (/^https?:\/\//i.test(pathOrUrl)) return pathOrUrl;
    return this.publicBase + (pathOrUrl.startsWith('/') ? pathOrUrl : `/${pathOrUrl}`);
  }

  /** A URL found in TwiML resolves against the URL of the document containing it, as in a browser. */
  resolve(relative: string, documentUrl: string): string {
    return new URL(relative, documentUrl).toString();
  }

  /**
   * Where a public URL is really delivered; undefined when that would leave this machine. A URL that
   * differs from the public base only by a default port written out or left off (`https://x:443/…`
   * against `https://x/…`, as resolving a TwiML URL leaves it) is the same place.
   */
  transportFor(publicUrl: string): string | undefined {
    for (const base of new Set([this.publicBase, sameOrigin(publicUrl, this.publicBase)])) {
      if (base === undefined) continue;
      if (publicUrl === base || publicUrl.startsWith(`${base}/`) || publicUrl.startsWith(`${base}?`))
        return this.appBase + publicUrl.slice(base.length);
    }
    return isLocalUrl(publicUrl) ? publicUrl : undefined;
  }

  /**
   * One signed request, as the provider sends it. POST carries the params as a form body; GET
   * appends them to the query string and the signature covers that full URL with no body params.
   */
  async request(publicUrl: string, method: HttpMethod, params: Params): Promise<FetchOutcome> {
    let signedUrl = publicUrl;
    let body: string | undefined;
    let signedParams: Params = params;
    if (method === 'GET') {
      const query = new URLSearchParams(params).toString();
      signedUrl = query === '' ? publicUrl : `${publicUrl}${publicUrl.includes('?') ? '&' : '?'}${query}`;
      signedParams = {};
    } else {
      body = new URLSearchParams(params).toString();
    }
    const headers: Record<string, string> = {
      'X-Twilio-Signature': this.signer.sign(signedUrl, signedParams),
      'I-Twilio-Idempotency-Token': `sim-${++this.token}`,
      'User-Agent': 'TwilioProxy/1.1',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/x-www-form-urlencoded';
    const failure = this.failures.findIndex((f) => pathOf(publicUrl) === f.path);
    if (failure !== -1) {
      const status = this.failures.splice(failure, 1)[0]?.status ?? 500;
      return { kind: 'http-error', status, body: '' };
    }
    return this.send(signedUrl, method, headers, body);
  }

  /** A raw request (tests use it to send unsigned or mis-signed webhooks). */
  async send(
    publicUrl: string,
    method: HttpMethod,
    headers: Record<string, string>,
    body?: string,
  ): Promise<FetchOutcome> {
    const transport = this.transportFor(publicUrl);
    if (transport === undefined) {
      return { kind: 'unreachable', message: `refusing to send to ${publicUrl}: not the app and not on this machine` };
    }
    const init: RequestInit = { method, headers, redirect: 'manual', signal: AbortSignal.timeout(this.timeoutMs) };
    if (body !== undefined) init.body = body;
    try {
      const res = await fetch(transport, init);
      const text = await res.text();
      return res.status >= 200 && res.status < 300
        ? { kind: 'ok', status: res.status, body: text }
        : { kind: 'http-error', status: res.status, body: text };
    } catch (err) {
      if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
        return { kind: 'timeout' };
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      return { kind: 'unreachable', message: `${err instanceof Error ? err.message : String(err)}${cause}` };
    }
  }
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** The public base spelled as `url` spells its origin, when the two name the same origin. */
function sameOrigin(url: string, base: string): string | undefined {
  try {
    const [u, b] = [new URL(url), new URL(base)];
    if (u.origin !== b.origin) return undefined;
    const authority = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0];
    return authority === undefined ? undefined : authority + b.pathname.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}

export function describeFailure(outcome: Exclude<FetchOutcome, { kind: 'ok' }>): string {
  switch (outcome.kind) {
    case 'http-error':
      return `HTTP ${outcome.status}`;
    case 'unreachable':
      return outcome.message;
    case 'timeout':
      return 'no response in time';
  }
}
