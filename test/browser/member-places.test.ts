import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import {
  chromiumTabs,
  describeInChromium,
  expectAccessible,
  expectFits,
  focused,
  summaryTakesFocus,
  tabTo,
  tabUntil,
} from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

/** The place book on the Members view in real Chromium: by keyboard alone, axe clean, 320 px, Spanish. */
describeInChromium('the console’s place book', () => {
  const chrome = chromiumTabs();

  it('a coordinator adds places by keyboard, is told plainly of a number used twice, saves, and reads it in Spanish', async () => {
    const line = chrome.stopAfter(
      await startLine('sqlite', { ownAddress: true, cheapArgon: true, program: { languages: ['en', 'es'] } }),
    );
    const roster = await line.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, line.token);
    const coordinatorId = roster.body.find((r) => r.name === 'Coordinator')?.id ?? '';
    const { page } = await chrome.open({ clock: line.clock });
    await joinByInvite(page, line.t, line.token, coordinatorId, 'coord.one');
    const m = en.console.members;
    const t = en.console.memberPlaces;
    await goToView(page, m.nav, m.heading);
    const places = page.locator('section[aria-labelledby="places-heading"]');
    await expect.poll(() => places.innerText()).toContain(t.none);
    await expectAccessible(page, 'place book, empty');

    // Add a place: focus goes to its words; the number is the first free one.
    await tabUntil(page, 'place-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('place-words-0');
    expect(await page.locator('#place-number-0').inputValue()).toBe('1');
    await page.keyboard.type('the library steps');
    await tabTo(page, `button:${fill(t.remove, { row: 1 })}`);
    await tabTo(page, 'place-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('place-words-1');
    await page.keyboard.type('Rosa’s kitchen');
    // Its number, back one field, made the same as the first: refused, and named.
    await page.keyboard.press('Shift+Tab');
    expect(await focused(page)).toBe('place-number-1');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('1');
    await tabUntil(page, `button:${t.save}`);
    await page.keyboard.press('Enter');
    await summaryTakesFocus(page);
    expect(await places.locator('.error-summary').innerText()).toContain(t.errors.number);
    expect(await page.locator('#place-number-1').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'place book, a number used twice');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`a:${t.errors.number}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('place-number-1');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await expect.poll(() => places.getByRole('status').innerText()).toBe(t.saved);
    const book = await line.t.api<{ places: unknown[] }>('GET', '/api/members/places', undefined, line.token);
    expect(book.body.places).toEqual([
      { number: 1, words: 'the library steps' },
      { number: 2, words: 'Rosa’s kitchen' },
    ]);
    await expectAccessible(page, 'place book saved');

    // Removing a row by keyboard: focus goes back to "Add a place"; saved, the book has one place.
    await page.getByRole('button', { name: fill(t.remove, { row: 1 }) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('place-add');
    await tabUntil(page, `button:${t.save}`);
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () => (await line.t.api<{ places: unknown[] }>('GET', '/api/members/places', undefined, line.token)).body,
      )
      .toEqual({ places: [{ number: 2, words: 'Rosa’s kitchen' }] });
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFits(page);

    // The same book in Spanish.
    await page.locator('a[data-lang-switch][lang="es"]').click();
    const e = es.console.memberPlaces;
    await expect.poll(() => places.innerText()).toContain(e.heading);
    expect(await page.locator('#place-words-0').getAttribute('aria-label')).toBe(fill(e.wordsFor, { row: 1 }));
    expect(await page.locator('#place-words-0').inputValue()).toBe('Rosa’s kitchen');
    await expectAccessible(page, 'place book in Spanish');
    await expectFits(page);
  }, 120_000);
});
