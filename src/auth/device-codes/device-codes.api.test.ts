import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { identityFromSecretKey, ready, unwrapWithKey, wrapWithKey, type KeyWrappedKey } from '../../crypto/e2e';
import {
  Browser,
  deriveKeys,
  interactiveArgon,
  join,
  makeEnrolment,
  signIn,
  type Argon,
  type Enrolment,
} from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

interface Account {
  responderId: string;
  publicKey: string;
  wrappedKey: KeyWrappedKey;
}
interface Problem {
  error?: { code: string; message: string; fields?: { field: string; message: string }[] };
}

const MINUTE = 60 * 1000;
const PASSPHRASE = 'orchards in the rain';
/** What the console shows as "7KQ2M-XH9PD", sent through Argon2id without the dash. */
const CODE = '7KQ2MXH9PD';
const OTHER_CODE = 'R4TV8NB3WC';

beforeAll(async () => ready());

describe.each(DB_KINDS)('adding a device with a one-time code (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start(): Promise<{ token: string; anaId: string; enrolment: Enrolment; signedIn: Browser }> {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    const enrolment = await makeEnrolment('ana.k', PASSPHRASE);
    return { token, anaId: ana.body.id, enrolment, signedIn: await join(t, token, ana.body.id, enrolment) };
  }

  /** The signed-in device: a salt, Argon2id on the code, the auth half sent, the key wrapped under the other half. */
  async function makeCode(
    browser: Browser,
    enrolment: Enrolment,
    code = CODE,
    salt = Buffer.alloc(16, code.charCodeAt(0)).toString('base64url'),
  ) {
    const { authKey, wrappingKey } = await deriveKeys(code, salt, interactiveArgon());
    const wrappedKey = wrapWithKey(enrolment.privateKey, wrappingKey, 'device-code');
    return browser.request<{ expiresAt: number } & Problem>('POST', '/api/device-codes', {
      authSalt: salt,
      authKey,
      wrappedKey,
    });
  }

  /** The new device: ask for the salt, derive, redeem. */
  async function redeem(browser: Browser, signInName: string, code: string) {
    const start1 = await browser.request<{ authSalt: string; argon: Argon }>('POST', '/api/device-codes/start', {
      signInName,
    });
    const { authKey, wrappingKey } = await deriveKeys(code, start1.body.authSalt, start1.body.argon);
    const answer = await browser.request<Account & Problem>('POST', '/api/device-codes/redeem', {
      signInName,
      authKey,
    });
    return { answer, wrappingKey, start: start1.body };
  }

  it('a new device signs in with the name and the code, once, and unwraps the same key', async () => {
    const { anaId, enrolment, signedIn } = await start();
    const made = await makeCode(signedIn, enrolment);
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ expiresAt: t.clock.now() + 10 * MINUTE });

    const phone = new Browser(t.url);
    const { answer, wrappingKey, start: params } = await redeem(phone, 'ANA.K', CODE);
    expect(params.argon).toEqual(interactiveArgon());
    expect(answer.status).toBe(200);
    expect(answer.body.responderId).toBe(anaId);
    expect(answer.body.wrappedKey.label).toBe('device-code');
    const secretKey = unwrapWithKey(answer.body.wrappedKey, wrappingKey);
    expect(identityFromSecretKey(secretKey).publicKey).toBe(enrolment.publicKey);
    expect(answer.body.publicKey).toBe(enrolment.publicKey);
    expect(phone.setCookies.at(-1)).toMatch(
      /^kith_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict; Secure; Max-Age=43200$/,
    );
    expect((await phone.request<{ responderId: string }>('GET', '/api/session')).body.responderId).toBe(anaId);

    // Single use: the code is gone, and the same code again is refused like any wrong one.
    expect(await t.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toEqual([]);
    const again = await redeem(new Browser(t.url), 'ana.k', CODE);
    expect(again.answer.status).toBe(401);
    expect(again.answer.body.error?.message).toBe(
      'That sign-in name and code don’t match, or the code has expired or was used',
    );

    // Neither the code nor what was derived from it is in the log.
    const log = readFileSync(t.logFile, 'utf8');
    expect(log).not.toContain(CODE);
    expect(log).not.toContain(Buffer.from(wrappingKey).toString('base64url'));
    expect(log).toContain('"how":"device code"');
  });

  it('answers any name with a stable salt, unlike the passphrase’s fake salt, so names cannot be probed', async () => {
    const { enrolment, signedIn } = await start();
    const ask = async (path: string, signInName: string) =>
      (await new Browser(t.url).request<{ authSalt: string; argon: Argon }>('POST', path, { signInName })).body;
    const unknown = await ask('/api/device-codes/start', 'nobody.here');
    expect(await ask('/api/device-codes/start', 'nobody.here')).toEqual(unknown);
    expect(unknown.argon).toEqual(interactiveArgon());
    expect(Buffer.from(unknown.authSalt, 'base64url')).toHaveLength(16);
    // A real name with no code pending looks the same as an unknown one…
    const noCode = await ask('/api/device-codes/start', 'ana.k');
    expect(noCode.argon).toEqual(unknown.argon);
    // …and neither matches the passphrase path's answer, so comparing the two tells nothing.
    expect((await ask('/api/session/start', 'nobody.here')).authSalt).not.toBe(unknown.authSalt);
    expect((await ask('/api/session/start', 'ana.k')).authSalt).not.toBe(noCode.authSalt);
    // With a code pending, the real salt.
    const salt = Buffer.alloc(16, 5).toString('base64url');
    await makeCode(signedIn, enrolment, CODE, salt);
    expect((await ask('/api/device-codes/start', 'ana.k')).authSalt).toBe(salt);
  });

  it('five wrong codes delete the pending one; four wrong, then the right one, still work', async () => {
    const { enrolment, signedIn } = await start();
    const db = t.kith.ctx.db.kysely;
    await makeCode(signedIn, enrolment);
    for (let i = 0; i < 4; i += 1)
      expect((await redeem(new Browser(t.url), 'ana.k', OTHER_CODE)).answer.status).toBe(401);
    expect(await db.selectFrom('device_codes').select('attempts').execute()).toEqual([{ attempts: 4 }]);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(200);

    t.clock.advance(15 * MINUTE);
    await makeCode(signedIn, enrolment);
    for (let i = 0; i < 5; i += 1)
      expect((await redeem(new Browser(t.url), 'ana.k', OTHER_CODE)).answer.status).toBe(401);
    expect(await db.selectFrom('device_codes').select('attempts').execute()).toEqual([]);
    // The name is locked now, for the code and the passphrase alike.
    const locked = await redeem(new Browser(t.url), 'ana.k', CODE);
    expect(locked.answer.status).toBe(429);
    expect(locked.answer.body.error?.code).toBe('rate_limited');
    expect((await signIn(new Browser(t.url), 'ana.k', PASSPHRASE)).status).toBe(429);
    // After the lock, the deleted code still does not work.
    t.clock.advance(15 * MINUTE);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(401);
  });

  it('a spray of made-up names does not keep a new device out: each code has its own limit', async () => {
    const { enrolment, signedIn } = await start();
    await makeCode(signedIn, enrolment);
    const sprayer = new Browser(t.url);
    const authKey = Buffer.alloc(32, 7).toString('base64url');
    for (let i = 0; i < 70; i += 1) {
      t.clock.advance(500);
      const names = { signInName: `made.up.${i}`, authKey };
      const guess = await sprayer.request('POST', i % 2 ? '/api/device-codes/redeem' : '/api/session', names);
      expect([401, 429]).toContain(guess.status);
    }
    // Passphrase sign-in from an unknown browser meets the line's ceiling; redeeming a code does not.
    expect((await signIn(new Browser(t.url), 'ana.k', PASSPHRASE)).status).toBe(429);
    const phone = new Browser(t.url);
    const { answer } = await redeem(phone, 'ana.k', CODE);
    expect(answer.status).toBe(200);
    // The new phone is a known device from now on, for the passphrase too.
    expect((await signIn(phone, 'ana.k', PASSPHRASE)).status).toBe(200);
  });

  it('an expired code, a replaced code and a cancelled code are refused', async () => {
    const { enrolment, signedIn } = await start();
    await makeCode(signedIn, enrolment);
    t.clock.advance(10 * MINUTE);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(401);
    // Asking for a salt swept it away, wrapped key and all.
    expect(await t.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toEqual([]);

    await makeCode(signedIn, enrolment, CODE);
    await makeCode(signedIn, enrolment, OTHER_CODE); // at most one pending: this replaces the first
    expect(await t.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toHaveLength(1);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(401);
    expect((await signedIn.request('DELETE', '/api/device-codes')).status).toBe(204);
    expect((await redeem(new Browser(t.url), 'ana.k', OTHER_CODE)).answer.status).toBe(401);
    expect((await signedIn.request('DELETE', '/api/device-codes')).status).toBe(204); // nothing pending: still fine
  });

  it('refuses a bad salt, key or wrap, an API token, no session, and a foreign Origin', async () => {
    const { token, enrolment, signedIn } = await start();
    const { authKey, wrappingKey } = await deriveKeys(CODE, Buffer.alloc(16).toString('base64url'), interactiveArgon());
    const good = {
      authSalt: Buffer.alloc(16).toString('base64url'),
      authKey,
      wrappedKey: wrapWithKey(enrolment.privateKey, wrappingKey, 'device-code'),
    };
    const other = await makeEnrolment('someone.else', PASSPHRASE);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, authSalt: 'short' }, '/authSalt'],
      [{ ...good, authKey: `${authKey}=` }, '/authKey'],
      [{ ...good, wrappedKey: wrapWithKey(enrolment.privateKey, wrappingKey, 'passphrase') }, '/wrappedKey/label'],
      [{ ...good, wrappedKey: wrapWithKey(other.privateKey, wrappingKey, 'device-code') }, '/wrappedKey/publicKey'],
      [{ ...good, wrappedKey: { v: 1, alg: 'something-else', label: 'device-code' } }, '/wrappedKey/alg'],
    ];
    for (const [body, field] of cases) {
      const refused = await signedIn.request<Problem>('POST', '/api/device-codes', body);
      expect(refused.status).toBe(422);
      expect(refused.body.error?.fields?.map((f) => f.field)).toContain(field);
    }
    expect((await t.api('POST', '/api/device-codes', good, token)).status).toBe(403);
    expect((await new Browser(t.url).request('POST', '/api/device-codes', good)).status).toBe(401);
    expect((await signedIn.request('POST', '/api/device-codes', good, { origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect(await t.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toEqual([]);

    await makeCode(signedIn, enrolment);
    const start1 = await new Browser(t.url).request<{ authSalt: string }>('POST', '/api/device-codes/start', {
      signInName: 'ana.k',
    });
    const derived = await deriveKeys(CODE, start1.body.authSalt, interactiveArgon());
    const foreign = await new Browser(t.url).request(
      'POST',
      '/api/device-codes/redeem',
      { signInName: 'ana.k', authKey: derived.authKey },
      { origin: 'https://evil.example' },
    );
    expect(foreign.status).toBe(403);
    // A malformed key is just a wrong one.
    expect(
      (
        await new Browser(t.url).request('POST', '/api/device-codes/redeem', {
          signInName: 'ana.k',
          authKey: 'not base64url!',
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await new Browser(t.url).request('POST', '/api/device-codes/redeem', {
          signInName: 'ana.k',
          authKey: derived.authKey,
        })
      ).status,
    ).toBe(200);
  });

  it('a coordinator’s reset, and signing a lost phone out, delete a pending code', async () => {
    const { token, anaId, enrolment, signedIn } = await start();
    await makeCode(signedIn, enrolment);
    expect((await t.api('DELETE', `/api/responders/${anaId}/sessions`, undefined, token)).status).toBe(204);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(401);

    const browser = new Browser(t.url);
    expect((await signIn(browser, 'ana.k', PASSPHRASE)).status).toBe(200);
    expect((await makeCode(browser, enrolment)).status).toBe(201);
    expect((await t.api('POST', `/api/responders/${anaId}/reset`, undefined, token)).status).toBe(204);
    expect(await t.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toEqual([]);
    expect((await redeem(new Browser(t.url), 'ana.k', CODE)).answer.status).toBe(401);
  });
});
