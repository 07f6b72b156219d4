import { afterEach, describe, expect, it } from 'vitest';
import { Browser, join, makeEnrolment, signIn } from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

interface Problem {
  error?: { code: string; message: string };
}

const MINUTE = 60 * 1000;
const RIGHT = 'salt marsh at dawn';
const WRONG = 'salt marsh at dusk';

describe.each(DB_KINDS)('sign-in rate limits, without IP addresses (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start() {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const ana = await t.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+12025550111', roles: ['phone'] },
      token,
    );
    await join(t, token, ana.body.id, await makeEnrolment('ana.k', RIGHT));
    return { token };
  }

  it('five failures lock the name for 15 minutes (even for the right passphrase), across a restart', async () => {
    await start();
    const browser = new Browser(t.url);
    for (let i = 0; i < 5; i += 1) {
      t.clock.advance(MINUTE);
      expect((await signIn(browser, 'ana.k', WRONG)).status).toBe(401);
    }
    const locked = await signIn<Problem>(browser, 'Ana.K', RIGHT);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('rate_limited');
    expect(locked.body.error?.message).toContain('wait 11 minute(s)');
    // The window began at the first failure, four minutes before the last.
    expect(locked.headers.get('retry-after')).toBe(String(11 * 60));
    expect(browser.cookies.size).toBe(0);

    t = await t.restart();
    const after = new Browser(t.url);
    expect((await signIn(after, 'ana.k', RIGHT)).status).toBe(429);
    // Other names are not affected.
    expect((await signIn(after, 'someone.else', WRONG)).status).toBe(401);
    t.clock.advance(11 * MINUTE);
    expect((await signIn(after, 'ana.k', RIGHT)).status).toBe(200);
  });

  it('an unknown name is locked the same way, so locking reveals nothing', async () => {
    await start();
    const browser = new Browser(t.url);
    for (let i = 0; i < 5; i += 1) expect((await signIn(browser, 'nobody.here', WRONG)).status).toBe(401);
    const locked = await signIn<Problem>(browser, 'nobody.here', WRONG);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(15 * 60));
  });

  it('a correct sign-in forgives earlier mistakes with that name', async () => {
    await start();
    const browser = new Browser(t.url);
    for (let i = 0; i < 4; i += 1) expect((await signIn(browser, 'ana.k', WRONG)).status).toBe(401);
    expect((await signIn(browser, 'ana.k', RIGHT)).status).toBe(200);
    for (let i = 0; i < 4; i += 1) expect((await signIn(browser, 'ana.k', WRONG)).status).toBe(401);
    expect((await signIn(browser, 'ana.k', RIGHT)).status).toBe(200);
    const rows = await t.kith.ctx.db.kysely.selectFrom('sign_in_failures').select(['key', 'failures']).execute();
    // No row for the name, and no name in clear. After the first sign-in this browser is a known
    // device: its mistakes count against it and the name, not against the whole line.
    expect(rows).toEqual([{ key: 'global', failures: 4 }]);
  });

  it('60 failures a minute across all names slow every unknown browser, for that minute only', async () => {
    await start();
    const browser = new Browser(t.url);
    const authKey = Buffer.alloc(32, 7).toString('base64url');
    for (let i = 0; i < 60; i += 1) {
      expect((await browser.request('POST', '/api/session', { signInName: `guess.${i}`, authKey })).status).toBe(401);
    }
    const slowed = await signIn<Problem>(browser, 'ana.k', RIGHT);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error?.message).toContain('too many sign-in attempts on this line');
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(slowed.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    t.clock.advance(MINUTE);
    expect((await signIn(browser, 'ana.k', RIGHT)).status).toBe(200);
  });
});
