import sodium from 'libsodium-wrappers-sumo';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Browser,
  deriveKeys,
  join,
  makeEnrolment,
  signIn,
  unwrap,
  type Enrolment,
} from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

interface Account {
  responderId: string;
  programId: string;
  roles: string[];
  publicKey: string;
  wrappedKey: { nonce: string; ciphertext: string };
}
interface Problem {
  error?: { code: string; message: string };
}

const MINUTE = 60 * 1000;
const PASSPHRASE = 'a long walk by the river';

describe.each(DB_KINDS)('signing in and sessions (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start(): Promise<{
    token: string;
    anaId: string;
    programId: string;
    enrolment: Enrolment;
    joined: Browser;
  }> {
    t = await startTestKith(kind);
    const { token, programId } = await t.setup();
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone', 'field'] },
      token,
    );
    const enrolment = await makeEnrolment('ana.k', PASSPHRASE);
    const joined = await join(t, token, ana.body.id, enrolment);
    return { token, anaId: ana.body.id, programId, enrolment, joined };
  }

  it('signing in with the right passphrase returns the wrapped key unchanged, and it unwraps', async () => {
    const { anaId, programId, enrolment } = await start();
    const browser = new Browser(t.url);
    const start1 = await browser.request('POST', '/api/session/start', { signInName: 'ANA.K' });
    expect(start1.body).toEqual({ authSalt: enrolment.authSalt, argon: enrolment.argon });
    const signedIn = await signIn<Account>(browser, 'Ana.K', PASSPHRASE);
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get('cache-control')).toBe('no-store');
    expect(start1.headers.get('cache-control')).toBe('no-store');
    expect(signedIn.body).toEqual({
      responderId: anaId,
      programId,
      roles: ['phone', 'field'],
      publicKey: enrolment.publicKey,
      wrappedKey: enrolment.wrappedKey,
    });
    const { wrappingKey } = await deriveKeys(PASSPHRASE, enrolment.authSalt, enrolment.argon);
    const privateKey = unwrap(signedIn.body.wrappedKey, wrappingKey);
    expect(Buffer.from(sodium.crypto_scalarmult_base(privateKey)).toString('base64url')).toBe(enrolment.publicKey);
    expect((await browser.request('GET', '/api/program')).status).toBe(200);

    // Signing in again from the same browser replaces its session instead of adding one.
    const first = browser.cookies.get('kith_session');
    expect((await signIn(browser, 'ana.k', PASSPHRASE)).status).toBe(200);
    expect(browser.cookies.get('kith_session')).not.toBe(first);
    const sessions = await t.kith.ctx.db.kysely
      .selectFrom('sessions')
      .select('responder_id')
      .where('responder_id', '=', anaId)
      .execute();
    expect(sessions).toHaveLength(2); // the one from accepting the invite, and this browser's
  });

  it('a wrong passphrase and an unknown name get the same 401; unknown names get a stable fake salt', async () => {
    const { enrolment } = await start();
    const browser = new Browser(t.url);
    const wrong = await signIn<Problem>(browser, 'ana.k', 'a short walk by the river');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error?.message).toBe('That sign-in name and passphrase don’t match');
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const ask = async (signInName: string) =>
      (await browser.request<{ authSalt: string; argon: unknown }>('POST', '/api/session/start', { signInName })).body;
    const ghost = await ask('ghost.rider');
    expect(ghost).toEqual(await ask('Ghost.Rider'));
    // The console's default for new accounts (moderate), whatever a real account happens to use.
    expect(ghost.argon).toEqual({
      opslimit: sodium.crypto_pwhash_OPSLIMIT_MODERATE,
      memlimit: sodium.crypto_pwhash_MEMLIMIT_MODERATE,
    });
    expect(Buffer.from(ghost.authSalt, 'base64url')).toHaveLength(16);
    expect(ghost.authSalt).not.toBe((await ask('ghost.writer')).authSalt);
    expect(ghost.authSalt).not.toBe(enrolment.authSalt);
    // The fake salt holds across a restart (it comes from the server's key, not from memory).
    t = await t.restart();
    expect(
      await new Browser(t.url).request('POST', '/api/session/start', { signInName: 'ghost.rider' }).then((r) => r.body),
    ).toEqual(ghost);

    const unknown = await signIn<Problem>(new Browser(t.url), 'ghost.rider', PASSPHRASE);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
    const garbage = await new Browser(t.url).request<Problem>('POST', '/api/session', {
      signInName: 'ana.k',
      authKey: '!!',
    });
    expect(garbage.status).toBe(401);
    expect(garbage.body).toEqual(wrong.body);
  });

  it('signing out ends the session on the server, not just in the browser', async () => {
    const { joined } = await start();
    const stolen = new Map(joined.cookies);
    const out = await joined.request('DELETE', '/api/session');
    expect(out.status).toBe(204);
    expect(joined.setCookies.at(-1)).toMatch(/^kith_session=; .*Max-Age=0/);
    // Only the session goes: the device cookie stays, so this browser is still a known device (docs/SIGN-IN.md).
    expect([...joined.cookies.keys()]).toEqual(['kith_device']);
    const replay = new Browser(t.url);
    for (const [name, value] of stolen) replay.cookies.set(name, value);
    expect((await replay.request('GET', '/api/program')).status).toBe(401);
    // Signing out again (or with no session at all) is harmless.
    expect((await replay.request('DELETE', '/api/session')).status).toBe(204);
  });

  it('a session ends after 30 minutes idle; activity keeps it alive, written at most once a minute', async () => {
    const { joined } = await start();
    const lastSeen = async () =>
      (await t.kith.ctx.db.kysely.selectFrom('sessions').select('last_seen_at').executeTakeFirstOrThrow()).last_seen_at;
    const signedInAt = t.clock.now();
    t.clock.advance(30 * 1000);
    expect((await joined.request('GET', '/api/program')).status).toBe(200);
    expect(await lastSeen()).toBe(signedInAt); // too soon to be worth a write
    t.clock.advance(29 * MINUTE);
    expect((await joined.request('GET', '/api/program')).status).toBe(200);
    expect(await lastSeen()).toBe(t.clock.now());
    t.clock.advance(29 * MINUTE);
    expect((await joined.request('GET', '/api/program')).status).toBe(200);
    t.clock.advance(30 * MINUTE);
    expect((await joined.request('GET', '/api/program')).status).toBe(401);
    expect(await t.kith.ctx.db.kysely.selectFrom('sessions').select('token_hash').execute()).toEqual([]);
  });

  it('a session ends 12 hours after sign-in however busy it is', async () => {
    const { joined } = await start();
    for (let i = 0; i < 12 * 3 - 1; i += 1) {
      t.clock.advance(20 * MINUTE);
      expect((await joined.request('GET', '/api/program')).status).toBe(200);
    }
    const me = await joined.request<{ session: { expiresAt: number; idleUntil: number } }>('GET', '/api/session');
    expect(me.body.session.idleUntil).toBe(me.body.session.expiresAt);
    t.clock.advance(20 * MINUTE);
    expect((await joined.request('GET', '/api/program')).status).toBe(401);
  });

  it('who-am-I works for API tokens too, without a session', async () => {
    const { token } = await start();
    const me = await t.api<{ name: string; session: unknown; publicKey: unknown }>(
      'GET',
      '/api/session',
      undefined,
      token,
    );
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ name: 'Coordinator', session: null, publicKey: null });
    expect((await new Browser(t.url).request('GET', '/api/session')).status).toBe(401);
  });
});
