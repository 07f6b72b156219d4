import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { WebCatalog } from '../../src/web/i18n/web-catalog';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers';
import { describeInChromium, expectAccessible, focused, tabTo, tabUntil } from '../support/chromium';
import { freePort } from '../support/kith';
import { setupPageSession } from '../support/setup-page';
import { catalogs as callerCatalogs } from '../../src/i18n';

const PASSPHRASE = 'river stone lantern field';

/**
 * Set up to a working console in one sitting: a fresh Kith, its front page, the setup page, the
 * coordinator's own sign-in made in the console's join view (the same one every teammate uses),
 * then the console's Home — by keyboard, axe clean at each state, in English and Spanish.
 */
describeInChromium('from a fresh server to the console, in a real browser', () => {
  const session = setupPageSession();

  /** The setup form, by keyboard from the skip link: every field in the page's order, then Enter. */
  async function fillSetupByKeyboard(page: Page, w: WebCatalog): Promise<void> {
    await tabTo(page, `a:${w.layout.skipLink}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('main');
    await tabTo(page, 'programName');
    await page.keyboard.type('Northside Care Line');
    await tabTo(page, 'name');
    await page.keyboard.type('Sam Rivera');
    await tabTo(page, 'phone');
    await page.keyboard.type('(202) 555-0171');
    expect(await page.locator(`#languages-${w.lang}`).isChecked()).toBe(true); // the page's own language is ticked
    // One box per language Kith speaks (src/i18n), in that order; the test ticks English and Spanish.
    for (const code of Object.keys(callerCatalogs)) {
      await tabTo(page, `languages-${code}`);
      if (code !== 'en' && code !== 'es') continue;
      if (code !== w.lang) await page.keyboard.press('Space');
    }
    await tabTo(page, 'otherLanguages');
    await page.keyboard.type('PT-br');
    await tabTo(page, `button:${w.setup.form.submit}`);
    await page.keyboard.press('Enter');
  }

  /** The join view as the first coordinator sees it, then the passphrase form by keyboard (passkeys are offered first, above it). */
  async function makeSignInByKeyboard(page: Page, w: WebCatalog, origin: string): Promise<void> {
    const c = w.console;
    await page.getByRole('heading', { name: c.join.first.heading, level: 1 }).waitFor();
    expect(page.url()).toBe(`${origin}/join`); // the invite left the address bar, as any invite does
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(c.join.first.intro.replace('{program}', 'Northside Care Line').replace('{name}', 'Sam Rivera'));
    expect(await page.getByRole('heading', { name: c.join.passkey.heading }).isVisible()).toBe(true);
    await expectAccessible(page, `${w.lang}: making the first sign-in`);
    await tabUntil(page, 'sign-in-name');
    await page.keyboard.type('sam.r');
    await tabTo(page, 'passphrase');
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, 'confirm');
    await page.keyboard.type(PASSPHRASE);
    await tabTo(page, `button:${c.join.submit}`);
    await page.keyboard.press('Enter');
  }

  /** Home, with the first steps shown once: heading focused, then the steps and the optional API token by keyboard. */
  async function homeByKeyboard(page: Page, w: WebCatalog, origin: string): Promise<string> {
    const c = w.console;
    const f = c.home.firstSteps;
    await page.getByRole('heading', { name: c.home.heading.replace('{name}', 'Sam Rivera'), level: 1 }).waitFor();
    expect(page.url()).toBe(`${origin}/console`);
    await page.getByRole('heading', { name: f.heading }).waitFor();
    await expectAccessible(page, `${w.lang}: Home, first steps`);
    await expect.poll(() => focused(page)).toBe(`h1:${c.home.heading.replace('{name}', 'Sam Rivera')}`);
    await tabTo(page, `a:${f.stepSettings}`);
    await tabTo(page, `a:${f.stepTeam}`);
    await tabTo(page, `button:${f.makeToken}`);
    await page.keyboard.press('Enter');
    await page.locator('#api-token').waitFor();
    await expect.poll(() => focused(page)).toBe('api-token'); // where the button was: the token, selected
    const apiToken = await page.locator('#api-token').inputValue();
    expect(apiToken).toMatch(/^kith_/);
    expect(await page.locator('#login-command').innerText()).toBe(`npx kith login --url ${origin} --token ${apiToken}`);
    await tabTo(page, `button:${f.copy}`);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: f.copied }).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(apiToken);
    await expectAccessible(page, `${w.lang}: Home, the API token shown once`);
    return apiToken;
  }

  it('English: / says how to set up; the setup page makes the line and the coordinator’s sign-in; Home; / shows the line', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.headers().referer ?? ''}`));

    // Before setup, / says where the setup link is, and never shows it.
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(en.front.notSetUp.heading);
    expect(await page.content()).not.toContain(token);
    await expectAccessible(page, 'en: / before setup');

    const response = await page.goto(`${t.url}/setup#token=${token}`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers).toMatchObject({
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
    });
    await page.locator('#setup-form').waitFor();
    expect(page.url()).toBe(`${t.url}/setup`); // the token left the address bar at once
    expect(await page.locator('#needs-script').isHidden()).toBe(true);
    await expectAccessible(page, 'en: the setup form');
    await fillSetupByKeyboard(page, en);

    await makeSignInByKeyboard(page, en, t.url);
    const apiToken = await homeByKeyboard(page, en, t.url);

    // The program, the coordinator and their token are as typed; the coordinator's console sign-in is theirs.
    expect((await t.api<{ name: string }>('GET', '/api/program', undefined, apiToken)).body.name).toBe(
      'Northside Care Line',
    );
    const roster = await t.api<{ name: string; languages: string[]; roles: string[]; phone: string }[]>(
      'GET',
      '/api/responders',
      undefined,
      apiToken,
    );
    expect(roster.body).toEqual([
      expect.objectContaining({
        name: 'Sam Rivera',
        languages: ['en', 'es', 'pt-BR'],
        roles: ['coordinator', 'phone'],
        phone: '+12025550171',
      }),
    ]);
    const db = t.kith.ctx.db.kysely;
    const sam = await db.selectFrom('responders').select('id').executeTakeFirstOrThrow();
    expect(await db.selectFrom('credentials').select('responder_id').execute()).toEqual([{ responder_id: sam.id }]);
    // One API token: the one asked for on Home. Setup itself made none that nobody saw.
    expect((await db.selectFrom('api_tokens').select('label').execute()).map((row) => row.label)).toEqual([
      'command line',
    ]);

    // The setup token and the invite reached the server only in request bodies: in no URL, Referer or log line.
    expect(sent.filter((line) => line.includes(token) || line.includes('inv_') || / http/.test(line))).toEqual([]);
    const log = readFileSync(t.logFile, 'utf8');
    expect(log).toContain('"route":"/api/setup"');
    for (const secret of [token, apiToken, 'inv_']) expect(log).not.toContain(secret);

    // Shown once: after a reload Home has no first steps and no token.
    await page.reload();
    await page.getByRole('heading', { name: en.console.home.heading.replace('{name}', 'Sam Rivera') }).waitFor();
    expect(await page.getByRole('heading', { name: en.console.home.firstSteps.heading }).count()).toBe(0);
    expect(await page.content()).not.toContain(apiToken);

    // Someone else's browser: / shows the line and a way in; sign-in tells someone without an account what to do.
    const other = (await session.open()).page;
    await other.goto(`${t.url}/`);
    await expect.poll(() => other.locator('h1').innerText()).toBe('Northside Care Line');
    await expect.poll(() => other.getByRole('link', { name: en.front.chat }).getAttribute('href')).toBe('/chat');
    await expectAccessible(other, 'en: / after setup');
    await tabUntil(other, `a:${en.front.signIn}`);
    await other.keyboard.press('Enter');
    await other.getByRole('heading', { name: en.console.signIn.heading, level: 1 }).waitFor();
    await expect.poll(() => other.locator('main').innerText()).toContain(en.console.signIn.noAccount);
    await expectAccessible(other, 'en: sign-in, with what to do without an account');
    expect(tab.problems).toEqual([]);
  }, 120_000);

  it('Spanish: switching language by keyboard keeps the token; every step speaks Spanish, and / too', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#setup-form').waitFor();
    await tabTo(page, `a:${en.layout.skipLink}`);
    await tabTo(page, 'a:English');
    await tabTo(page, 'a:Español');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.url}/setup?lang=es`);
    await page.locator('#setup-form').waitFor(); // the token came along: the form, not "no token"
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe(es.setup.heading);
    expect(await page.locator('label[for="programName"]').innerText()).toBe(es.setup.form.programName.label);
    expect(await page.locator('a[aria-current="true"]').innerText()).toBe('Español');
    await expectAccessible(page, 'es: the setup form');

    await fillSetupByKeyboard(page, es);

    // The console remembers the language the setup page chose (the same cookie).
    await makeSignInByKeyboard(page, es, t.url);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    await homeByKeyboard(page, es, t.url);

    const other = (await session.open({ locale: 'es-MX', extraHTTPHeaders: { 'accept-language': 'es-MX,es;q=0.9' } }))
      .page;
    await other.goto(`${t.url}/`);
    await expect.poll(() => other.getAttribute('html', 'lang')).toBe('es');
    await expect.poll(() => other.getByRole('heading', { name: es.front.reachHeading }).isVisible()).toBe(true);
    await expectAccessible(other, 'es: / after setup');
    await tabUntil(other, `a:${es.front.signIn}`);
    await other.keyboard.press('Enter');
    await other.getByRole('heading', { name: es.console.signIn.heading, level: 1 }).waitFor();
    await expect.poll(() => other.locator('main').innerText()).toContain(es.console.signIn.noAccount);
    await expectAccessible(other, 'es: sign-in');
    expect(tab.problems).toEqual([]);
  }, 120_000);

  it('Spanish before setup: / says how to set up (never the link), and the form’s errors come from the Spanish catalog', async () => {
    const { t, token } = await session.start();
    const tab = await session.open({ extraHTTPHeaders: { 'accept-language': 'es' } });
    const { page } = tab;
    await page.goto(`${t.url}/`);
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('es');
    await expect.poll(() => page.locator('h1').innerText()).toBe(es.front.notSetUp.heading);
    await expect.poll(() => page.locator('main').innerText()).toContain(es.front.notSetUp.body);
    expect(await page.content()).not.toContain(token);
    await expectAccessible(page, 'es: / before setup');

    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#programName').press('Enter');
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary h2').innerText()).toBe(es.setup.form.errorSummaryTitle);
    await expect
      .poll(() => page.locator('#error-summary-list').innerText())
      .toContain(es.setup.client.fieldErrors.programName);
    await expect.poll(() => page.title()).toBe(`${es.setup.client.errorTitlePrefix}${es.setup.title}`);
    await expectAccessible(page, 'es: errors');
    expect(tab.problems).toEqual([]);
  });

  it('with a passkey: the first coordinator makes their sign-in with this device’s screen lock, and lands on Home', async () => {
    const port = await freePort();
    const origin = `http://localhost:${port}`; // WebAuthn refuses IP addresses as relying-party ids
    const { t, token } = await session.start({
      cheapArgon: true,
      env: { KITH_PORT: String(port), KITH_PUBLIC_URL: origin },
    });
    const tab = await session.open();
    const { page } = tab;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable', { enableUI: false });
    await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        ctap2Version: 'ctap2_1',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        hasPrf: true,
        automaticPresenceSimulation: true,
      },
    });
    await page.goto(`${origin}/setup#token=${token}`);
    await page.locator('#setup-form').waitFor();
    await fillSetupByKeyboard(page, en);
    await page.getByRole('heading', { name: en.console.join.first.heading, level: 1 }).waitFor();
    await tabUntil(page, `button:${en.console.join.passkey.submit}`);
    await page.keyboard.press('Enter');
    await page
      .getByRole('heading', { name: en.console.home.heading.replace('{name}', 'Sam Rivera'), level: 1 })
      .waitFor();
    await page.getByRole('heading', { name: en.console.home.firstSteps.heading }).waitFor();
    await expectAccessible(page, 'Home after a passkey sign-in');
    const db = t.kith.ctx.db.kysely;
    expect((await db.selectFrom('passkeys').select('responder_id').execute()).length).toBe(1);
    expect(tab.problems).toEqual([]);
  });

  it('is readable on a 320 px screen in dark mode', async () => {
    const { t, token } = await session.start();
    const tab = await session.open({ viewport: { width: 320, height: 640 }, colorScheme: 'dark' });
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#setup-form').waitFor();
    await page.locator('#phone').fill('not a number');
    await page.locator('#phone').press('Enter');
    await page.locator('#error-summary').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await expectAccessible(page, 'errors, dark, 320 px');
    expect(tab.problems).toEqual([]);
  });
});
