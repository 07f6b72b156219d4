import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import type { MoreMessageWord } from '../../src/web/i18n/console/coordinate-types';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused, tabUntil } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const c = en.console.coordinate.settings;
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key]));
const MAIN = ['greeting', 'disclosures', 'offHours', 'noAnswer'] as const;
const MORE = Object.keys(c.moreMessages.labels) as MoreMessageWord[];
const boxId = (language: string, key: string) => `message-${language}-${key.replace('.', '-')}`;

/**
 * A language Kith has no words for (Korean) can be offered from the console alone: every message a
 * person hears or reads has a box, the server's refusal names each empty one at its box, and a
 * coordinator can write them all by keyboard; in English and Spanish, axe clean, at 320 px.
 */
describeInChromium('every message a language needs, written in the console', () => {
  const chrome = chromiumTabs();

  it('names each missing Korean message at its box, takes them all by keyboard, and offers Korean', async () => {
    const line = chrome.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const roster = await line.t.api<{ id: string; name: string }[]>('GET', '/api/responders', undefined, line.token);
    const coordinatorId = roster.body.find((r) => r.name === 'Coordinator')?.id ?? '';
    const { page } = await chrome.open({ clock: line.clock });
    await joinByInvite(page, line.t, line.token, coordinatorId, 'coord.one');
    await goToView(page, en.console.shell.nav.settings);

    // Spanish has Kith's words: its other messages are folded away, and found by keyboard.
    expect(MORE).toHaveLength(19);
    expect(await page.locator(`#${boxId('es', 'hold')}`).isVisible()).toBe(false);
    await page.locator(`#${boxId('es', 'noAnswer')}`).focus();
    await tabUntil(page, `summary:${fill(c.moreMessages.summary, { count: 0 })}`, 4);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(boxId('es', 'languageChoice'));
    await expectAccessible(page, 'settings, Spanish’s other messages open');

    // Korean: Kith has no words, so every box is open at once, before any save.
    await page.locator('#settings-languages').fill('en, es, ko');
    await page.getByText(fill(c.languageStatus.none, { language: 'Korean' })).waitFor();
    expect(await page.locator(`#${boxId('ko', 'text.firstReply')}`).isVisible()).toBe(true);
    await page.getByRole('button', { name: c.save, exact: true }).last().click();
    const missing = (key: string, label: string) => `${label} (Korean): ${c.errors.messageMissing}`;
    await expect
      .poll(() => page.locator('.error-summary li').allInnerTexts())
      .toEqual([
        ...MAIN.map((key) => missing(key, c.messages[key])),
        ...MORE.map((key) => missing(key, c.moreMessages.labels[key])),
      ]);
    await expectAccessible(page, 'settings, Korean refused with each message named');
    await page.getByRole('link', { name: missing('text.help', c.moreMessages.labels['text.help']) }).click();
    await expect.poll(() => focused(page)).toBe(boxId('ko', 'text.help'));
    expect(await page.locator(`#${boxId('ko', 'text.help')}`).getAttribute('aria-invalid')).toBe('true');

    // Written by keyboard alone, box after box, from the greeting.
    await page.getByRole('link', { name: missing('greeting', c.messages.greeting) }).click();
    await expect.poll(() => focused(page)).toBe(boxId('ko', 'greeting'));
    const keys = [...MAIN, ...MORE];
    for (const [i, key] of keys.entries()) {
      if (i > 0) await tabUntil(page, boxId('ko', key), 3);
      await page.keyboard.type(
        key === 'languageChoice' ? '한국어는 {digit}번을 누르세요.' : `{program}: 한국어 ${i + 1}.`,
      );
    }
    await page.getByRole('button', { name: c.save, exact: true }).last().click();
    await page.locator('.sticky-status', { hasText: c.saved }).waitFor();
    const program = await line.t.api<{ languages: string[]; messages: Record<string, Record<string, string>> }>(
      'GET',
      '/api/program',
      undefined,
      line.token,
    );
    expect(program.body.languages).toEqual(['en', 'es', 'ko']);
    expect(Object.keys(program.body.messages.ko ?? {}).sort()).toEqual([...keys].sort());
    expect(program.body.messages.ko?.['text.help']).toBe(`{program}: 한국어 ${keys.indexOf('text.help') + 1}.`);
    expect(await page.locator('.error-summary').count()).toBe(0);
    // Written messages keep their box open, counted in the summary.
    await page.getByText(fill(c.moreMessages.summary, { count: 19 })).waitFor();

    // A phone 320 px wide, then Spanish: nothing scrolls sideways, and it is all still accessible.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectFits(page);
    await expectAccessible(page, 'settings with Korean written, 320 px');
    await page.getByRole('link', { name: 'Español' }).click();
    const x = es.console.coordinate.settings;
    await page.getByRole('heading', { level: 2, name: x.messagesHeading }).waitFor();
    expect(await page.locator(`label[for="${boxId('ko', 'text.firstReply')}"]`).innerText()).toBe(
      `${x.moreMessages.labels['text.firstReply']} (coreano)`,
    );
    await page
      .getByText(fill(x.moreMessages.summary, { count: 0 }))
      .first()
      .waitFor();
    await expectFits(page);
    await expectAccessible(page, 'settings with Korean written, in Spanish, 320 px');
  }, 120_000);
});
