import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, focused, tabUntil } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

/** The console's Members view and code book in real Chromium: by keyboard alone, axe clean. */
describeInChromium('the console’s members and code book', () => {
  const chrome = chromiumTabs();

  it('a coordinator adds a member by keyboard, sees their number (never their phone), edits the code book', async () => {
    const line = chrome.stopAfter(
      await startLine('sqlite', { ownAddress: true, cheapArgon: true, program: { languages: ['en', 'es'] } }),
    );
    const roster = await line.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, line.token);
    const coordinatorId = roster.body.find((r) => r.name === 'Coordinator')?.id ?? '';
    const { page } = await chrome.open({ clock: line.clock });
    await joinByInvite(page, line.t, line.token, coordinatorId, 'coord.one');
    const t = en.console.members;
    await goToView(page, t.nav, t.heading);
    await page.locator('#member-name').waitFor();
    await expectAccessible(page, 'members, empty');

    // Keyboard only: name, language, phone, then the button.
    await tabUntil(page, 'member-name');
    await page.keyboard.type('Rae');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('member-language');
    await page.keyboard.press('ArrowDown'); // Spanish
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('member-phone');
    await page.keyboard.type('202 555 0177');
    await page.keyboard.press('Enter');
    const form = page.locator('form[aria-labelledby="enrol-heading"]');
    await expect.poll(() => form.getByRole('status').innerText()).toMatch(/Their member number is \d{4}\./);
    const number = /(\d{4})/.exec(await form.getByRole('status').innerText())?.[1] ?? '';
    const row = page.getByRole('row', { name: new RegExp(number) });
    await expect.poll(() => row.innerText()).toContain('Rae');
    expect(await row.innerText()).toContain(t.hasPhone);
    expect(await row.innerText()).toContain(t.languages.es);
    expect(await page.locator('main').innerText()).not.toContain('0177');
    await expectAccessible(page, 'members, one added');

    // The code book: change GH to 7 by keyboard and save.
    const codes = page.locator('section[aria-labelledby="codes-heading"]');
    await expect.poll(() => codes.innerText()).toContain(t.meanings.safe);
    await tabUntil(page, 'code-1');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('7');
    await tabUntil(page, `button:${t.saveCodes}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => codes.getByRole('status').innerText()).toBe(t.codesSaved);
    const book = await line.t.api<{ codes: { code: string; meaning: string }[] }>(
      'GET',
      '/api/members/codes',
      undefined,
      line.token,
    );
    expect(book.body.codes.find((c) => c.meaning === 'meet')?.code).toBe('7');
    await expectAccessible(page, 'code book saved');
  }, 90_000);
});
