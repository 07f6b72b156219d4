import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { fill } from '../../src/i18n/catalog';
import { en } from '../../src/web/i18n/en';
import { es } from '../../src/web/i18n/es';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits, focused, tabUntil } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startTestKith } from '../support/kith';

const t = en.console;
const week = t.coordinate.week;
const DESKTOP = { width: 1280, height: 900 };

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/**
 * The coordinator's week as a grid on a desktop and a list on a phone (issue 17), and the load view.
 * T0 is Monday 2026-11-23, 10:00 in New York. Ana is first on the phone 09:00–12:00, Ben backup then
 * and first 13:00–17:00: the line is open 09:00–17:00, so 12:00–13:00 is a gap, and with at least 8
 * hours' rest required, Ben's 13:00 shift (1 hour after his last) is over a rest rule.
 */
describeInChromium('the week grid and the load view in a real browser', () => {
  const tabs = chromiumTabs();

  it('shows blocks with tiers in words, a gap and a rest-rule break; opens a block’s editor by keyboard; a list at 320 px; Spanish; the load table', async () => {
    const kith = tabs.stopAfter(await startTestKith('sqlite', { ownAddress: true, cheapArgon: true }));
    const { token, coordinatorId } = await kith.setup('Northside Care Line');
    const hours = { weekly: [{ day: 'mon', start: '09:00', end: '17:00' }], exceptions: [] };
    expect((await kith.api('PATCH', '/api/program', { hours }, token)).status).toBe(200);
    const person = async (name: string, phone: string) =>
      (await kith.api<{ id: string }>('POST', '/api/responders', { name, phone, roles: ['phone'] }, token)).body.id;
    const ana = await person('Ana Ruiz', '+1 202 555 0111');
    const ben = await person('Ben Ortiz', '+1 202 555 0112');
    const rule = async (responderId: string, tier: string, start: string, end: string) => {
      const made = await kith.api<{ id: string }>(
        'POST',
        '/api/shifts/rules',
        { responderId, role: 'phone', tier, day: 'mon', start, end },
        token,
      );
      expect(made.status).toBe(201);
      return made.body.id;
    };
    await rule(ana, 'primary', '09:00', '12:00');
    await rule(ben, 'backup', '09:00', '12:00');
    const late = await rule(ben, 'primary', '13:00', '17:00');
    expect((await kith.api('PATCH', '/api/program', { care: { restHours: 8 } }, token)).status).toBe(200);

    const { page } = await tabs.open({ clock: kith.clock, viewport: DESKTOP });
    await joinByInvite(page, kith, token, coordinatorId, 'coord.one');
    await goToView(page, t.shell.nav.week, week.heading);

    // A desktop: the grid, not the list; each block says who, role and tier in words.
    await expect.poll(() => visible(page, '.week-grid')).toBe(true);
    expect(await visible(page, '.week-list')).toBe(false);
    const blocks = await texts(page, '.grid-block button');
    expect(blocks).toHaveLength(3);
    expect(blocks.find((b) => b.includes('Ana Ruiz'))).toMatch(new RegExp(`09:00–12:00.*${t.grid.primary}`, 's'));
    expect(blocks.find((b) => b.includes('09:00') && b.includes('Ben Ortiz'))).toContain(t.grid.backup);
    expect(await texts(page, '.grid-gap')).toEqual([
      `${week.gapLabel} ${fill(week.gap, { start: '12:00', end: '13:00' })}`,
    ]);
    const flag = fill(t.grid.rest.restHours, { hours: 1, limit: 8 });
    const lateId = `grid-rule-${late}-202611231300-20261123`;
    expect(await page.locator(`#${lateId}`).innerText()).toContain(flag);
    expect(await page.locator('.rest-flag:visible').count()).toBe(1);
    expect(await page.locator('.grid-rest-count').innerText()).toBe(t.grid.restOne);
    // Its name begins with the day, so a screen reader hears day, time, person, role and tier.
    expect(await page.locator(`#${lateId}`).textContent()).toMatch(
      new RegExp(`^Monday, November 23, 13:00–17:00 Ben Ortiz ${t.coordinate.common.roles.phone}, ■ ${t.grid.primary}`),
    );
    await expectAccessible(page, 'the week grid');

    // Keyboard: Tab to Ben's 13:00 block, Enter opens the same editor as the list, Cancel comes back to it.
    await page.locator('#week-heading').focus();
    await tabUntil(page, lateId);
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe('shift-form-heading');
    expect(await page.locator('#shift-form-heading').innerText()).toBe(week.editHeading);
    await page.getByRole('button', { name: t.coordinate.common.cancel, exact: true }).click();
    await expect.poll(() => focused(page)).toBe(lateId);

    // A phone: the list of days, the rest flag in it too, nothing sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    await expect.poll(() => visible(page, '.week-grid')).toBe(false);
    expect(await visible(page, '.day-list')).toBe(true);
    expect(await page.locator('.day-list .rest-flag').innerText()).toContain(flag);
    await expectFits(page);
    await expectAccessible(page, 'the week as a list at 320 px');

    // Spanish, back on the desktop.
    await page.setViewportSize(DESKTOP);
    await page.locator('a[data-lang-switch][lang="es"]').click();
    const s = es.console;
    await page.getByRole('heading', { level: 1, name: s.coordinate.week.heading }).waitFor();
    await expect.poll(() => page.locator(`#${lateId}`).innerText()).toContain(s.grid.primary);
    expect(await page.locator(`#${lateId}`).innerText()).toContain(fill(s.grid.rest.restHours, { hours: 1, limit: 8 }));
    expect(await page.locator('.grid-gap').innerText()).toContain(s.coordinate.week.gapLabel);
    expect(await page.locator('.grid-legend').innerText()).toBe(s.grid.legend);
    await expectAccessible(page, 'the week grid in Spanish');

    // The load view, from the coordinators' navigation: the team's month as a table, bars beside hours.
    await page.getByRole('navigation', { name: s.shell.nav.label }).getByRole('link', { name: s.load.nav }).click();
    await page.getByRole('heading', { level: 1, name: s.load.heading }).waitFor();
    await expect.poll(() => page.locator('.load-table tbody tr').count()).toBe(3);
    const row = (name: string) => page.locator('.load-table tbody tr', { hasText: name }).locator('td').allInnerTexts();
    // Five Mondays in November 2026: Ana 5 × 3 h, Ben 5 × 7 h.
    expect((await row('Ana Ruiz'))[0]).toBe(fill(s.load.hoursValue, { hours: 15 }));
    expect((await row('Ben Ortiz'))[0]).toBe(fill(s.load.hoursValue, { hours: 35 }));
    expect(await row('Ben Ortiz')).toEqual([fill(s.load.hoursValue, { hours: 35 }), '0', '0', '0']);
    expect(await page.locator('.load-table caption').innerText()).toBe(
      fill(s.load.caption, { month: 'noviembre de 2026' }),
    );
    // The coordinator's own month: no shifts, nothing taken.
    expect(await page.locator('.load-mine dd').allInnerTexts()).toEqual([
      fill(s.load.hoursValue, { hours: 0 }),
      '0',
      '0',
      '0',
    ]);
    await expectAccessible(page, 'the load view in Spanish');
    await page.getByRole('link', { name: s.load.previous }).click();
    await expect.poll(() => page.locator('#load-month').innerText()).toBe('octubre de 2026');
    expect((await row('Ben Ortiz'))[0]).toBe(fill(s.load.hoursValue, { hours: 28 }));
    await page.setViewportSize({ width: 320, height: 800 });
    await expectFits(page);
    await expectAccessible(page, 'the load view at 320 px');
    // Everyone sees their own month on Home, at a glance, and reaches the whole view from there.
    await page
      .getByRole('navigation', { name: s.shell.nav.label })
      .getByRole('link', { name: s.shell.nav.home })
      .click();
    const month = page.getByRole('region', { name: s.load.thisMonth });
    await expect
      .poll(() => month.locator('.load-mine dd').allInnerTexts())
      .toEqual([fill(s.load.hoursValue, { hours: 0 }), '0', '0', '0']);
    await expectFits(page);
    await expectAccessible(page, 'Home with this month, at 320 px');
    await month.getByRole('link', { name: s.load.homeLink }).click();
    await page.getByRole('heading', { level: 1, name: s.load.heading }).waitFor();

    // A shift opened from the grid is deleted from its form, as one from the list is.
    await page.setViewportSize(DESKTOP);
    await page
      .getByRole('navigation', { name: s.shell.nav.label })
      .getByRole('link', { name: s.shell.nav.week })
      .click();
    const anaBlock = page.locator('.grid-block button', { hasText: 'Ana Ruiz' });
    await anaBlock.click();
    await page.locator('#delete-open-shift').click();
    await page.getByRole('button', { name: s.coordinate.week.deleteConfirm }).click();
    await expect.poll(() => anaBlock.count()).toBe(0);
    expect(await page.locator('.grid-block').count()).toBe(2);
    await expect.poll(() => focused(page)).toBe('week-heading');
  }, 120_000);
});
