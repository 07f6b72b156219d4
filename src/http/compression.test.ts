import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/protocol';
import { startTestKith, type TestKith } from '../../test/support/kith';
import { rawRequest, type RawResponse } from '../../test/support/raw-http';

/**
 * Compression on the server the tests use (assets bundled in memory): what is compressed, in which
 * coding, and what never is because it could carry a secret next to reflected input (BREACH;
 * src/http/compression.ts, docs/THREAT_MODEL.md "Compression").
 */
describe('compression', () => {
  let t: TestKith | undefined;
  afterEach(async () => {
    await t?.stop();
    t = undefined;
  });

  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${t!.url}${path}`, { headers });
  const bothWays = (a: RawResponse, b: RawResponse) => expect(a.decoded.equals(b.decoded)).toBe(true);

  it('compresses public JSON with brotli, then gzip, as Accept-Encoding and its q-values ask', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const plain = await get('/api/openapi.json');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.wire.length).toBeGreaterThan(10_000);
    const br = await get('/api/openapi.json', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toContain('accept-encoding');
    expect(br.wire.length).toBeLessThan(plain.wire.length / 4);
    bothWays(br, plain);
    const gzip = await get('/api/openapi.json', { 'accept-encoding': 'br;q=0, gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    bothWays(gzip, plain);
    expect(
      (await get('/api/openapi.json', { 'accept-encoding': 'gzip;q=0.4, br;q=0.8' })).headers['content-encoding'],
    ).toBe('br');
    expect(
      (await get('/api/openapi.json', { 'accept-encoding': 'deflate' })).headers['content-encoding'],
    ).toBeUndefined();
    // The basic security headers stay on a compressed answer.
    expect(br.headers['x-content-type-options']).toBe('nosniff');
    expect(br.headers['cache-control']).toBe('no-store');
  });

  it('never compresses an answer to a request that carries a credential, the same document included', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup();
    const asked = { 'accept-encoding': 'br, gzip' };
    const withToken = await get('/api/openapi.json', { ...asked, authorization: `Bearer ${token}` });
    expect(withToken.status).toBe(200);
    expect(withToken.wire.length).toBeGreaterThan(10_000);
    expect(withToken.headers['content-encoding']).toBeUndefined();
    // Session-bound JSON, big enough that it would be compressed otherwise.
    for (let n = 0; n < 12; n++)
      await t.api(
        'POST',
        '/api/responders',
        { name: `Responder number ${n}`, phone: `+1 202 555 01${String(n + 10)}`, languages: ['en'], roles: ['phone'] },
        token,
      );
    const roster = await get('/api/responders', { ...asked, authorization: `Bearer ${token}` });
    expect(roster.status).toBe(200);
    expect(roster.wire.length).toBeGreaterThan(1024);
    expect(roster.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the console page for a stranger, but not once a session cookie comes with it', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const asked = { 'accept-encoding': 'br, gzip' };
    const stranger = await get('/sign-in', asked);
    expect(stranger.headers['content-encoding']).toBe('br');
    expect(stranger.headers['content-security-policy']).toContain("default-src 'none'");
    expect(stranger.headers['referrer-policy']).toBe('no-referrer');
    // The language preference is no credential.
    const spanish = await get('/sign-in', { ...asked, cookie: 'kith_lang=es' });
    expect(spanish.headers['content-encoding']).toBe('br');
    const signedIn = await get('/sign-in', { ...asked, cookie: `kith_lang=es; ${SESSION_COOKIE}=anything` });
    expect(signedIn.wire.length).toBeGreaterThan(1024);
    expect(signedIn.headers['content-encoding']).toBeUndefined();
    expect(signedIn.headers['content-security-policy']).toContain("default-src 'none'");
    bothWays(signedIn, spanish);
  });

  it('never compresses the web chat, whose page mints a cookie and a form token bound to it', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    await t.setup();
    const asked = { 'accept-encoding': 'br, gzip' };
    const first = await get('/chat', asked);
    expect(first.status).toBe(200);
    expect(first.headers['set-cookie']?.join(';')).toContain('kith_chat=');
    expect(first.wire.length).toBeGreaterThan(1024);
    expect(first.headers['content-encoding']).toBeUndefined();
    const cookie = first.headers['set-cookie']![0]!.split(';')[0]!;
    const again = await get('/chat', { ...asked, cookie });
    expect(again.headers['content-encoding']).toBeUndefined();
    // A posted form answers with the page again (a problem shown, the words kept): not compressed either.
    const posted = await rawRequest(`${t.url}/chat`, {
      method: 'POST',
      headers: { ...asked, cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'message=',
    });
    expect(posted.wire.length).toBeGreaterThan(1024);
    expect(posted.headers['content-encoding']).toBeUndefined();
  });

  it('leaves the live event stream uncompressed', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const { token } = await t.setup();
    const stream = await rawRequest(`${t.url}/api/events`, {
      headers: { 'accept-encoding': 'br, gzip', authorization: `Bearer ${token}` },
      stopAfterHeaders: true,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.headers['content-encoding']).toBeUndefined();
  });

  it('serves page assets compressed to everyone, signed in or not, with Vary: Accept-Encoding', async () => {
    t = await startTestKith('sqlite', { cheapArgon: true });
    const page = await get('/sign-in');
    const script = /<script type="module" src="(\/assets\/console\.[A-Z0-9]{8}\.js)">/.exec(
      page.decoded.toString(),
    )?.[1];
    expect(script).toBeDefined();
    const plain = await get(script!);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    for (const [accept, coding] of [
      ['br, gzip', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0', undefined],
    ] as const) {
      const served = await get(script!, { 'accept-encoding': accept, cookie: `${SESSION_COOKIE}=anything` });
      expect(served.headers['content-encoding']).toBe(coding);
      expect(served.headers.vary).toBe('Accept-Encoding');
      expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      bothWays(served, plain);
    }
  });
});

describe('compression’s cost where it can never apply', () => {
  it('leaves POST-only routes (every provider webhook) without its hooks, and GET routes with them', async () => {
    const t = await startTestKith('sqlite', { cheapArgon: true });
    try {
      const hooksOf = (method: string) =>
        t.kith.app.printRoutes({ method, includeHooks: true, commonPrefix: false, includeMeta: false });
      // A POST answer may echo what it was sent next to a secret (BREACH), so it is never compressed;
      // carrying the plugin's hooks there would only cost every call and text its time.
      // The plugin's own hooks are named onRequest and onSend; the rest of Kith's hooks are anonymous.
      const compressionHooks = /optOutWhereSecret\(\)|"onSend\(\)"|"onRequest\(\)"/g;
      const posts = hooksOf('POST');
      expect(posts).toContain('/webhooks/twilio/voice');
      expect(posts.match(compressionHooks)).toBeNull();
      expect(new Set(hooksOf('GET').match(compressionHooks))).toEqual(
        new Set(['optOutWhereSecret()', '"onSend()"', '"onRequest()"']),
      );
    } finally {
      await t.stop();
    }
  });
});
