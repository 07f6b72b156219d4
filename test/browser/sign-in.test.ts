import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers';
import {
  describeInChromium,
  expectAccessible,
  focused,
  sharedChromium,
  releaseChromium,
  openPage,
  tabTo,
  summaryTakesFocus,
  type TestPage,
} from '../support/chromium';
import { startTestKith, type TestKith } from '../support/kith';

const t = en.console;
const PASSPHRASE = 'river stone lantern';

/** Tests that derive a key from a passphrase in the page (Argon2id, by design slow) more than once. */
const ARGON2_IN_THE_PAGE = 90_000;

describeInChromium('joining and signing in to the console in a real browser', () => {
  let browser: Browser;
  let kith: TestKith | undefined;
  let tab: TestPage | undefined;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    await tab?.close();
    await kith?.stop();
    tab = kith = undefined;
  });

  /**
   * A program with a responder (Ana) and a fresh invite link for her. Cheap Argon2id unless
   * `production` (the first test checks the page enrols with production's parameters).
   */
  async function invited(
    argon: 'cheap' | 'production' = 'cheap',
  ): Promise<{ k: TestKith; inviteUrl: string; token: string; responderId: string }> {
    kith = await startTestKith('sqlite', { ownAddress: true, cheapArgon: argon === 'cheap' });
    const { token } = await kith.setup('Northside Care Line');
    const ana = await kith.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana Ruiz', phone: '+12025550111', languages: ['en', 'es'], roles: ['phone'] },
      token,
    );
    expect(ana.status).toBe(201);
    const invite = await kith.api<{ inviteUrl: string }>(
      'POST',
      `/api/responders/${ana.body.id}/invite`,
      undefined,
      token,
    );
    expect(invite.status).toBe(201);
    return { k: kith, inviteUrl: invite.body.inviteUrl, token, responderId: ana.body.id };
  }

  async function open(): Promise<TestPage> {
    if (!kith) throw new Error('Start Kith before opening its console');
    tab = await openPage(browser, { clock: kith.clock });
    return tab;
  }

  it(
    'joins by keyboard alone: the invite leaves the address bar, mistakes are named, the key pair is made here',
    async () => {
      const { k, inviteUrl } = await invited('production');
      const { page, problems } = await open();
      const sent: string[] = [];
      page.on('request', (request) => sent.push(`${request.url()} ${request.headers().referer ?? ''}`));
      const response = await page.goto(inviteUrl);
      expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      await page.getByText('Northside Care Line invited Ana Ruiz to its console.').waitFor();
      expect(page.url()).toBe(`${k.url}/join`);
      await expectAccessible(page, 'join form');

      await tabTo(page, `a:${en.layout.skipLink}`);
      await page.keyboard.press('Enter');
      // A passkey is offered first; the passphrase form follows it.
      await tabTo(page, 'passkey-sign-in-name');
      await tabTo(page, `button:${t.join.passkey.submit}`);
      await tabTo(page, 'sign-in-name');
      await page.keyboard.type('ana.r');
      await tabTo(page, 'passphrase');
      await page.keyboard.type('too short');
      await tabTo(page, 'confirm');
      await page.keyboard.type('too short');
      await page.keyboard.press('Enter');
      await page.locator('.error-summary').waitFor();
      expect(await page.locator('.error-summary a').allInnerTexts()).toEqual([t.join.errors.passphraseShort]);
      expect(await page.locator('#passphrase').getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#passphrase').getAttribute('aria-describedby')).toBe(
        'passphrase-hint passphrase-error',
      );
      await summaryTakesFocus(page);
      await expectAccessible(page, 'join with a short passphrase');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // the summary's link
      await expect.poll(() => focused(page)).toBe('passphrase');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(PASSPHRASE);
      await page.keyboard.press('Tab');
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(`${PASSPHRASE}!`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.locator('.error-summary a').allInnerTexts())
        .toEqual([t.join.errors.confirmDifferent]);
      await page.locator('#confirm').fill(PASSPHRASE);
      await page.locator('#confirm').press('Enter');

      await page.getByRole('heading', { name: t.join.doneHeading }).waitFor();
      await expect.poll(() => focused(page)).toBe(`h1:${t.join.doneHeading}`);
      await expectAccessible(page, 'joined');
      await tabTo(page, `button:${t.join.goHome}`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
      await expect.poll(() => page.title()).toBe(`${t.home.title}${t.shell.titleSuffix}`);
      await expectAccessible(page, 'home');

      // The invite token went only in request bodies: never in a URL or a Referer.
      const token = new URL(inviteUrl).hash.replace('#invite=', '');
      expect(sent.filter((line) => line.includes(token))).toEqual([]);
      // The server holds a public key and a wrapped private key, never the private key or passphrase.
      const stored = await k.kith.ctx.db.kysely.selectFrom('credentials').selectAll().executeTakeFirstOrThrow();
      expect(JSON.parse(stored.wrapped_key ?? 'null')).toMatchObject({
        v: 1,
        alg: 'blake2b256-kdf+xchacha20poly1305-ietf',
        label: 'passphrase',
        publicKey: stored.public_key,
      });
      expect(stored.argon_memlimit).toBe(256 * 1024 * 1024); // libsodium's "moderate"
      expect(JSON.stringify(stored)).not.toContain(PASSPHRASE);
      expect(problems).toEqual([]);
    },
    ARGON2_IN_THE_PAGE,
  );

  it('a used, expired or missing invite says so plainly', async () => {
    const { k, inviteUrl } = await invited();
    const { page } = await open();
    await page.goto(`${k.url}/join`);
    await page.getByRole('heading', { name: t.join.noInviteHeading }).waitFor();
    await expectAccessible(page, 'no invite');
    // Following a second invite link while on /join changes only the fragment: the page must still take it.
    await page.goto(inviteUrl.replace(/invite=.*/, 'invite=not-a-real-invite'));
    await page.getByRole('heading', { name: t.join.badInviteHeading }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(t.join.badInviteBody);
    await expectAccessible(page, 'bad invite');
  });

  it(
    'signs in, signs out leaving nothing behind, refuses a wrong passphrase with one plain message',
    async () => {
      const { k, inviteUrl } = await invited();
      const { page, problems } = await open();
      await page.goto(inviteUrl);
      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#confirm').fill(PASSPHRASE);
      await page.locator('#confirm').press('Enter');
      await page.getByRole('button', { name: t.join.goHome }).click();
      await page.getByRole('button', { name: t.shell.signOut }).waitFor();

      const signOut = page.waitForResponse(
        (r) => r.url().endsWith('/api/session') && r.request().method() === 'DELETE',
      );
      await page.getByRole('button', { name: t.shell.signOut }).click();
      expect(await (await signOut).headerValue('clear-site-data')).toBe('"cache", "storage"');
      await page.getByText(t.shell.signedOut).waitFor();
      await expect.poll(() => page.url()).toBe(`${k.url}/sign-in`);
      expect(await page.evaluate<boolean>("document.cookie.includes('kith_session')")).toBe(false);
      await expectAccessible(page, 'signed out');
      // A console address now shows sign-in, not the console.
      await page.goto(`${k.url}/console`);
      await page.getByRole('heading', { name: t.signIn.heading }).waitFor();
      await expect.poll(() => page.url()).toBe(`${k.url}/sign-in`);

      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill('the wrong passphrase');
      await page.locator('#passphrase').press('Enter');
      await expect.poll(() => page.locator('.error-summary').innerText()).toContain(t.signIn.wrong);
      await expectAccessible(page, 'wrong passphrase');
      // An unknown name gets the very same answer.
      await page.locator('#sign-in-name').fill('nobody.here');
      await page.locator('#passphrase').press('Enter');
      await expect.poll(() => page.locator('.error-summary').innerText()).toContain(t.signIn.wrong);

      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#passphrase').press('Enter');
      await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();
      await expect.poll(() => page.url()).toBe(`${k.url}/console`);
      const cookie = (await page.context().cookies()).find((c) => c.name === 'kith_session');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(problems).toEqual([]);
    },
    ARGON2_IN_THE_PAGE,
  );

  it(
    'a coordinator signing out a lost phone ends the open console at once, without anyone touching it',
    async () => {
      kith = await startTestKith('sqlite', { ownAddress: true, cheapArgon: true, liveHeartbeatMs: 300 });
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
      const { page, problems } = await open();
      await page.goto(invite.body.inviteUrl);
      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#confirm').fill(PASSPHRASE);
      await page.locator('#confirm').press('Enter');
      await page.getByRole('button', { name: t.join.goHome }).click();
      await page.getByRole('heading', { name: 'Hello, Ana Ruiz' }).waitFor();

      expect((await kith.api('DELETE', `/api/responders/${ana.body.id}/sessions`, undefined, token)).status).toBe(204);
      await page.getByText(t.shell.sessionEnded).waitFor({ timeout: 10_000 });
      await page.getByRole('heading', { name: t.signIn.heading }).waitFor();
      await expect.poll(() => page.url()).toBe(`${kith.url}/sign-in`);
      await expectAccessible(page, 'session ended');
      expect(problems).toEqual([]);
    },
    ARGON2_IN_THE_PAGE,
  );

  it(
    'after five wrong passphrases the name is locked, and the page says how long to wait',
    async () => {
      const { inviteUrl, k, responderId, token } = await invited();
      // Ana joins through the API-free path the browser takes, then someone guesses at her name.
      const { page } = await open();
      await page.goto(inviteUrl);
      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#confirm').fill(PASSPHRASE);
      await page.locator('#confirm').press('Enter');
      await page.getByRole('heading', { name: t.join.doneHeading }).waitFor();
      expect((await k.api('DELETE', `/api/responders/${responderId}/sessions`, undefined, token)).status).toBe(204);
      await page.goto(`${k.url}/sign-in`);
      for (let attempt = 0; attempt < 6; attempt++) {
        await page.locator('#sign-in-name').fill('ana.r');
        await page.locator('#passphrase').fill(`wrong guess ${attempt}`);
        const answered = page.waitForResponse(
          (r) => r.url().endsWith('/api/session') && r.request().method() === 'POST',
        );
        await page.locator('#passphrase').press('Enter');
        await answered;
      }
      await expect.poll(() => page.locator('.error-summary').innerText()).toContain('Wait 15 minutes');
      await expectAccessible(page, 'locked');
    },
    ARGON2_IN_THE_PAGE,
  );

  it('without JavaScript the page says why the console needs it', async () => {
    kith = await startTestKith('sqlite', { ownAddress: true, cheapArgon: true });
    const noScript = await openPage(browser, { clock: kith.clock, javaScriptEnabled: false });
    tab = noScript;
    await noScript.page.goto(`${kith.url}/console`);
    await expect.poll(() => noScript.page.locator('main').innerText()).toContain(t.shell.needsScript.body);
    await tab.close();
    // The same state when the script cannot load (axe itself needs scripts, so it runs here).
    const noLoad = await openPage(browser, { clock: kith.clock });
    tab = noLoad;
    await noLoad.page.route('**/assets/*.js', (route) => route.abort());
    await noLoad.page.goto(`${kith.url}/console`);
    await expect.poll(() => noLoad.page.locator('main').innerText()).toContain(t.shell.needsScript.heading);
    await expectAccessible(noLoad.page, 'no JavaScript');
  });

  it(
    'switches to Spanish in place, remembers it, and keeps working at 320 px',
    async () => {
      const { k, inviteUrl } = await invited();
      tab = await openPage(browser, { clock: k.clock, viewport: { width: 320, height: 640 } });
      const { page, problems } = tab;
      const shell = (await (await page.goto(inviteUrl))?.text()) ?? '';
      await page.locator('#sign-in-name').fill('ana.r');
      // The page carried only its own language's words; Spanish is fetched on the switch, made by keyboard.
      expect(shell).toContain('"catalogs":{"en":');
      expect(shell).not.toContain('"es":');
      await page.getByRole('link', { name: 'Español' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: es.console.join.heading }).waitFor();
      expect(await focused(page)).toBe('a:Español');
      expect(await page.getByRole('link', { name: 'Español' }).getAttribute('aria-current')).toBe('true');
      expect(await page.locator('#sign-in-name').inputValue()).toBe('ana.r'); // what was typed survives the switch
      expect(await page.evaluate<string>('document.documentElement.lang')).toBe('es');
      expect(await page.locator('.skip-link').innerText()).toBe(es.layout.skipLink);
      // The invite is still in hand (the page did not reload): joining works in Spanish.
      await page.locator('#sign-in-name').fill('ana.r');
      await page.locator('#passphrase').fill(PASSPHRASE);
      await page.locator('#confirm').fill(PASSPHRASE);
      await page.locator('#confirm').press('Enter');
      await page.getByRole('heading', { name: es.console.join.doneHeading }).waitFor();
      await page.getByRole('button', { name: es.console.join.goHome }).click();
      await page.getByRole('heading', { name: 'Hola, Ana Ruiz' }).waitFor();
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expectAccessible(page, 'home in Spanish at 320 px');
      await page.reload();
      await page.getByRole('heading', { name: 'Hola, Ana Ruiz' }).waitFor(); // remembered, and the session held
      expect(problems).toEqual([]);
    },
    ARGON2_IN_THE_PAGE,
  );

  it('is installable: a manifest, an icon and a service worker that never keeps API answers', async () => {
    const { inviteUrl, k } = await invited();
    const { page } = await open();
    await page.goto(inviteUrl);
    const manifest = await page.evaluate<Record<string, unknown>>(
      "fetch('/manifest.webmanifest').then((r) => r.json())",
    );
    expect(manifest).toMatchObject({ start_url: '/console', display: 'standalone', name: t.shell.appName });
    expect((await page.request.get(`${k.url}/icon.svg`)).headers()['content-type']).toContain('image/svg+xml');
    await expect
      .poll(() => page.evaluate<number>('navigator.serviceWorker.getRegistrations().then((r) => r.length)'))
      .toBe(1);
    const worker = await page.request.get(`${k.url}/sw.js`);
    expect(worker.headers()['cache-control']).toBe('no-store');
    expect(await worker.text()).not.toContain('/api/');
  });
});
