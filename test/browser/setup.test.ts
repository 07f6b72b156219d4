import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/web/security-headers';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { describeInChromium, expectAccessible, focused, tabTo } from '../support/chromium';
import { setupPageSession } from '../support/setup-page';

describeInChromium('the setup page in a real browser', () => {
  const session = setupPageSession();

  it('sets up by keyboard alone, shows the API token once, and the token works', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.url });
    const sent: string[] = [];
    page.on('request', (request) => sent.push(`${request.url()} ${request.headers().referer ?? ''}`));
    const response = await page.goto(`${t.url}/setup#token=${token}`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(headers).toMatchObject({ 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY', 'cross-origin-opener-policy': 'same-origin' });

    await page.locator('#setup-form').waitFor();
    expect(page.url()).toBe(`${t.url}/setup`); // the token left the address bar at once
    expect(await page.locator('#needs-script').isHidden()).toBe(true);
    await expectAccessible(page, 'the form');

    await tabTo(page, `a:${en.layout.skipLink}`);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('main');
    await tabTo(page, 'programName');
    await page.keyboard.type('Northside Care Line');
    await tabTo(page, 'name');
    await page.keyboard.type('Sam Rivera');
    await tabTo(page, 'phone');
    await page.keyboard.type('(202) 555-0171');
    await tabTo(page, 'languages-en');
    expect(await page.locator('#languages-en').isChecked()).toBe(true); // the page's own language is ticked
    await tabTo(page, 'languages-es');
    await page.keyboard.press('Space');
    await tabTo(page, 'otherLanguages');
    await page.keyboard.type('PT-br');
    await tabTo(page, `button:${en.setup.form.submit}`);
    await page.keyboard.press('Enter');

    await page.locator('#done').waitFor();
    expect(await focused(page)).toBe('done-heading');
    expect(await page.locator('#done').innerText()).toContain(en.setup.done.warning);
    await tabTo(page, 'api-token');
    const apiToken = await page.locator('#api-token').inputValue();
    expect(apiToken).toMatch(/^kith_/);
    expect(await page.locator('#login-command').innerText()).toBe(`npx kith login --url ${t.url.replace(/^http:\/\/[^/]+/, 'https://line.example.org')} --token ${apiToken}`);
    await tabTo(page, 'copy-token');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').innerText()).toBe(en.setup.client.copied);
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(apiToken);
    expect(page.url()).toBe(`${t.url}/setup`); // no fragment: not the token, not #main from the skip link
    await expectAccessible(page, 'setup done');

    // The token works against the API, and the program and coordinator are as typed.
    const program = await t.api<{ name: string }>('GET', '/api/program', undefined, apiToken);
    expect(program).toMatchObject({ status: 200, body: { name: 'Northside Care Line' } });
    const roster = await t.api<{ name: string; languages: string[]; roles: string[]; phone: string }[]>('GET', '/api/responders', undefined, apiToken);
    expect(roster.body).toEqual([expect.objectContaining({ name: 'Sam Rivera', languages: ['en', 'es', 'pt-BR'], roles: ['coordinator', 'phone'], phone: '+12025550171' })]);

    // The setup token reached the server only in the setup request's body: in no URL, Referer or log line.
    expect(sent.filter((line) => line.includes(token) || / http/.test(line))).toEqual([]);
    expect(sent.some((line) => line.startsWith(`${t.url}/api/setup `))).toBe(true);
    const log = readFileSync(t.logFile, 'utf8');
    expect(log).toContain('"route":"/api/setup"');
    expect(log).not.toContain(token);
    expect(log).not.toContain(apiToken);

    // Shown once: the page keeps no copy, so coming back shows no token anywhere.
    await page.reload();
    await page.locator('#no-token').waitFor();
    expect(await page.content()).not.toContain(apiToken);
    expect(tab.problems).toEqual([]);
  });

  it('speaks Spanish with ?lang=es, remembers it, and keeps the token when switching language by keyboard', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#setup-form').waitFor();
    await tabTo(page, `a:${en.layout.skipLink}`);
    await tabTo(page, 'a:English');
    await tabTo(page, 'a:Español');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${t.url}/setup?lang=es`);
    await page.locator('#setup-form').waitFor(); // the token came along: the form, not "no token"
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('h1').innerText()).toBe(es.setup.heading);
    expect(await page.locator('label[for="programName"]').innerText()).toBe(es.setup.form.programName.label);
    expect(await page.locator('#languages-es').isChecked()).toBe(true);
    expect(await page.locator('a[aria-current="true"]').innerText()).toBe('Español');
    await expectAccessible(page, 'the form in Spanish');

    // An error in Spanish, from the Spanish catalog.
    await page.locator('#programName').press('Enter');
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary h2').innerText()).toBe(es.setup.form.errorSummaryTitle);
    expect(await page.locator('#error-summary-list').innerText()).toContain(es.setup.client.fieldErrors.programName);
    expect(await page.title()).toBe(`${es.setup.client.errorTitlePrefix}${es.setup.title}`);
    await expectAccessible(page, 'errors in Spanish');

    // The choice is remembered: the same page without ?lang= is still Spanish, even for a browser that prefers English.
    await page.goto(`${t.url}/setup?lang=es`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    const cookies = await page.context().cookies(t.url);
    expect(cookies.find((c) => c.name === 'kith_lang')).toMatchObject({ value: 'es', sameSite: 'Strict' });
    await page.goto(`${t.url}/setup`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe(es.setup.heading);
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
