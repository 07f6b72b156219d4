import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused, tabUntil } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console;
const sw = t.swaps;
const esw = es.console.swaps;

function announced(page: Page): Promise<string> {
  return page.locator('#console-announcer').innerText();
}

describeInChromium('swaps and time away in the console (issue 17)', () => {
  const tabs = chromiumTabs();

  it('a coordinator offers part of a shift by keyboard; a teammate in Spanish takes it at 320 px; asks for time away; the coordinator sees the gap and approves', async () => {
    // Open Wednesdays 09:00–17:00; T0 is Monday 23 November, 10:00 in New York.
    const l = tabs.stopAfter(
      await startLine('sqlite', {
        ownAddress: true,
        cheapArgon: true,
        program: { hours: { weekly: [{ day: 'wed', start: '09:00', end: '17:00' }], exceptions: [] } },
      }),
    );
    const coraId = await l.addResponder({ name: 'Cora Diaz', phone: '+12025550161', roles: ['phone', 'coordinator'] });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: '+12025550162', languages: ['es'] });
    const shift = (responderId: string, start: string, end: string) =>
      l.t.api(
        'POST',
        '/api/shifts/overrides',
        { responderId, kind: 'on', role: 'phone', tier: 'primary', start, end },
        l.token,
      );
    expect((await shift(coraId, '2026-11-25T09:00', '2026-11-25T17:00')).status).toBe(201);
    expect((await shift(benId, '2026-12-02T09:00', '2026-12-02T17:00')).status).toBe(201);

    // Cora offers 13:00–17:00 of her Wednesday, by keyboard from her Home.
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, coraId, 'cora.d');
    await page.getByRole('heading', { level: 2, name: sw.home.heading }).waitFor();
    await expectAccessible(page, 'home with swaps');
    const button = 'offer-202611250900-phone-button';
    await page.locator('#shifts-heading').focus();
    await tabUntil(page, button);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('offer-202611250900-phone-from');
    await page.locator('#offer-202611250900-phone-from').fill('2026-11-25T13:00');
    await expectAccessible(page, 'home, offering a shift');
    await page.locator('#offer-202611250900-phone-to').press('Enter');
    await expect.poll(() => announced(page)).toBe(fill(sw.home.offered, { count: '1' }));
    await expect.poll(() => focused(page)).toBe('swaps-mine-heading');
    expect(await page.locator('#swaps-heading').locator('..').innerText()).toContain(sw.home.open);
    await expectAccessible(page, 'home, a shift offered');

    // Ben, in Spanish on a phone, sees it and takes it.
    const ben = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(ben, l.t, l.token, benId, 'ben.o');
    await ben.locator('a[data-lang-switch][lang="es"]').click();
    await ben.setViewportSize({ width: 320, height: 800 });
    await ben.getByRole('heading', { level: 3, name: esw.home.toTakeHeading }).waitFor();
    const offeredBy = fill(esw.home.offeredBy, { name: 'Cora Diaz', when: '' });
    await expect.poll(() => ben.locator('.card-title').first().innerText()).toContain(offeredBy.trim());
    expect(await ben.locator('.card-title').first().innerText()).toMatch(/13:00 – .*17:00$/);
    await expectAccessible(ben, 'home in Spanish, a shift to take');
    await expectFits(ben);
    const take = ben.getByRole('button', { name: new RegExp(`^${esw.home.take}`) });
    await take.focus();
    await ben.keyboard.press('Enter');
    await expect.poll(() => announced(ben)).toBe(esw.home.taken);
    await expect.poll(() => ben.getByText(esw.home.toTakeNone).count()).toBe(1);
    const day = await l.t.api<{ occurrences: { responderName: string; start: string }[] }>(
      'GET',
      '/api/shifts/schedule?from=2026-11-25&days=1',
      undefined,
      l.token,
    );
    expect(day.body.occurrences.map((o) => `${o.responderName} ${o.start.slice(11, 16)}`)).toEqual([
      'Cora Diaz 09:00',
      'Ben Ortiz 13:00',
    ]);

    // Ben asks for Wednesday 2 December off, with a reason category, from the link on Home.
    await ben.getByRole('link', { name: esw.home.awayLink }).click();
    await ben.getByRole('heading', { level: 1, name: esw.nav }).waitFor();
    await ben.locator('#away-from').fill('2026-12-02T00:00');
    await ben.locator('#away-to').fill('2026-12-03T00:00');
    await ben.locator('#away-reason-family').check();
    await expectAccessible(ben, 'asking for time away in Spanish');
    await expectFits(ben);
    await ben.getByRole('button', { name: esw.away.send }).click();
    await expect.poll(() => announced(ben)).toBe(esw.away.sentPending);
    await expect
      .poll(() => ben.locator('#away-mine-heading').locator('..').innerText())
      .toContain(esw.away.states.pending);
    // A mistake is named at its field.
    await ben.locator('#away-from').fill('2026-12-09T00:00');
    await ben.getByRole('button', { name: esw.away.send }).click();
    await expect.poll(() => ben.locator('.error-summary a').allInnerTexts()).toEqual([esw.away.error]);
    await expectAccessible(ben, 'time away refused in Spanish');

    // Cora finds it in her navigation, sees the gap it would open, and approves by keyboard.
    await goToView(page, sw.nav);
    await page.getByRole('heading', { level: 2, name: sw.pending.heading }).waitFor();
    const card = page.locator('#pending-heading').locator('..');
    await expect.poll(() => card.innerText()).toContain(fill(sw.pending.awayLine, { name: 'Ben Ortiz' }));
    expect(await card.innerText()).toContain(fill(sw.pending.reason, { reason: sw.away.reasons.family }));
    expect(await card.innerText()).toContain(sw.pending.gaps);
    expect(await card.innerText()).toContain('Wed, Dec 2, 09:00 – Wed, Dec 2, 17:00');
    await expectAccessible(page, 'coordinator, waiting for a decision');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFits(page);
    await page.getByRole('button', { name: new RegExp(`^${sw.pending.approve}`) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe(sw.pending.approved);
    await expect.poll(() => page.getByText(sw.pending.none).count()).toBe(1);
    await expect.poll(() => focused(page)).toBe('pending-heading');
    await expectAccessible(page, 'coordinator, nothing waiting');
    await expect
      .poll(() => ben.locator('#away-mine-heading').locator('..').innerText())
      .toContain(esw.away.states.approved);
  }, 120_000);
});
