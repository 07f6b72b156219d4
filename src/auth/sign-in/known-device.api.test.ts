import { afterEach, describe, expect, it } from 'vitest';
import { Browser, join, makeEnrolment, signIn, type BrowserResult } from '../../../test/support/console-client';
import { DB_KINDS } from '../../../test/support/databases';
import { startTestKith, type TestKith } from '../../../test/support/kith';

/**
 * Issue 15: nobody can lock every responder out of signing in. A spray of made-up names trips the
 * install-wide limit for unknown browsers only; a browser that signed in as that account before
 * (its device cookie, docs/SIGN-IN.md) signs in at the first try.
 */
interface Problem {
  error?: { code: string; message: string };
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;
const RIGHT = 'tide tables by the harbour';
const WRONG = 'tide tables by the station';
const DEVICE = 'kith_device';

describe.each(DB_KINDS)('known devices, during a spray of made-up names (%s)', (kind) => {
  let t: TestKith;
  afterEach(async () => t?.stop());

  async function start() {
    t = await startTestKith(kind, { cheapArgon: true });
    const { token } = await t.setup();
    const person = async (name: string, signInName: string, phone: string) => {
      const made = await t.api<{ id: string }>('POST', '/api/responders', { name, phone, roles: ['phone'] }, token);
      const browser = await join(t, token, made.body.id, await makeEnrolment(signInName, RIGHT));
      return { id: made.body.id, browser };
    };
    const ana = await person('Ana', 'ana.k', '+12025550111');
    const ben = await person('Ben', 'ben.o', '+12025550122');
    return { token, ana, ben };
  }

  /** Two failures a second under made-up names, as a hostile client would: counts 401s and 429s. */
  async function spray(requests: number, from = new Browser(t.url)) {
    const authKey = Buffer.alloc(32, 7).toString('base64url');
    const counts = { 401: 0, 429: 0 };
    for (let i = 0; i < requests; i += 1) {
      t.clock.advance(SECOND / 2);
      const answer = await from.request('POST', '/api/session', { signInName: `made.up.${i}`, authKey });
      expect([401, 429]).toContain(answer.status);
      counts[answer.status as 401 | 429] += 1;
    }
    return counts;
  }

  /** The sprayer keeps the line's ceiling reached (60 failures in the minute, then 429 for unknown browsers). */
  async function sprayUntilLimited() {
    t.clock.advance(MINUTE); // a fresh minute: earlier failures in the test have aged out of the line's count
    const counts = await spray(61);
    expect(counts).toEqual({ 401: 60, 429: 1 });
  }

  /** A browser holding only this device cookie (a copy, a forgery, another account's). */
  function browserWith(cookie: string | undefined): Browser {
    const browser = new Browser(t.url);
    if (cookie !== undefined) browser.cookies.set(DEVICE, cookie);
    return browser;
  }

  const limitedForEveryone = (answer: BrowserResult<Problem>) => {
    expect(answer.status).toBe(429);
    expect(answer.body.error?.message).toContain('too many sign-in attempts on this line');
  };

  it('a known device signs in at the first try for as long as the spray lasts; an unknown one meets the limit', async () => {
    const { ana } = await start();
    // Joining set the device cookie: HttpOnly, Secure (the line is https), SameSite=Strict, sign-in endpoints only.
    const set = ana.browser.setCookies.find((line) => line.startsWith(`${DEVICE}=`));
    expect(set).toMatch(
      new RegExp(
        `^${DEVICE}=[A-Za-z0-9_.~-]+; Path=/api/session; HttpOnly; SameSite=Strict; Secure; Max-Age=${(90 * DAY) / SECOND}$`,
      ),
    );
    // Signing out ends the session, not the device's standing.
    expect((await ana.browser.request('DELETE', '/api/session')).status).toBe(204);
    expect(ana.browser.cookies.has(DEVICE)).toBe(true);

    for (let minute = 0; minute < 3; minute += 1) {
      // three minutes of spraying
      await sprayUntilLimited();
      limitedForEveryone(await signIn<Problem>(new Browser(t.url), 'ana.k', RIGHT));
      const before = ana.browser.cookies.get(DEVICE);
      const phone = await signIn<{ responderId: string }>(ana.browser, 'ana.k', RIGHT);
      expect(phone.status).toBe(200);
      expect(phone.body.responderId).toBe(ana.id);
      expect(ana.browser.cookies.get(DEVICE)).not.toBe(before); // a fresh entry with every sign-in
      expect((await ana.browser.request('DELETE', '/api/session')).status).toBe(204);
    }
    // The line's ceiling is untouched by the known device: the sprayer's failures alone count.
    const rows = await t.kith.ctx.db.kysely.selectFrom('sign_in_failures').select(['key', 'failures']).execute();
    expect(rows.find((row) => row.key === 'global')?.failures).toBe(60);
  });

  it('a forged, altered, expired or another account’s device cookie gives no exemption', async () => {
    const { ana, ben } = await start();
    const real = ana.browser.cookies.get(DEVICE) ?? '';
    const [deviceId = '', expiresAt = '', mac = ''] = real.split('.');
    // The first character: base64url's last one carries unused bits, so changing it may change nothing.
    const flipped = `${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const longer = String(Number(expiresAt) + 365 * DAY);
    const forgeries = [
      `${deviceId}.${expiresAt}.${flipped}`, // a MAC that does not check out
      `${deviceId}.${longer}.${mac}`, // a longer life than was signed
      `${'A'.repeat(22)}.${expiresAt}.${mac}`, // another device id
      ben.browser.cookies.get(DEVICE), // Ben's own, genuine, cookie
      'not-a-device-cookie',
    ];
    await sprayUntilLimited();
    for (const cookie of forgeries) limitedForEveryone(await signIn<Problem>(browserWith(cookie), 'ana.k', RIGHT));
    // Ben's cookie still works for Ben, and the genuine one for Ana.
    expect((await signIn(browserWith(ben.browser.cookies.get(DEVICE)), 'ben.o', RIGHT)).status).toBe(200);
    expect((await signIn(browserWith(real), 'ana.k', RIGHT)).status).toBe(200);

    // Ninety days on, the same cookie has expired.
    t.clock.advance(90 * DAY);
    await sprayUntilLimited();
    limitedForEveryone(await signIn<Problem>(browserWith(real), 'ana.k', RIGHT));
  });

  it('a coordinator’s reset ends the standing of every device the responder had', async () => {
    const { token, ana } = await start();
    const oldPhone = ana.browser.cookies.get(DEVICE);
    expect((await t.api('POST', `/api/responders/${ana.id}/reset`, undefined, token)).status).toBe(204);
    // Joined again, with the same name, on a new phone.
    const newPhone = await join(t, token, ana.id, await makeEnrolment('ana.k', RIGHT));
    await sprayUntilLimited();
    limitedForEveryone(await signIn<Problem>(browserWith(oldPhone), 'ana.k', RIGHT));
    expect((await signIn(newPhone, 'ana.k', RIGHT)).status).toBe(200);
  });

  it('signing a lost phone out everywhere ends the standing of every device cookie it had; signing in again makes a new one', async () => {
    const { token, ana, ben } = await start();
    const lostPhone = ana.browser.cookies.get(DEVICE);
    const desk = new Browser(t.url);
    expect((await signIn(desk, 'ana.k', RIGHT)).status).toBe(200);
    const deskBefore = desk.cookies.get(DEVICE);
    expect((await t.api('DELETE', `/api/responders/${ana.id}/sessions`, undefined, token)).status).toBe(204);
    await sprayUntilLimited();
    // Neither the lost phone's cookie nor the desk's made before the sign-out counts any more…
    limitedForEveryone(await signIn<Problem>(browserWith(lostPhone), 'ana.k', RIGHT));
    limitedForEveryone(await signIn<Problem>(browserWith(deskBefore), 'ana.k', RIGHT));
    // …while another responder's devices are untouched.
    expect((await signIn(browserWith(ben.browser.cookies.get(DEVICE)), 'ben.o', RIGHT)).status).toBe(200);

    // Once the spray's minute is over, Ana signs in on a new phone; that phone is known from then on.
    t.clock.advance(MINUTE);
    const newPhone = new Browser(t.url);
    expect((await signIn(newPhone, 'ana.k', RIGHT)).status).toBe(200);
    await sprayUntilLimited();
    expect((await signIn(newPhone, 'ana.k', RIGHT)).status).toBe(200);
    limitedForEveryone(await signIn<Problem>(browserWith(lostPhone), 'ana.k', RIGHT));
  });

  it('a known device has its own count: others cannot lock it, and a copied cookie guesses no faster than the name allows', async () => {
    const { ana } = await start();
    const desk = new Browser(t.url);
    expect((await signIn(desk, 'ana.k', RIGHT)).status).toBe(200); // a second known device of Ana's
    const stranger = new Browser(t.url);
    for (let i = 0; i < 5; i += 1) expect((await signIn(stranger, 'ana.k', WRONG)).status).toBe(401);
    expect((await signIn(stranger, 'ana.k', RIGHT)).status).toBe(429);
    // Someone else locked the name; her phone is not held by that lock.
    expect((await signIn(ana.browser, 'ana.k', RIGHT)).status).toBe(200);

    // A copy of the phone's cookie: five wrong tries, then that cookie is locked — and so is the
    // name for unknown browsers, since a known device's failures count against its account too.
    const thief = browserWith(ana.browser.cookies.get(DEVICE));
    for (let i = 0; i < 5; i += 1) expect((await signIn(thief, 'ana.k', WRONG)).status).toBe(401);
    const locked = await signIn<Problem>(thief, 'ana.k', RIGHT);
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toBe(String(15 * 60));
    // Worded as a locked name is, so the message does not confirm which name the cookie belongs to.
    const nameLocked = await signIn<Problem>(browserWith(undefined), 'ana.k', RIGHT);
    expect(locked.body).toEqual(nameLocked.body);
    expect((await signIn(ana.browser, 'ana.k', RIGHT)).status).toBe(429); // the same cookie
    expect((await signIn(stranger, 'ana.k', RIGHT)).status).toBe(429);
    // Her desk is another device, with its own count.
    expect((await signIn(desk, 'ana.k', RIGHT)).status).toBe(200);
    t.clock.advance(15 * MINUTE);
    expect((await signIn(ana.browser, 'ana.k', RIGHT)).status).toBe(200);
  });

  it('a shared desk remembers each account that signed in on it', async () => {
    await start();
    const desk = new Browser(t.url);
    expect((await signIn(desk, 'ana.k', RIGHT)).status).toBe(200);
    expect((await signIn(desk, 'ben.o', RIGHT)).status).toBe(200);
    expect(desk.cookies.get(DEVICE)?.split('~')).toHaveLength(2);
    await sprayUntilLimited();
    expect((await signIn(desk, 'ana.k', RIGHT)).status).toBe(200);
    expect((await signIn(desk, 'ben.o', RIGHT)).status).toBe(200);
    expect(desk.cookies.get(DEVICE)?.split('~')).toHaveLength(2); // replaced, not piled up
  });

  it('a device cookie tells nothing about which names exist', async () => {
    const { ana } = await start();
    const cookie = ana.browser.cookies.get(DEVICE) ?? '';
    expect(cookie).not.toContain(ana.id);
    const phone = browserWith(cookie);
    const withAndWithout = async () => {
      const answers = [];
      for (const browser of [phone, new Browser(t.url)]) {
        for (const name of ['ben.o', 'nobody.here']) {
          const start1 = await browser.request('POST', '/api/session/start', { signInName: name });
          const answer = await signIn<Problem>(browser, name, WRONG);
          answers.push({
            start: start1.body,
            status: answer.status,
            body: answer.body,
            wait: answer.headers.get('retry-after'),
          });
        }
      }
      return answers;
    };
    const quiet = await withAndWithout();
    expect(quiet.map((a) => [a.status, a.body])).toEqual(Array(4).fill([401, quiet[0]?.body]));
    expect(quiet[0]?.start).toEqual(quiet[2]?.start); // a real name's salt, with or without the cookie
    expect(quiet[1]?.start).toEqual(quiet[3]?.start); // a made-up one's, the same
    await sprayUntilLimited();
    const during = await withAndWithout();
    expect(during.map((a) => [a.status, a.body, a.wait])).toEqual(
      Array(4).fill([429, during[0]?.body, during[0]?.wait]),
    );
  });
});
