import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, focused, tabTo } from '../support/chromium';
import { CONSOLE_PASSPHRASE, goToView, joinByInvite } from '../support/console-page';
import { startLine, type Line } from '../support/line';

const t = en.console;
const s = t.coordinate.settings;
const r = s.retention;
const b = s.burn;
const PROGRAM = 'Northside Care Line';
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));

interface Retention {
  wordsDays: number;
  evaluationDays: number;
  blocksDays: number;
}

/** The state of every store a page script can write to. */
function browserStores(page: Page): Promise<{ local: number; session: number; indexedDb: number; caches: number }> {
  return page.evaluate(
    `(async () => ({ local: localStorage.length, session: sessionStorage.length, indexedDb: (await indexedDB.databases()).length, caches: (await caches.keys()).length }))()`,
  );
}

/**
 * Settings → "How long we keep things" and Settings → Burn, in real Chromium: the retention days
 * by keyboard with the server's refusal named at the field, then a burn (refused for a wrong name,
 * done for the right one) that leaves nothing in the browser and a link to join again. Every state
 * visited is checked with axe; the page must raise no script error or CSP violation.
 */
describeInChromium('retention settings and burn in the coordinator’s console', () => {
  const chrome = chromiumTabs();

  /** A whole line served at its own address; its coordinator signed in to Settings in a fresh page. */
  async function coordinatorInSettings(): Promise<{ l: Line; page: Page }> {
    const l = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const team = (await l.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, l.token)).body;
    const coordinatorId = team.find((person) => person.name === 'Coordinator')?.id ?? '';
    const tab = await chrome.open({ clock: l.clock, permissions: ['clipboard-read', 'clipboard-write'] });
    await joinByInvite(tab.page, l.t, l.token, coordinatorId, 'coord.one');
    await goToView(tab.page, t.shell.nav.settings, s.heading);
    return { l, page: tab.page };
  }

  const retention = async (l: Line) =>
    (await l.t.api<{ retention: Retention }>('GET', '/api/program', undefined, l.token)).body.retention;
  const summaryLinks = (page: Page) => page.locator('.error-summary a').allInnerTexts();
  const signInOf = async (l: Line, name: string) =>
    (await l.t.api<{ name: string; signIn?: string }[]>('GET', '/api/responders', undefined, l.token)).body.find(
      (person) => person.name === name,
    )?.signIn;

  it('retention by keyboard: words kept 14 days, saved and shown again after a reload; 400 days is refused at the field and nothing is saved; 320 px; Spanish', async () => {
    const { l, page } = await coordinatorInSettings();
    expect(await retention(l)).toEqual({ wordsDays: 30, evaluationDays: 180, blocksDays: 90 });
    await page.getByRole('heading', { level: 2, name: r.heading }).waitFor();
    // Each field has a visible label, and says what it covers and the range allowed, in words.
    const words = page.getByRole('textbox', { name: r.fields.wordsDays.label });
    expect(await words.inputValue()).toBe('30');
    expect(await page.locator('#retention-words-days-hint').innerText()).toBe(r.fields.wordsDays.hint);
    expect(await page.getByRole('textbox', { name: r.fields.evaluationDays.label }).inputValue()).toBe('180');
    expect(await page.getByRole('textbox', { name: r.fields.blocksDays.label }).inputValue()).toBe('90');
    await expectAccessible(page, 'retention settings');

    // Keyboard alone: into the words field, 14, on past the other two and the pointer to Texting.
    await words.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('14');
    await tabTo(page, 'retention-evaluation-days');
    await tabTo(page, 'retention-blocks-days');
    await tabTo(page, `a:${s.texting.numberGraceHours.label}`);
    // The pointer to the numbers' own setting goes there, in the page.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('texting-number-grace-hours');
    expect(new URL(page.url()).hash).toBe('');
    await page.locator('#retention-blocks-days').focus();
    await tabTo(page, `a:${s.texting.numberGraceHours.label}`);
    await tabTo(page, `button:${s.save}`);
    await page.keyboard.press('Enter');
    await page.locator('.sticky-status', { hasText: s.saved }).waitFor();
    expect(await retention(l)).toEqual({ wordsDays: 14, evaluationDays: 180, blocksDays: 90 });
    await expectAccessible(page, 'retention saved');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: s.heading }).waitFor();
    expect(await page.locator('#retention-words-days').inputValue()).toBe('14');
    await expectAccessible(page, 'retention after a reload');

    // 400 days: the page sends it, the server refuses it, and its pointer (/retention/wordsDays)
    // becomes this page's words at the field. Nothing is saved.
    await page.locator('#retention-words-days').focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('400');
    const refused = page.waitForResponse(
      (response) => response.url().endsWith('/api/program') && response.request().method() === 'PATCH',
    );
    await page.keyboard.press('Enter');
    expect((await refused).status()).toBe(422);
    await expect.poll(() => summaryLinks(page)).toEqual([r.errors.wordsDays]);
    await expect.poll(() => page.locator('#retention-words-days-error').innerText()).toContain(r.errors.wordsDays);
    expect(await page.locator('#retention-words-days').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.title()).toBe(`${t.shell.errorTitlePrefix}${s.title}${t.shell.titleSuffix}`);
    expect(await retention(l)).toEqual({ wordsDays: 14, evaluationDays: 180, blocksDays: 90 });
    await expectAccessible(page, 'retention refused');
    // The summary's link goes to the field.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('retention-words-days');

    // A phone 320 px wide: nothing scrolls sideways, and both sections can be used.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    for (const id of ['retention-words-days', 'retention-blocks-days', 'burn-confirm']) {
      await page.locator(`#${id}`).scrollIntoViewIfNeeded();
      const box = await page.locator(`#${id}`).boundingBox();
      expect(box?.x, id).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 999), id).toBeLessThanOrEqual(320);
    }
    const burnButton = await page.getByRole('button', { name: b.button }).boundingBox();
    expect((burnButton?.x ?? 0) + (burnButton?.width ?? 999)).toBeLessThanOrEqual(320);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, 'retention and burn at 320 px, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // Spanish, switched in place.
    const esSettings = es.console.coordinate.settings;
    await page.locator('a[data-lang-switch][lang="es"]').click();
    await page.getByRole('heading', { level: 2, name: esSettings.retention.heading }).waitFor();
    await page.getByRole('heading', { level: 2, name: esSettings.burn.heading, exact: true }).waitFor();
    expect(await page.locator('label[for="retention-words-days"]').innerText()).toBe(
      esSettings.retention.fields.wordsDays.label,
    );
    expect(await page.locator('label[for="burn-confirm"]').innerText()).toBe(
      fill(esSettings.burn.confirm.label, { name: PROGRAM }),
    );
    expect(await page.getByRole('button', { name: esSettings.burn.button }).count()).toBe(1);
    await expectAccessible(page, 'retention and burn in Spanish');
  }, 120_000);

  it('burn: a wrong name is refused and nothing happens; the right name burns, leaves nothing in the browser, and the link lets the coordinator join again', async () => {
    const { l, page } = await coordinatorInSettings();
    await page.getByRole('heading', { level: 2, name: b.heading, exact: true }).waitFor();
    const burnSection = page.locator('section.burn');
    const explained = await burnSection.innerText();
    for (const line of [...b.destroys, ...b.keeps, b.lineKeepsAnswering, b.cannotUndo])
      expect(explained).toContain(line);
    await expectAccessible(page, 'burn, explained');

    // Something in every store, so "empty" afterwards means emptied.
    await page.evaluate(
      `(async () => { localStorage.setItem('probe', '1'); sessionStorage.setItem('probe', '1'); await new Promise((done) => { const r = indexedDB.open('probe'); r.onsuccess = () => { r.result.close(); done(); }; }); await caches.open('probe'); })()`,
    );
    const before = await browserStores(page);
    expect(before).toMatchObject({ local: 1, session: 1 });
    expect(before.indexedDb).toBeGreaterThan(0);
    expect(before.caches).toBeGreaterThan(0);

    // Nothing typed: named in the page.
    const confirm = page.getByRole('textbox', { name: fill(b.confirm.label, { name: PROGRAM }) });
    await page.getByRole('button', { name: b.button }).click();
    await expect.poll(() => summaryLinks(page)).toEqual([b.errors.confirmMissing]);
    await expectAccessible(page, 'burn: no name typed');

    // The wrong name (its capitals): the server refuses it, the page says so at the field, nothing happens.
    await confirm.fill('northside care line');
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/program/burn'));
    await confirm.press('Enter');
    const refusal = await refused;
    expect(refusal.status()).toBeGreaterThanOrEqual(400);
    expect(refusal.status()).toBeLessThan(500);
    await expect.poll(() => summaryLinks(page)).toEqual([b.errors.confirmWrong]);
    await expect.poll(() => page.locator('#burn-confirm-error').innerText()).toContain(b.errors.confirmWrong);
    expect(await page.locator('#burn-confirm').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'burn refused');
    expect(await page.evaluate<number>("fetch('/api/session').then((r) => r.status)")).toBe(200); // still signed in
    await page.getByRole('button', { name: t.shell.signOut }).waitFor();
    expect(await browserStores(page)).toEqual(before);
    expect(await signInOf(l, 'Coordinator')).toBe('set_up'); // the server still holds the sign-in

    // The right name: burnt.
    await confirm.fill(PROGRAM);
    const burnt = page.waitForResponse((response) => response.url().endsWith('/api/program/burn'));
    await page.getByRole('button', { name: b.button }).click();
    expect((await burnt).status()).toBe(200);
    const done = b.done;
    await page.getByRole('heading', { level: 1, name: done.heading }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:${done.heading}`);
    await expect.poll(() => page.title()).toBe(`${done.title}${t.shell.titleSuffix}`);
    const said = await page.locator('#burnt-at').innerText();
    expect(said).toMatch(/^Burnt at .+\. Nothing sealed can be opened any more\.$/);
    const link = await page.getByRole('textbox', { name: done.linkLabel }).inputValue();
    expect(link).toMatch(new RegExp(`^${l.t.url}/join#invite=inv_`));
    await expect
      .poll(() => page.locator('main').innerText())
      .toContain(fill(done.keyBody, { hours: 72, time: '' }).split('(')[0] ?? '');
    expect(await page.getByRole('link', { name: done.setUpNow }).getAttribute('href')).toBe(link);
    await page.getByRole('button', { name: done.copy }).click();
    await page.getByText(done.copied).waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(link);
    // Outside the signed-in console: no navigation, no sign-out, and nothing left in the browser.
    expect(await page.getByRole('navigation', { name: t.shell.nav.label }).count()).toBe(0);
    expect(await browserStores(page)).toEqual({ local: 0, session: 0, indexedDb: 0, caches: 0 });
    await expectAccessible(page, 'burnt');

    // The session is gone on the server; the screen stays, and a language switch redraws it in place.
    expect(await page.evaluate<number>("fetch('/api/session').then((r) => r.status)")).toBe(401);
    await page.locator('a[data-lang-switch][lang="es"]').click();
    const esDone = es.console.coordinate.settings.burn.done;
    await page.getByRole('heading', { level: 1, name: esDone.heading }).waitFor();
    expect(await page.getByRole('textbox', { name: esDone.linkLabel }).inputValue()).toBe(link);
    await expectAccessible(page, 'burnt, in Spanish');
    await page.locator('a[data-lang-switch][lang="en"]').click();
    await page.getByRole('heading', { level: 1, name: done.heading }).waitFor();
    expect(await page.getByRole('heading', { level: 1, name: t.signIn.heading }).count()).toBe(0);

    // The link: a new key and a new passphrase, then Home.
    await page.getByRole('link', { name: done.setUpNow }).click();
    await page.locator('#sign-in-name').waitFor();
    await page.locator('#sign-in-name').fill('coord.one');
    await page.locator('#passphrase').fill(`new ${CONSOLE_PASSPHRASE}`);
    await page.locator('#confirm').fill(`new ${CONSOLE_PASSPHRASE}`);
    await page.locator('#confirm').press('Enter');
    await page.getByRole('heading', { name: t.join.doneHeading }).waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: t.join.goHome }).click();
    await page.getByRole('heading', { level: 1, name: fill(t.home.heading, { name: 'Coordinator' }) }).waitFor();
    await page.getByRole('button', { name: t.shell.signOut }).waitFor();
    await expectAccessible(page, 'home after joining again');
    // The program and its settings stayed.
    expect(
      await page.evaluate<string>(
        "fetch('/api/program').then((r) => r.json()).then((p) => p.name + ' ' + p.retention.wordsDays)",
      ),
    ).toBe(`${PROGRAM} 30`);
  }, 120_000);
});
