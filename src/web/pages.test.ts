import { afterEach, describe, expect, it } from 'vitest';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { CONTENT_SECURITY_POLICY } from './security-headers';

describe('web pages over HTTP', () => {
  let t: TestKith | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${t?.url}${path}`, { headers });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };

  it('escapes a hostile ?lang= (and headers): nothing from the request reaches the page', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const hostile = `"><script>alert(1)</script><html lang="x`;
    const page = await get(`/setup?lang=${encodeURIComponent(hostile)}`, {
      'accept-language': hostile,
      cookie: `kith_lang=${encodeURIComponent(hostile)}`,
    });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<html lang="en" dir="ltr">');
    expect(page.body).not.toContain('alert(1)');
    expect(page.body).not.toContain('lang="x');
    expect(page.headers.get('set-cookie')).toBeNull(); // an unknown language is not remembered either
    const repeated = await get('/setup?lang=es&lang=en');
    expect(repeated.body).toContain('<html lang="en"');
  });

  it('chooses the language from ?lang=, then the kith_lang cookie, then Accept-Language', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const lang = (body: string) => /<html lang="(\w+)"/.exec(body)?.[1];
    expect(lang((await get('/setup')).body)).toBe('en');
    expect(lang((await get('/setup', { 'accept-language': 'de-DE, es-MX;q=0.9, en;q=0.8' })).body)).toBe('es');
    expect(lang((await get('/setup', { 'accept-language': 'fr-CA, es-MX;q=0.9, en;q=0.8' })).body)).toBe('fr');
    expect(lang((await get('/setup', { 'accept-language': 'es;q=0, en' })).body)).toBe('en');
    expect(lang((await get('/setup', { cookie: 'other=1; kith_lang=es', 'accept-language': 'en' })).body)).toBe('es');
    const chosen = await get('/setup?lang=en', { cookie: 'kith_lang=es' });
    expect(lang(chosen.body)).toBe('en');
    // The cookie holds the language and nothing else; Secure because Kith's public address is HTTPS.
    expect(chosen.headers.get('set-cookie')).toBe('kith_lang=en; Path=/; Max-Age=31536000; SameSite=Strict; Secure');
    // fetch asks for br and gzip, and the page is compressed: caches must key on that too.
    expect(chosen.headers.get('vary')).toBe('Accept-Language, Cookie, accept-encoding');
  });

  it('sends strict security headers with pages, and only the basic ones with the API', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const page = await get('/setup');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    // 'wasm-unsafe-eval' lets libsodium compile its WebAssembly; nothing allows eval or inline code.
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|\*|data:|https?:/);
    expect(Object.fromEntries(page.headers)).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
      'strict-transport-security': 'max-age=31536000',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    // No inline script or style for the CSP to have to allow; the only <script> without src is inert data.
    expect(page.body).not.toMatch(/<style|style="|<script(?![^>]*(src=|type="application\/json"))/);
    for (const path of ['/console', '/console/notes/x', '/join', '/sign-in']) {
      const shell = await get(path);
      expect(shell.status).toBe(200);
      expect(shell.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(shell.headers.get('cache-control')).toBe('no-store');
      expect(shell.body).not.toMatch(/<style|style="|<script(?![^>]*(src=|type="application\/json"))/);
      expect(shell.body).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    }
    const api = await get('/health');
    expect(api.headers.get('cache-control')).toBe('no-store');
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
    expect(api.headers.get('content-security-policy')).toBeNull();
  });

  it('over plain HTTP there is no HSTS', async () => {
    t = await startTestKith('sqlite', { env: { KITH_PUBLIC_URL: 'http://kith.internal:8080' } });
    const page = await get('/setup');
    expect(page.headers.get('strict-transport-security')).toBeNull();
    expect(page.body).toContain('--url http://kith.internal:8080');
  });

  it('serves page assets from memory under content-hashed names, cached for a year', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const page = await get('/setup');
    const script = /<script type="module" src="(\/assets\/setup\.[A-Z0-9]{8}\.js)">/.exec(page.body)?.[1];
    const style = /<link rel="stylesheet" href="(\/assets\/kith\.[A-Z0-9]{8}\.css)">/.exec(page.body)?.[1];
    expect(script).toBeDefined();
    expect(style).toBeDefined();
    const js = await get(script ?? '');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(js.body).toContain('/api/setup');
    expect(js.body).not.toMatch(/require\(/);
    // Code shared between pages comes from content-hashed chunks beside it, and from nowhere else.
    const chunks = [...js.body.matchAll(/from\s*"([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const chunk of chunks) {
      expect(chunk).toMatch(/^\.\/chunk\.[A-Z0-9]{8}\.js$/);
      const served = await get(`/assets/${chunk.slice(2)}`);
      expect(served.status).toBe(200);
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    const css = await get(style ?? '');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.body).toContain('prefers-reduced-motion');
    expect(css.body).not.toMatch(/@import|url\(/); // nothing fetched from anywhere
    expect((await get('/assets/setup.js')).status).toBe(404);
    expect((await get('/assets/..%2Fassets.ts')).status).toBe(404);
  });
});
