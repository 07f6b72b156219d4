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
  tabTo,
  tabUntil,
} from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

/** The console's Members view, code book and a member's own page in real Chromium: by keyboard alone, axe clean, 320 px, Spanish. */
describeInChromium('the console’s members and code book', () => {
  const chrome = chromiumTabs();

  it('a coordinator adds a member by keyboard, sees their number (never their phone), edits the code book, then their people, danger word and a check-in with consent', async () => {
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

    // Managing Rae, by keyboard: their people, a danger word, a check-in with their consent.
    const d = en.console.memberDetail;
    await page.getByRole('button', { name: fill(d.manage, { number }) }).focus();
    await page.keyboard.press('Enter');
    const detail = page.locator('section[aria-labelledby="member-detail-heading"]');
    await detail.waitFor();
    expect(await page.getByRole('button', { name: fill(d.manage, { number }) }).getAttribute('aria-expanded')).toBe(
      'true',
    );
    await expectAccessible(page, 'a member opened');
    await tabUntil(page, `peers-responders-${coordinatorId}`);
    await page.keyboard.press('Space');
    await tabTo(page, `button:${d.savePeople}`);
    await page.keyboard.press('Enter');
    const people = detail.locator('form[aria-labelledby="people-heading"]');
    await expect.poll(() => people.getByRole('status').innerText()).toBe(d.peopleSaved);
    const members = await line.t.api<{ number: string; peers: unknown[]; hasDuressWord: boolean }[]>(
      'GET',
      '/api/members',
      undefined,
      line.token,
    );
    expect(members.body.find((m) => m.number === number)?.peers).toEqual([
      { kind: 'responder', responderId: coordinatorId },
    ]);

    await tabUntil(page, 'danger-word');
    await page.keyboard.type('blue');
    await page.keyboard.press('Enter');
    const danger = detail.locator('form[aria-labelledby="danger-heading"]');
    await expect.poll(() => danger.getByRole('status').innerText()).toBe(d.dangerSaved);
    await expect.poll(() => danger.innerText()).toContain(d.dangerIsSet);
    expect(await page.locator('#danger-word').inputValue()).toBe(''); // never shown again

    // A check-in without the member's consent ticked is not sent; with it, it is set and listed.
    await tabUntil(page, 'check-in-time');
    await page.keyboard.type('3:00');
    await tabUntil(page, `button:${d.setCheckIn}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#check-in-consent-error').innerText()).toContain(d.errors.consent);
    await expectAccessible(page, 'a check-in without consent');
    await page.locator('#check-in-consent').focus();
    await page.keyboard.press('Space');
    await tabUntil(page, `button:${d.setCheckIn}`);
    await page.keyboard.press('Enter');
    const checkIn = detail.locator('form[aria-labelledby="check-in-heading"]');
    // Rae's language is Spanish: what they were told (and texted) is in Spanish.
    await expect
      .poll(() => checkIn.getByRole('status').innerText())
      .toContain(fill(d.checkInSet, { told: 'Aviso programado.' }));
    await expect.poll(() => detail.innerText()).toContain(fill(d.checkInOnce, { time: '3:00' }));
    await expectAccessible(page, 'a check-in set');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFits(page);

    // The same page in Spanish.
    await page.locator('a[data-lang-switch][lang="es"]').click();
    const e = es.console.memberDetail;
    const manage = page.getByRole('button', { name: fill(e.manage, { number }) });
    await manage.waitFor();
    // Switching the language keeps the view as it was: Rae's page stays open if it still is.
    if ((await manage.getAttribute('aria-expanded')) !== 'true') await manage.click();
    await expect.poll(() => detail.innerText()).toContain(fill(e.checkInOnce, { time: '3:00' }));
    expect(await detail.innerText()).toContain(e.dangerIsSet);
    await expectAccessible(page, 'a member in Spanish');
    await expectFits(page);
  }, 120_000);
});
