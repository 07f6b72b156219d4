import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { describeInChromium, expectAccessible, focused, tabTo, tabUntil } from '../support/chromium';
import { setupPageSession } from '../support/setup-page';

describeInChromium('the setup page when something is wrong', () => {
  const session = setupPageSession();

  it('a bad phone number: a focused error summary links to the field, which says what to fix', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#programName').fill('Northside Care Line');
    await page.locator('#name').fill('Sam');
    await page.locator('#phone').fill('not a number');
    await page.locator('#phone').press('Enter');

    const summary = page.locator('#error-summary');
    await summary.waitFor();
    await expect.poll(() => focused(page)).toBe('error-summary');
    expect(await summary.getAttribute('role')).toBe('alert');
    const links = summary.locator('a');
    expect(await links.count()).toBe(1);
    expect(await links.first().innerText()).toBe(en.setup.client.fieldErrors.phone);
    expect(await links.first().getAttribute('href')).toBe('#phone');
    // The same message beside the field, announced with it.
    expect(await page.locator('#phone-error').textContent()).toBe(
      `${en.setup.client.errorPrefix} ${en.setup.client.fieldErrors.phone}`,
    );
    expect(await page.locator('#phone').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#phone').getAttribute('aria-describedby')).toBe('phone-hint phone-error');
    expect(await page.locator('#name').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => page.title()).toBe(`${en.setup.client.errorTitlePrefix}${en.setup.title}`);
    await expectAccessible(page, 'a bad phone number');

    await tabTo(page, `a:${en.setup.client.fieldErrors.phone}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('phone');
    expect(page.url()).toBe(`${t.url}/setup`); // the link moved focus without adding #phone

    // Fixing it clears every trace of that error (another one shows alone)…
    await page.locator('#phone').fill('');
    await page.locator('#programName').fill('');
    await page.locator('#phone').press('Enter');
    await expect
      .poll(() => page.locator('#error-summary a').allInnerTexts())
      .toEqual([en.setup.client.fieldErrors.programName]);
    expect(await page.locator('#phone').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#phone-error').isHidden()).toBe(true);
    // …and the (unused) token still works: on to making the coordinator's sign-in.
    await page.locator('#programName').fill('Northside Care Line');
    await page.locator('#programName').press('Enter');
    await page.getByRole('heading', { name: en.console.join.first.heading, level: 1 }).waitFor();
    expect(tab.problems).toEqual([]);
  });

  it('a language code it cannot use is flagged on "other languages"; ticking no language is flagged on the checkboxes', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#programName').fill('Line');
    await page.locator('#name').fill('Sam');
    await page.locator('#otherLanguages').fill('Portuguese');
    await page.locator('#name').press('Enter');
    await page.locator('#error-summary').waitFor();
    expect(await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      '#otherLanguages',
    ]);

    await page.locator('#otherLanguages').fill('');
    await page.locator('#languages-en').uncheck();
    await page.locator('#name').press('Enter');
    await expect.poll(() => page.locator('#error-summary a').getAttribute('href')).toBe('#languages-en');
    expect(await page.locator('#otherLanguages').getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('fieldset').getAttribute('aria-describedby')).toBe('languages-hint languages-error');
    await expectAccessible(page, 'no language ticked');
    await page.locator('#error-summary a').press('Enter');
    await expect.poll(() => focused(page)).toBe('languages-en');
    expect(tab.problems).toEqual([]);
  });

  it('a used setup link says the line is set up and leads to sign-in, by keyboard, not to the form again', async () => {
    const { t, token } = await session.start();
    const used = await t.api('POST', '/api/setup', { token, programName: 'Line', coordinator: { name: 'Co' } });
    expect(used.status).toBe(201);
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await expect.poll(() => page.locator('h1').innerText()).toBe(en.setup.alreadySetUp.heading);
    await expect.poll(() => page.locator('form').count()).toBe(0);
    await expectAccessible(page, 'a used setup link');
    await tabUntil(page, `a:${en.setup.alreadySetUp.signIn}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: en.console.signIn.heading, level: 1 }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toContain(en.console.signIn.noAccount);
    expect(tab.problems).toEqual([]);
  });

  it('a setup link that expired before anyone used it says to restart Kith, and where to sign in', async () => {
    const { t, token } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup#token=${token}`);
    await page.locator('#programName').fill('Line');
    await page.locator('#name').fill('Sam');
    t.clock.advance(24 * 60 * 60 * 1000 + 1);
    await page.locator('#name').press('Enter');
    await page.locator('#bad-token').waitFor();
    expect(await focused(page)).toBe('bad-token-heading');
    await expect.poll(() => page.locator('#bad-token').innerText()).toContain(en.setup.badToken.body);
    expect(await page.locator('#bad-token a').getAttribute('href')).toBe('/sign-in');
    expect(await page.locator('#setup-form').isHidden()).toBe(true);
    expect(page.url()).toBe(`${t.url}/setup`);
    await expectAccessible(page, 'an expired token');
    expect(tab.problems).toEqual([]);
  });

  it('a link without a token says where to find one', async () => {
    const { t } = await session.start();
    const tab = await session.open();
    const { page } = tab;
    await page.goto(`${t.url}/setup`);
    await page.locator('#no-token').waitFor();
    await expect.poll(() => page.locator('#no-token').innerText()).toContain(en.setup.noToken.body);
    expect(await page.locator('#setup-form').isHidden()).toBe(true);
    await expectAccessible(page, 'no token');
    expect(tab.problems).toEqual([]);
  });

  it('without JavaScript it explains why it needs it and shows the terminal alternative', async () => {
    const { t, token } = await session.start();
    let tab = await session.open({ javaScriptEnabled: false });
    await tab.page.goto(`${t.url}/setup#token=${token}`);
    const notice = tab.page.locator('#needs-script');
    expect(await notice.isVisible()).toBe(true);
    await expect.poll(() => notice.innerText()).toContain(en.setup.needsScript.body);
    await expect
      .poll(() => notice.locator('code').innerText())
      .toContain(`npx kith setup --url ${t.url} --token SETUP_TOKEN`);
    expect(await tab.page.locator('#setup-form').isVisible()).toBe(false);
    await tab.close();

    // The same state when the script cannot load (an old browser, a blocked file) is accessible too.
    tab = await session.open();
    await tab.page.route('**/assets/*.js', (route) => route.abort());
    await tab.page.goto(`${t.url}/setup#token=${token}`);
    await expect.poll(() => tab.page.locator('#needs-script').isVisible()).toBe(true);
    await expectAccessible(tab.page, 'no JavaScript');
  });

  it('the accessibility check itself catches a real problem', async () => {
    await session.start();
    const tab = await session.open();
    await tab.page.setContent(
      '<!doctype html><html lang="en"><title>x</title><main><h1>x</h1><input id="nameless"></main></html>',
    );
    await expect(expectAccessible(tab.page, 'a deliberately broken page')).rejects.toThrow(/label.*#nameless/s);
  });
});
