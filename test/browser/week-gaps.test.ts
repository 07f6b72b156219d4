import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startTestKith } from '../support/kith';

const week = en.console.coordinate.week;

/** The week's coverage line counts gaps the way the API and CLI do: only while the line is open. */
describeInChromium('the week’s gap count in a real browser', () => {
  const chrome = chromiumTabs();

  it('a line covered for all its opening hours shows no gaps; an hour uncovered shows exactly one', async () => {
    const kith = chrome.stopAfter(await startTestKith('sqlite', { ownAddress: true, cheapArgon: true }));
    const { token, coordinatorId } = await kith.setup('Northside Care Line');
    const hours = {
      weekly: [
        { day: 'mon', start: '09:00', end: '17:00' },
        { day: 'fri', start: '19:00', end: '02:00' },
      ],
      exceptions: [],
    };
    expect((await kith.api('PATCH', '/api/program', { hours }, token)).status).toBe(200);
    const ana = await kith.api<{ id: string }>(
      'POST',
      '/api/responders',
      { name: 'Ana', phone: '+1 202 555 0111', roles: ['phone'] },
      token,
    );
    for (const [day, start, end] of [
      ['mon', '09:00', '17:00'],
      ['fri', '19:00', '02:00'],
    ] as const) {
      expect(
        (
          await kith.api(
            'POST',
            '/api/shifts/rules',
            { responderId: ana.body.id, role: 'phone', tier: 'primary', day, start, end },
            token,
          )
        ).status,
      ).toBe(201);
    }
    const tab = await chrome.open({ clock: kith.clock });
    const { page } = tab;
    await joinByInvite(page, kith, token, coordinatorId, 'coord.one');

    await page.goto(`${kith.url}/console/week`); // this week on the server's clock (T0: Monday 2026-11-23)
    const coverage = page.locator('#coverage');
    await expect.poll(() => coverage.innerText()).toBe(week.gapsNone);
    expect(await page.locator('li.gap').count()).toBe(0);
    await expectAccessible(page, 'a covered week');

    expect(
      (
        await kith.api(
          'POST',
          '/api/shifts/overrides',
          { responderId: ana.body.id, kind: 'off', start: '2026-11-23T12:00', end: '2026-11-23T13:00' },
          token,
        )
      ).status,
    ).toBe(201);
    await expect.poll(() => coverage.innerText()).toBe(week.gapsOne);
    expect(await page.locator('li.gap').allInnerTexts()).toEqual([
      `${week.gapLabel} ${week.gap.replace('{start}', '12:00').replace('{end}', '13:00')}`,
    ]);
  }, 90_000); // joining hashes a passphrase with Argon2id in the page
});
