import type { Page } from 'playwright-core';
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
} from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console.shiftNotes;
const s = es.console.shiftNotes;
/** T0 is Monday 2026-11-23, 10:00 in the program's zone (New York). */
const TODAY = '2026-11-23';
const WORDS = 'The side door sticks: push hard. Cody covers from 14:00.';

function announced(page: Page): Promise<string> {
  return page.locator('#console-announcer').innerText();
}

describeInChromium('notes for the shift on Home (issue 17)', () => {
  const tabs = chromiumTabs();

  /** A line where Ana and Ben (who reads Spanish) are both on today's 08:00–18:00 phone shift. */
  async function anaAndBenOnShift() {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: '+12025550141' });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: '+12025550142', languages: ['es'] });
    for (const responderId of [anaId, benId]) {
      const made = await l.t.api(
        'POST',
        '/api/shifts/overrides',
        { responderId, kind: 'on', role: 'phone', tier: 'primary', start: `${TODAY}T08:00`, end: `${TODAY}T18:00` },
        l.token,
      );
      expect(made.status).toBe(201);
    }
    return { l, anaId, benId };
  }

  it('Ana writes a note for her shift by keyboard (an empty one refused first); Ben, on the same shift, reads it on Home in Spanish at 320 px; Cody, joining later, is told he cannot; axe is clean throughout', async () => {
    const { l, anaId, benId } = await anaAndBenOnShift();

    // Ben signs in first (so he has a key to seal to), in Spanish.
    const ben = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(ben, l.t, l.token, benId, 'ben.o');
    await ben.locator('a[data-lang-switch][lang="es"]').click();
    await ben.getByRole('heading', { level: 2, name: s.heading }).waitFor();
    await expect.poll(() => ben.locator('#shift-notes-heading ~ p').first().innerText()).toBe(s.intro);

    // Ana, on Home: the section names who can read what she writes.
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await page.getByRole('heading', { level: 2, name: t.heading }).waitFor();
    await expect
      .poll(() => page.locator('#shift-note-readers').innerText())
      .toBe(fill(t.write.readers, { names: 'Ana Ruiz, Ben Ortiz' }));
    expect(await page.getByText(t.none).count()).toBe(1);
    await expectAccessible(page, 'home, notes for the shift, none yet');

    // Save with nothing written: the summary takes focus and links to the field.
    await page.locator('#shift-note-text').focus();
    await tabTo(page, `button:${t.write.save}`);
    await page.keyboard.press('Enter');
    await summaryTakesFocus(page);
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([t.write.missing]);
    expect(await page.locator('#shift-note-text').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'home, a shift note missing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter'); // the summary's link
    await expect.poll(() => focused(page)).toBe('shift-note-text');

    await page.keyboard.type(WORDS);
    await expect
      .poll(() => page.locator('#shift-note-count').innerText())
      .toBe(fill(t.write.remaining.other, { count: String(500 - WORDS.length) }));
    await tabTo(page, `button:${t.write.save}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe(t.write.saved);
    await expect.poll(() => page.locator('.shift-notes .plan-text').allInnerTexts()).toEqual([WORDS]);
    expect(await page.locator('#shift-note-text').inputValue()).toBe('');
    expect(await page.locator('.error-summary').count()).toBe(0);
    await expectAccessible(page, 'home, a shift note written');

    // Ben's Home follows live: the note, opened with his key, in Spanish, at 320 px.
    await expect.poll(() => ben.locator('.shift-notes .plan-text').allInnerTexts()).toEqual([WORDS]);
    const line = await ben.locator('.shift-notes .hint').first().innerText();
    expect(line).toContain('Ana Ruiz');
    expect(line).toContain(s.goneAt.split('{time}')[0] ?? '');
    await ben.setViewportSize({ width: 320, height: 800 });
    await expectFits(ben);
    await expectAccessible(ben, 'home in Spanish, a note for the shift');

    // Cody takes part of the shift after the note was written: Home tells him plainly he cannot read it.
    const codyId = await l.addResponder({ name: 'Cody Park', phone: '+12025550143' });
    const took = await l.t.api(
      'POST',
      '/api/shifts/overrides',
      {
        responderId: codyId,
        kind: 'on',
        role: 'phone',
        tier: 'primary',
        start: `${TODAY}T14:00`,
        end: `${TODAY}T18:00`,
      },
      l.token,
    );
    expect(took.status).toBe(201);
    const cody = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(cody, l.t, l.token, codyId, 'cody.p');
    await cody.getByRole('heading', { level: 2, name: t.heading }).waitFor();
    await expect
      .poll(() => cody.locator('#shift-notes-heading ~ p.notice').allInnerTexts())
      .toEqual([t.unreadable.one]);
    expect(await cody.locator('.shift-notes .plan-text').count()).toBe(0);
    await expectAccessible(cody, 'home, a note written before he joined');
  }, 120_000);

  it('Ana takes her note back by keyboard (Cancel first, then confirmed); Ben’s Home follows; Ben, in Spanish at 320 px, deletes his own the same way; axe is clean', async () => {
    const { l, anaId, benId } = await anaAndBenOnShift();
    const ben = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(ben, l.t, l.token, benId, 'ben.o');
    await ben.locator('a[data-lang-switch][lang="es"]').click();
    await ben.getByRole('heading', { level: 2, name: s.heading }).waitFor();
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await page.getByRole('heading', { level: 2, name: t.heading }).waitFor();
    await expect.poll(() => page.locator('#shift-note-readers').innerText()).toContain('Ben Ortiz');

    /** Writes a note and deletes it, keyboard only: back from the note field to its Delete button. */
    const writeThenDelete = async (tab: Page, words: string, x: typeof t) => {
      await tab.locator('#shift-note-text').focus();
      await tab.keyboard.type(words);
      await tabTo(tab, `button:${x.write.save}`);
      await tab.keyboard.press('Enter');
      await expect.poll(() => tab.locator('.shift-notes .plan-text').allInnerTexts()).toEqual([words]);
      const button = (await tab.locator('.shift-notes button').getAttribute('id')) ?? '';
      expect(button).toMatch(/^delete-shift-note-/);
      await tab.locator('#shift-note-text').focus();
      await tab.keyboard.press('Shift+Tab');
      expect(await focused(tab)).toBe(button);
      return button;
    };

    const button = await writeThenDelete(page, WORDS, t);
    await expect.poll(() => ben.locator('.shift-notes .plan-text').allInnerTexts()).toEqual([WORDS]);
    expect(await ben.locator('.shift-notes button').count()).toBe(0); // not Ben's to delete
    // Enter opens the step, which takes focus; Cancel gives it back to the button, and nothing is deleted.
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('delete-shift-note-heading');
    await expectAccessible(page, 'home, deleting a shift note: are you sure');
    await tabTo(page, `button:${t.remove.confirm}`);
    await tabTo(page, `button:${en.console.coordinate.common.cancel}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(button);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('delete-shift-note-heading');
    await tabTo(page, `button:${t.remove.confirm}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe(t.remove.deleted);
    await expect.poll(() => focused(page)).toBe('shift-notes-heading');
    await expect.poll(() => page.getByText(t.none).count()).toBe(1);
    expect(await page.locator('.shift-notes').count()).toBe(0);
    await expectAccessible(page, 'home, a shift note deleted');
    await expect.poll(() => ben.locator('.shift-notes .plan-text').count()).toBe(0); // live, on Ben's Home too

    // Ben, in Spanish on a phone's width, takes his own back.
    await ben.setViewportSize({ width: 320, height: 800 });
    const his = 'La puerta lateral se atasca.';
    await writeThenDelete(ben, his, s);
    await expectFits(ben);
    await ben.keyboard.press('Enter');
    await expect.poll(() => focused(ben)).toBe('delete-shift-note-heading');
    await expect.poll(() => ben.locator('.confirm-panel').innerText()).toContain(s.remove.consequence);
    await expectFits(ben);
    await expectAccessible(ben, 'home in Spanish, deleting a shift note');
    await tabTo(ben, `button:${s.remove.confirm}`);
    await ben.keyboard.press('Enter');
    await expect.poll(() => announced(ben)).toBe(s.remove.deleted);
    await expect.poll(() => focused(ben)).toBe('shift-notes-heading');
    await expect.poll(() => ben.getByText(s.none).count()).toBe(1);
    await expectAccessible(ben, 'home in Spanish, a shift note deleted');
  }, 120_000);
});
