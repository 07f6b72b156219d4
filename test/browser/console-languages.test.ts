import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { issueSetupTokenIfNeeded } from '../../src/setup/service';
import { webCatalogs } from '../../src/web/i18n';
import { en } from '../../src/web/i18n/en';
import type { WebCatalog } from '../../src/web/i18n/web-catalog';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startTestKith } from '../support/kith';

/** A phone's width: the narrowest screen the pages are made for. */
const PHONE = { width: 320, height: 640 };

/** Each console navigation link a coordinator sees, by the catalog's words. */
function navWords({ console: c }: WebCatalog): string[] {
  const n = c.shell.nav;
  return [n.home, n.notes, n.texts, c.dispatch.nav, n.plan, c.devices.nav, n.live, c.evaluation.nav, n.team, n.week];
}

async function expectLanguageOf(page: Page, catalog: WebCatalog): Promise<void> {
  expect(await page.evaluate<string>('document.documentElement.lang')).toBe(catalog.lang);
  expect(await page.evaluate<string>('document.documentElement.dir')).toBe(catalog.dir);
}

/** The horizontal centre of an element's words (not of its box, which a block spans the whole width with). */
async function wordsCentre(page: Page, selector: string): Promise<number> {
  const centre = await page.evaluate<number | null>(`(() => {
    const element = document.querySelector(${JSON.stringify(selector)});
    if (!element) return null;
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = range.getBoundingClientRect();
    return box.left + box.width / 2;
  })()`);
  if (centre === null) throw new Error(`${selector} is not shown`);
  return centre;
}

/** A start-aligned element sits on the reading side: the left in a left-to-right page, the right in a right-to-left one. */
async function expectReadingSide(page: Page, selector: string, dir: 'ltr' | 'rtl', state: string): Promise<void> {
  const centre = await wordsCentre(page, selector);
  if (dir === 'rtl') expect(centre, `${state}: ${selector} sits right`).toBeGreaterThan(PHONE.width / 2);
  else expect(centre, `${state}: ${selector} sits left`).toBeLessThan(PHONE.width / 2);
}

/**
 * Every language the team's pages are offered in (`webCatalogs`, so a language added later is
 * covered without touching this file): the setup page before setup, then a coordinator's console
 * Home, each in that language's words, `<html lang dir>`, axe clean, and fitting a 320 px phone;
 * a right-to-left language's layout is mirrored. SQLite only: what is checked is the page, not the
 * database, and one sign-in (Argon2id in the page) serves every language.
 */
describeInChromium('the setup page and the console in every language the team’s pages are offered in', () => {
  const tabs = chromiumTabs();

  it('says each language’s words, in its direction, accessibly, at 320 px', { timeout: 120_000 }, async () => {
    const t = tabs.stopAfter(await startTestKith('sqlite', { ownAddress: true, cheapArgon: true }));
    const { page } = await tabs.open({ clock: t.clock, viewport: PHONE });

    // Before setup: the setup form (its token in the fragment, as the link Kith prints carries it).
    const setupToken = await issueSetupTokenIfNeeded({
      db: t.kith.ctx.db.kysely,
      clock: t.clock,
      keys: t.kith.ctx.keys,
    });
    if (!setupToken) throw new Error('no setup token');
    for (const catalog of webCatalogs) {
      const state = `${catalog.lang}: setup page`;
      await page.goto(`${t.url}/setup?lang=${catalog.lang}#token=${setupToken}`);
      await page.getByRole('heading', { level: 1, name: catalog.setup.heading }).waitFor();
      await expectLanguageOf(page, catalog);
      await page.getByRole('button', { name: catalog.setup.form.submit }).waitFor();
      await expectReadingSide(page, `label[for="programName"]`, catalog.dir, state);
      await expectFits(page, PHONE.width);
      await expectAccessible(page, state);
    }

    // After setup: the coordinator joins once (in English), then opens Home in each language.
    const { token, coordinatorId } = await t.setup('Northside Care Line');
    await page.context().clearCookies(); // the language last chosen: the join helper reads English
    await joinByInvite(page, t, token, coordinatorId, 'sam.r');
    for (const catalog of webCatalogs) {
      const state = `${catalog.lang}: console Home`;
      const c = catalog.console;
      await page.goto(`${t.url}/console?lang=${catalog.lang}`);
      await page.getByRole('heading', { level: 1, name: fill(c.home.heading, { name: 'Coordinator' }) }).waitFor();
      await expectLanguageOf(page, catalog);
      const nav = page.getByRole('navigation', { name: c.shell.nav.label });
      for (const word of navWords(catalog)) await nav.getByRole('link', { name: word, exact: true }).waitFor();
      const shown = (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
      expect(shown, state).toEqual(expect.arrayContaining(navWords(catalog)));
      if (catalog.lang !== en.lang) {
        // Translated, not English left in place: most of the navigation's words differ from English
        // (a language may borrow a few, as Tagalog does "Team").
        const english = new Set(navWords(en));
        expect(shown.filter((word) => english.has(word)).length, state).toBeLessThan(shown.length / 2);
        expect(c.home.heading, state).not.toBe(en.console.home.heading);
      }
      await expectReadingSide(page, 'main h1', catalog.dir, state);
      await expectReadingSide(page, 'nav a', catalog.dir, state);
      await expectFits(page, PHONE.width);
      await expectAccessible(page, state);
    }
  });
});
