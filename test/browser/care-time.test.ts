import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console;
const care = t.careTime;
const nav = t.shell.nav;
/** T0 is Monday 2026-11-23, 10:00 in the program's zone (New York). */
const TODAY = '2026-11-23';

function announced(page: Page): Promise<string> {
  return page.locator('#console-announcer').innerText();
}

describeInChromium('looking after the team in the console (issue 17)', () => {
  const tabs = chromiumTabs();

  it('a coordinator sets a 12 h stretch by keyboard; a longer shift is refused by name, then saved with a reason; a responder steps back and Home says until when; a hard call offers a cool-down, taken', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: '+12025550131', roles: ['phone', 'coordinator'] });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: '+12025550132' });
    const samId = await l.addResponder({ name: 'Sam Lee', phone: '+12025550133', roles: ['support'] });
    for (const [responderId, role] of [
      [anaId, 'phone'],
      [samId, 'support'],
    ] as const) {
      const made = await l.t.api(
        'POST',
        '/api/shifts/overrides',
        { responderId, kind: 'on', role, tier: 'primary', start: `${TODAY}T08:00`, end: `${TODAY}T18:00` },
        l.token,
      );
      expect(made.status).toBe(201);
    }

    // The coordinator: Settings, the stretch rule typed and saved from the keyboard.
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await goToView(page, nav.settings, t.coordinate.settings.heading);
    await page.getByRole('heading', { level: 2, name: care.settings.heading }).waitFor();
    await page.locator('#care-stretch-hours').focus();
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    // Past the bounds in src/program/limits.ts: named at the field, before anything is sent.
    await expect
      .poll(() => page.locator('.error-summary a').allInnerTexts())
      .toEqual([care.settings.rules.stretchHours.error]);
    expect(await page.locator('#care-stretch-hours').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'settings, a rest rule out of bounds');
    await page.locator('#care-stretch-hours').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sticky-status').innerText()).toBe(t.coordinate.settings.saved);
    const program = await l.t.api<{ care: { stretchHours: number | null } }>('GET', '/api/program', undefined, l.token);
    expect(program.body.care.stretchHours).toBe(12);
    await expectAccessible(page, 'settings, rest and cool-down');

    // A one-off of 14 hours for Ben breaks it: refused in words naming the rule, then saved with a reason.
    await goToView(page, nav.week, t.coordinate.week.heading);
    await page.locator('#add-shift').click();
    await page.locator('#shift-kind-once').check();
    await page.locator('#shift-who').selectOption(benId);
    await page.locator('#shift-date').fill(TODAY);
    await page.locator('#shift-start').fill('09:00');
    await page.locator('#shift-end').fill('23:00');
    await page.locator('#shift-end').press('Enter');
    const said = fill(care.refusal.rules.stretchHours, { name: 'Ben Ortiz', hours: '14', limit: '12', at: 'AT' });
    const [before, after] = said.split('AT');
    await expect.poll(() => page.locator('#rest-reason-error').innerText()).toContain(before ?? '');
    expect(await page.locator('#rest-reason-error').innerText()).toContain(after ?? '');
    // When is in the reader's words (the line's local day and 24-hour time), not the server's ISO.
    expect(await page.locator('#rest-reason-error').innerText()).toContain('Monday, November 23, 09:00');
    expect(await page.locator('.error-summary a').allInnerTexts()).toHaveLength(1);
    await expectAccessible(page, 'a shift refused for a rest rule');
    // Save anyway with no reason: asked for one, the refusal still in view.
    await page.getByRole('button', { name: care.refusal.saveAnyway }).click();
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([care.refusal.reasonMissing]);
    expect(await page.locator('#rest-refusal').innerText()).toContain(before ?? '');
    await page.locator('#rest-reason-no-one-else').check();
    await page.getByRole('button', { name: care.refusal.saveAnyway }).click();
    await expect.poll(() => page.locator('#shift-form-heading').count()).toBe(0);
    const shifts = await l.t.api<{ overrides: { responderId: string; restOverride: { reason: string } | null }[] }>(
      'GET',
      '/api/shifts',
      undefined,
      l.token,
    );
    expect(shifts.body.overrides.find((o) => o.responderId === benId)?.restOverride?.reason).toBe('no-one-else');

    // Ana's own Home: a hard call, the cool-down offered with the support person on shift, taken.
    await goToView(page, nav.home, fill(t.home.heading, { name: 'Ana Ruiz' }));
    await page.getByRole('button', { name: care.home.markHard }).click();
    await page.getByRole('heading', { level: 2, name: care.home.offerHeading }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h2:${care.home.offerHeading}`);
    expect(await page.locator('#cool-down-offer').innerText()).toContain(
      fill(care.home.offerSupport, { names: 'Sam Lee' }),
    );
    await expectAccessible(page, 'home, a cool-down offered');
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFits(page);
    await page.getByRole('button', { name: fill(care.home.take, { minutes: '10' }) }).click();
    const coolUntil = fill(care.home.coolingDown, { time: '10:10' });
    await expect.poll(() => page.locator('#care-until').innerText()).toBe(coolUntil);
    await expect.poll(() => announced(page)).toBe(coolUntil);
    await expectAccessible(page, 'home, cooling down');

    // Ben, in Spanish: steps back (after confirming) until his shift ends at 23:00.
    const ben = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(ben, l.t, l.token, benId, 'ben.o');
    await ben.locator('a[data-lang-switch][lang="es"]').click();
    const h = es.console.careTime.home;
    await ben.getByRole('button', { name: h.stepBack }).click();
    await expect.poll(() => focused(ben)).toBe('step-back-confirm');
    await expectAccessible(ben, 'home in Spanish, confirming a step back');
    await ben.getByRole('button', { name: h.stepBackYes }).click();
    const stepped = fill(h.steppedBack, { time: '23:00' });
    await expect.poll(() => ben.locator('#care-until').innerText()).toBe(stepped);
    await expect.poll(() => announced(ben)).toBe(stepped);
    expect(await ben.getByRole('button', { name: h.stepBack }).count()).toBe(0);
    await expectAccessible(ben, 'home in Spanish, stepped back');
    await ben.setViewportSize({ width: 320, height: 800 });
    await expectFits(ben);
  }, 90_000);
});
