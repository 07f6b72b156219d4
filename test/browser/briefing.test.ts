import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { briefingEs } from '../../src/i18n/briefing';
import { rotaDepsOf } from '../../src/rota/deps';
import { sweepRota } from '../../src/rota/sweep';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console;
const b = t.briefing;
const nav = t.shell.nav;
/** T0 is Monday 2026-11-23, 10:00 in the program's zone (New York). */
const TODAY = '2026-11-23';
const BEN_PHONE = '+12025550142';

function announced(page: Page): Promise<string> {
  return page.locator('#console-announcer').innerText();
}

describeInChromium('the shift-start briefing in the console (issue 17)', () => {
  const tabs = chromiumTabs();

  it('a coordinator writes the plan and asks again every 3 shifts by keyboard; Home shows it first and "I have read it" clears it; Settings lists who read which version; in Spanish, at 320 px, and the texted link without JavaScript', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: '+12025550141', roles: ['phone', 'coordinator'] });
    const benId = await l.addResponder({ name: 'Ben Ortiz', phone: BEN_PHONE, languages: ['es'] });
    for (const responderId of [anaId, benId]) {
      const made = await l.t.api(
        'POST',
        '/api/shifts/overrides',
        { responderId, kind: 'on', role: 'phone', tier: 'primary', start: `${TODAY}T08:00`, end: `${TODAY}T18:00` },
        l.token,
      );
      expect(made.status).toBe(201);
    }

    // The coordinator, in Settings, by keyboard: the plan, and a number out of bounds named at its field.
    const { page } = await tabs.open({ clock: l.clock });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');
    await goToView(page, nav.settings, t.coordinate.settings.heading);
    await page.getByRole('heading', { level: 2, name: t.coordinate.settings.planHeading }).waitFor();
    expect(await page.getByRole('heading', { level: 2, name: b.settings.acksHeading }).count()).toBe(1);
    await expect.poll(() => page.getByText(b.settings.noPlan).count()).toBe(1);
    await page.locator('#plan-text').focus();
    await page.keyboard.type('If a life is in danger, call the coordinator on call first.');
    await page.locator('#plan-every-shifts').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.error-summary a').allInnerTexts()).toEqual([b.settings.everyShifts.error]);
    expect(await page.locator('#plan-every-shifts').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'settings, the briefing number out of bounds');
    await page.locator('#plan-every-shifts').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await expect
      .poll(
        async () =>
          (await l.t.api<{ version: number; everyShifts: number }>('GET', '/api/program/plan', undefined, l.token))
            .body,
      )
      .toMatchObject({ version: 1, everyShifts: 3 });
    // Who has read it: nobody yet, by name.
    await expect
      .poll(() => page.locator('#briefings-heading + p + ul li').allInnerTexts())
      .toEqual(expect.arrayContaining([`Ana Ruiz · ${b.settings.never}`, `Ben Ortiz · ${b.settings.never}`]));
    await expectAccessible(page, 'settings, who has read the plan');

    // Ana's Home: the briefing first, read and confirmed by keyboard.
    await goToView(page, nav.home, fill(t.home.heading, { name: 'Ana Ruiz' }));
    await page.getByRole('heading', { level: 2, name: b.home.heading }).waitFor();
    const firstSection = page.locator('main section').first();
    expect(await firstSection.getByRole('heading', { level: 2 }).innerText()).toBe(b.home.heading);
    expect(await firstSection.innerText()).toContain(b.home.dueOnCall);
    expect(await firstSection.innerText()).toContain('call the coordinator on call first.');
    await expectAccessible(page, 'home, the briefing due');
    await page.getByRole('button', { name: b.home.read }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => announced(page)).toBe(b.home.done);
    await expect.poll(() => focused(page)).toBe(`p:${b.home.done}`);
    expect(await page.getByRole('button', { name: b.home.read }).count()).toBe(0);
    await expectAccessible(page, 'home, the briefing read');
    await goToView(page, nav.settings, t.coordinate.settings.heading);
    await expect
      .poll(() => page.locator('#briefings-heading + p + ul li').allInnerTexts())
      .toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^Ana Ruiz · ${b.settings.readCurrent} · `))]));

    // Ben, in Spanish, at 320 px.
    const ben = (await tabs.open({ clock: l.clock })).page;
    await joinByInvite(ben, l.t, l.token, benId, 'ben.o');
    await ben.locator('a[data-lang-switch][lang="es"]').click();
    const h = es.console.briefing.home;
    await ben.getByRole('heading', { level: 2, name: h.heading }).waitFor();
    expect(await ben.locator('main section').first().innerText()).toContain(h.dueOnCall);
    await ben.setViewportSize({ width: 320, height: 800 });
    await expectFits(ben);
    await expectAccessible(ben, 'home in Spanish, the briefing due');

    // His texted link, opened with JavaScript off: the plan and one plain button, in his language.
    await sweepRota(rotaDepsOf(l.t.kith.ctx));
    await l.sim.runUntilIdle();
    const text = l.sim.inbox(BEN_PHONE).at(-1)?.body ?? '';
    const link = /(http:\/\/127\.0\.0\.1:\d+\/briefing\/[A-Za-z0-9_-]{43})/.exec(text)?.[1];
    expect(link, 'a briefing link in his text').toBeDefined();
    const p = briefingEs.page;
    // The page has no script at all, so axe (which needs one to run) checks it in an ordinary tab;
    // opening it uses nothing up.
    const look = (await tabs.open({ clock: l.clock })).page;
    await look.goto(link ?? '');
    await look.getByRole('heading', { level: 1, name: p.title }).waitFor();
    expect(await look.locator('script').count()).toBe(0);
    await look.setViewportSize({ width: 320, height: 800 });
    await expectFits(look);
    await expectAccessible(look, 'the briefing link, in Spanish');
    const noScript = (await tabs.open({ clock: l.clock, javaScriptEnabled: false })).page;
    await noScript.goto(link ?? '');
    await noScript.getByRole('heading', { level: 1, name: p.title }).waitFor();
    expect(await noScript.locator('main').innerText()).toContain('call the coordinator on call first.');
    await noScript.getByRole('button', { name: p.button }).focus();
    await noScript.keyboard.press('Enter');
    await noScript.getByText(p.done).waitFor();

    // His console follows: the briefing is gone from Home.
    await ben.reload();
    await ben.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => ben.getByRole('heading', { level: 2, name: h.heading }).count()).toBe(0);
  }, 120_000);
});
