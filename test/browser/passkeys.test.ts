import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import {
  deriveSignInKeys,
  identityFromSecretKey,
  ready,
  unwrapWithKey,
  type KeyWrappedKey,
} from '../../src/crypto/e2e';
import { en } from '../../src/web/i18n/en';
import {
  describeInChromium,
  expectAccessible,
  focused,
  sharedChromium,
  releaseChromium,
  openPage,
  tabTo,
  type TestPage,
} from '../support/chromium';
import { startTestKith, type TestKith } from '../support/kith';

const t = en.console;
const d = t.devices;
const PASSPHRASE = 'river stone lantern';

/**
 * Passkeys with PRF and device codes in real Chromium, with its virtual authenticator (driven
 * over the DevTools protocol). WebAuthn refuses IP addresses as relying party ids, so this Kith is
 * served as http://localhost:PORT (a secure context, like https) rather than 127.0.0.1.
 */
describeInChromium('passkeys and device codes in a real browser', () => {
  let browser: Browser;
  let kith: TestKith | undefined;
  const tabs: TestPage[] = [];
  beforeAll(async () => {
    await ready();
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.close();
    await kith?.stop();
    kith = undefined;
  });

  async function line(): Promise<{
    k: TestKith;
    origin: string;
    inviteUrl: string;
    responderId: string;
    token: string;
  }> {
    const port = await freePort();
    const origin = `http://localhost:${port}`;
    kith = await startTestKith('sqlite', {
      cheapArgon: true,
      env: { KITH_PORT: String(port), KITH_PUBLIC_URL: origin },
    });
    const { token } = await kith.setup('Northside Care Line');
    const ana = await kith.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana Ruiz', phone: '+12025550111', languages: ['en'], roles: ['phone'] },
      token,
    );
    const invite = await kith.api<{ inviteUrl: string }>(
      'POST',
      `/api/responders/${ana.body.id}/invite`,
      undefined,
      token,
    );
    expect(invite.body.inviteUrl.startsWith(origin)).toBe(true);
    return { k: kith, origin, inviteUrl: invite.body.inviteUrl, responderId: ana.body.id, token };
  }

  /** A new context (own cookies) with a virtual platform authenticator: user-verifying, discoverable, with or without PRF. */
  async function device(prf: boolean): Promise<TestPage> {
    if (!kith) throw new Error('Start Kith before opening its console');
    const tab = await openPage(browser, { clock: kith.clock });
    tabs.push(tab);
    const cdp = await tab.page.context().newCDPSession(tab.page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ctap2Version: 'ctap2_1',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        hasPrf: prf,
        automaticPresenceSimulation: true,
      },
    });
    return tab;
  }

  /** Joins; then goes home, or (`toPasskey`) follows the offer to add a passkey right away. */
  async function joinWithPassphrase(page: Page, inviteUrl: string, toPasskey = false): Promise<void> {
    await page.goto(inviteUrl);
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.locator('#confirm').fill(PASSPHRASE);
    await page.locator('#confirm').press('Enter');
    await page.getByRole('heading', { name: t.join.doneHeading }).waitFor();
    if (toPasskey) {
      await page.getByRole('link', { name: d.addPasskey }).click();
      await page.getByRole('heading', { name: d.heading, level: 1 }).waitFor();
      return;
    }
    await page.getByRole('button', { name: t.join.goHome }).click();
    await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
  }

  async function openDevices(page: Page): Promise<void> {
    await page.getByRole('link', { name: d.nav }).click();
    await page.getByRole('heading', { name: d.heading, level: 1 }).waitFor();
  }

  async function signOut(page: Page, origin: string): Promise<void> {
    await page.getByRole('button', { name: t.shell.signOut }).click();
    await page.getByText(t.shell.signedOut).waitFor();
    await expect.poll(() => page.url()).toBe(`${origin}/sign-in`);
  }

  it('adds a passkey by keyboard, signs out, signs back in with it (no passphrase), and the key opens', async () => {
    const { k, origin, inviteUrl, responderId } = await line();
    const { page, problems } = await device(true);
    // Joining offers a passkey at once, while the key is in memory.
    await joinWithPassphrase(page, inviteUrl, true);
    await page.getByText(d.passkeysNone).waitFor(); // the list loads after the view
    await expectAccessible(page, 'devices, no passkeys');

    // By keyboard: from the heading (focused after moving there) to the button, then Enter.
    await expect.poll(() => focused(page)).toBe(`h1:${d.heading}`);
    await tabTo(page, `button:${d.addPasskey}`);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: d.added }).waitFor();
    await page.getByRole('button', { name: /^Remove the passkey added/ }).waitFor();
    await expectAccessible(page, 'devices, one passkey');

    // What the server keeps: the key wrapped under this passkey's PRF output, labelled with its id.
    const db = k.kith.ctx.db.kysely;
    const row = await db.selectFrom('passkeys').selectAll().executeTakeFirstOrThrow();
    expect(row.responder_id).toBe(responderId);
    const publicKey = (await db.selectFrom('credentials').select('public_key').executeTakeFirstOrThrow()).public_key;
    expect(JSON.parse(row.wrapped_key)).toMatchObject({
      alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
      label: row.id,
      publicKey,
    });

    // Signing in again: only the passkey, no name and no passphrase typed.
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.postData() ?? ''));
    await signOut(page, origin);
    await expectAccessible(page, 'sign-in with other ways');
    await page.getByRole('button', { name: d.signInWithPasskey }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
    expect(
      (await db.selectFrom('passkeys').select('last_used_at').executeTakeFirstOrThrow()).last_used_at,
    ).not.toBeNull();
    // Nothing the page sent carries a PRF output: the assertion's extension results are empty.
    const assertionBody = sent.find((body) => body.includes('"assertion"'));
    expect(JSON.parse(assertionBody ?? '{}')).toMatchObject({ assertion: { clientExtensionResults: {} } });

    // The key is in memory (the devices view needs it and shows no unlock form), and it is the
    // real one: a code made now wraps it, and that wrap opens to the account's public key here.
    await openDevices(page);
    await page.getByRole('button', { name: d.makeCode }).click();
    const code = (await page.locator('[data-code]').innerText()).replace('-', '');
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    await expectAccessible(page, 'devices, a code shown');
    const pending = await db.selectFrom('device_codes').selectAll().executeTakeFirstOrThrow();
    const { wrappingKey } = deriveSignInKeys(code, pending.auth_salt, { opslimit: 2, memlimit: 64 * 1024 * 1024 });
    const opened = unwrapWithKey(JSON.parse(pending.wrapped_key) as KeyWrappedKey, wrappingKey);
    expect(identityFromSecretKey(opened).publicKey).toBe(publicKey);
    // The code itself never went to the server.
    expect(sent.filter((body) => body.includes(code))).toEqual([]);

    // A reload drops the key; the unlock form offers the passkey too, and it opens the key again.
    await page.reload();
    await page.getByRole('heading', { name: t.signIn.unlockHeading }).waitFor();
    await expectAccessible(page, 'unlock with a passkey offered');
    await page.getByRole('button', { name: d.signInWithPasskey }).click();
    await page.getByRole('heading', { name: d.heading, level: 1 }).waitFor();
    expect(problems).toEqual([]);
  });

  it('an authenticator without PRF gets a plain message, and the passphrase stays the way in', async () => {
    const { origin, inviteUrl, k } = await line();
    const { page, problems } = await device(false);
    await joinWithPassphrase(page, inviteUrl);
    await openDevices(page);
    await page.getByRole('button', { name: d.addPasskey }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(d.noPrf);
    await expect.poll(() => focused(page)).not.toBe('body'); // the summary took focus, so it is read out
    await expectAccessible(page, 'devices, no PRF');
    expect(await k.kith.ctx.db.kysely.selectFrom('passkeys').select('id').execute()).toEqual([]);

    await signOut(page, origin);
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.locator('#passphrase').press('Enter');
    await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
    expect(problems).toEqual([]);
  });

  it('joins with a passkey alone, by keyboard; signs out, back in with the passkey, and the key works', async () => {
    const { k, origin, inviteUrl, responderId } = await line();
    const { page, problems } = await device(true);
    const sent: string[] = [];
    page.on('request', (request) => sent.push(request.postData() ?? ''));
    await page.goto(inviteUrl);
    await page.getByRole('heading', { name: t.join.passkey.heading }).waitFor();
    await page.getByRole('heading', { name: t.join.passkey.usePassphrase }).waitFor(); // the passphrase form stays below
    await expectAccessible(page, 'join, passkey offered');
    await page.getByRole('button', { name: t.join.passkey.submit }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: t.join.doneHeading }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(t.join.passkey.doneBody);
    await expectAccessible(page, 'joined with a passkey');
    await page.getByRole('button', { name: t.join.goHome }).click();
    await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();

    // The server: a public key and no passphrase; one passkey holding the key wrapped under its PRF output.
    const db = k.kith.ctx.db.kysely;
    const credential = await db.selectFrom('credentials').selectAll().executeTakeFirstOrThrow();
    expect(credential).toMatchObject({ responder_id: responderId, name_key: null, verifier: null, wrapped_key: null });
    const row = await db.selectFrom('passkeys').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(row.wrapped_key)).toMatchObject({ label: row.id, publicKey: credential.public_key });
    // What was sent for joining carries no PRF output.
    const acceptBody = sent.find((body) => body.includes('"attestation"'));
    expect(JSON.parse(acceptBody ?? '{}')).toMatchObject({
      attestation: { clientExtensionResults: { prf: { enabled: true } } },
    });
    expect(acceptBody).not.toContain('"results"');

    await signOut(page, origin);
    await page.getByRole('button', { name: d.signInWithPasskey }).click();
    await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
    // The key is in memory: the devices view (which needs it) shows the passkey and no unlock form.
    await openDevices(page);
    await page.getByRole('button', { name: /^Remove the passkey added/ }).waitFor();
    expect(await page.getByRole('heading', { name: t.signIn.unlockHeading }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('joining on a device without PRF explains, and leaves the passphrase form and the invite working', async () => {
    const { k, inviteUrl } = await line();
    const { page, problems } = await device(false);
    await page.goto(inviteUrl);
    await page.getByRole('button', { name: t.join.passkey.submit }).click();
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(t.join.passkey.noPrf);
    await expect.poll(() => focused(page)).not.toBe('body');
    expect(await page.getByRole('button', { name: t.join.passkey.submit }).count()).toBe(0);
    await expectAccessible(page, 'join, no PRF');
    expect(await k.kith.ctx.db.kysely.selectFrom('credentials').select('responder_id').execute()).toEqual([]);
    await page.locator('#sign-in-name').fill('ana.r');
    await page.locator('#passphrase').fill(PASSPHRASE);
    await page.locator('#confirm').fill(PASSPHRASE);
    await page.locator('#confirm').press('Enter');
    await page.getByRole('heading', { name: t.join.doneHeading }).waitFor();
    expect(problems).toEqual([]);
  });

  it('adds a second device with a short code: it signs in with the same key, then gets its own passkey', async () => {
    const { origin, inviteUrl, k } = await line();
    const first = await device(true);
    await joinWithPassphrase(first.page, inviteUrl);
    await openDevices(first.page);
    await first.page.getByRole('button', { name: d.makeCode }).click();
    const shown = await first.page.locator('[data-code]').innerText();
    expect(shown).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    await expect.poll(() => first.page.locator('main').innerText()).toContain(d.codeWarning);

    // The new device: its own context, so no cookie and no key.
    const second = await device(true);
    const { page } = second;
    await page.goto(`${origin}/sign-in`);
    await page.getByRole('button', { name: d.useCode }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: d.codeTitle }).waitFor();
    await expectAccessible(page, 'code form');

    // Keyboard only; first a mistake, then a wrong code, then the code as shown but in lower case.
    await page.locator('#code-sign-in-name').focus();
    await page.keyboard.type('ana.r');
    await tabTo(page, 'device-code');
    await page.keyboard.type('123');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([d.codeInvalid]);
    await expectAccessible(page, 'code form, malformed code');
    await page.locator('#device-code').fill(shown === 'ABCDE-FGHJK' ? 'ABCDE-FGHJM' : 'ABCDE-FGHJK');
    await page.locator('#device-code').press('Enter');
    await expect.poll(() => page.locator('.error-summary').innerText()).toContain(d.codeWrong);
    await page.locator('#device-code').fill(shown.toLowerCase());
    await page.locator('#device-code').press('Enter');

    // Signed in, offered a passkey, and the key is here (the view needs it; no unlock form).
    await page.getByText(d.addedByCode).waitFor();
    await expect.poll(() => page.url()).toBe(`${origin}/console/devices?added=code`);
    await expectAccessible(page, 'devices after a code');
    expect(await k.kith.ctx.db.kysely.selectFrom('device_codes').select('responder_id').execute()).toEqual([]);
    await page.getByRole('button', { name: d.addPasskey }).click();
    await page.getByRole('status').filter({ hasText: d.added }).waitFor();
    const rows = await k.kith.ctx.db.kysely.selectFrom('passkeys').select('wrapped_key').execute();
    const publicKey = (
      await k.kith.ctx.db.kysely.selectFrom('credentials').select('public_key').executeTakeFirstOrThrow()
    ).public_key;
    expect(rows.map((r) => (JSON.parse(r.wrapped_key) as KeyWrappedKey).publicKey)).toEqual([publicKey]);

    // The code was single use: the first device's code no longer works anywhere.
    const third = await device(true);
    await third.page.goto(`${origin}/sign-in`);
    await third.page.getByRole('button', { name: d.useCode }).click();
    await third.page.locator('#code-sign-in-name').fill('ana.r');
    await third.page.locator('#device-code').fill(shown);
    await third.page.locator('#device-code').press('Enter');
    await expect.poll(() => third.page.locator('.error-summary').innerText()).toContain(d.codeWrong);
    expect(second.problems).toEqual([]);
    expect(first.problems).toEqual([]);
  });
});

/** A port the kernel just handed out and took back: free now, and very likely a moment later. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
