import { expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startTestKith } from '../support/kith';

const t = en.console;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * One clock for shift times in the console: the 24-hour HH:MM the shift form, the CLI and the API
 * use, on Home as on the week — never "5:30 PM" on one screen and "17:30" on the next.
 */
describeInChromium('shift times read the same everywhere in the console', () => {
  const chrome = chromiumTabs();

  it('Home and the week show a shift on the 24-hour clock it was typed on, in an English browser', async () => {
    const kith = chrome.stopAfter(await startTestKith('sqlite', { ownAddress: true, cheapArgon: true }));
    const { token, coordinatorId } = await kith.setup('Northside Care Line');
    // T0 is Monday 2026-11-23, 10:00 in New York: the coordinator is on now, until 17:30.
    const rule = await kith.api(
      'POST',
      '/api/shifts/rules',
      { responderId: coordinatorId, role: 'coordinator', tier: 'primary', day: 'mon', start: '09:00', end: '17:30' },
      token,
    );
    expect(rule.status).toBe(201);
    const tab = await chrome.open({ clock: kith.clock, locale: 'en-US' });
    const { page } = tab;
    await joinByInvite(page, kith, token, coordinatorId, 'coord.one');

    const main = page.locator('main');
    await expect.poll(() => main.innerText()).toContain(fill(t.home.onCallUntil, { end: '17:30' }));
    await expect.poll(() => main.innerText()).toContain('Mon, Nov 30, 09:00 – Mon, Nov 30, 17:30'); // the next one, a week on
    expect(await main.innerText()).not.toMatch(/\b(AM|PM)\b/);
    await expectAccessible(page, 'home with shifts');

    await page.goto(`${kith.url}/console/week?from=2026-11-23`);
    const monday = page.locator('section.day').first();
    await expect.poll(() => monday.innerText()).toContain('09:00–17:30');
    expect(await main.innerText()).not.toMatch(/\b(AM|PM)\b/);
  }, 90_000); // joining hashes a passphrase with Argon2id in the page
});
