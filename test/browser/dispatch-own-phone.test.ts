import { expect, it } from 'vitest';
import type { ResponseView } from '../../src/dispatch/types';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, tabUntil } from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startDispatchLine, visit } from '../support/dispatch';

const d = en.console.dispatch;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

/**
 * Out on a response, a field member marks the console on their phone as their own; after longer
 * than the console's idle limit without touching it, the check-in button still works with no
 * passphrase. Check-ins every two hours here, so no live event makes the page ask the server
 * anything in between (which would keep it signed in regardless).
 */
describeInChromium('the console on a field member’s own phone, in a real browser', () => {
  const chrome = chromiumTabs();

  it('marked by keyboard as my own phone, it is still signed in 45 idle minutes later and checks the team in', async () => {
    const l = chrome.stopAfter(
      await startDispatchLine('sqlite', { ownAddress: true, cheapArgon: true, dispatch: { checkInMinutes: 120 } }),
    );
    const tab = await chrome.open({
      clock: l.clock,
      viewport: { width: 320, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    const { page } = tab;
    await joinByInvite(page, l.t, l.token, l.ids.Ana ?? '', 'ana');
    const made = await l.t.api<ResponseView>('POST', '/api/dispatch', visit(), l.tokens.Rita);
    expect(made.status).toBe(201);
    await l.sim.runUntilIdle();
    await l.text('Ana', 'R1 YES 5');
    await l.text('Beto', 'R1 YES 10');

    await goToView(page, d.nav, d.board.heading);
    await page.getByRole('link', { name: fill(d.board.responseLink, { alias: 'R1' }) }).click();
    await page.getByRole('heading', { level: 2, name: d.response.statusHeading }).waitFor();
    const own = page.getByLabel(d.response.ownPhoneLabel);
    expect(await own.isChecked()).toBe(false); // off unless chosen
    await tabUntil(page, 'own-phone');
    await page.keyboard.press('Space');
    await page.getByRole('status').filter({ hasText: d.response.ownPhoneOn }).waitFor();
    await expect.poll(() => own.isChecked()).toBe(true);
    await expectAccessible(page, 'phone: out, this is my own phone');

    // 45 minutes without a request from the page; the server's sweep runs as it would every 30 s.
    for (let i = 0; i < 3; i += 1) {
      l.clock.advance(15 * 60_000);
      await l.sweep();
    }
    await page.locator('#check-in').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: d.response.checkedIn }).waitFor();
    const view = await l.t.api<ResponseView>('GET', `/api/dispatch/${made.body.id}`, undefined, l.tokens.Rita);
    expect(view.body.lastCheckInAt).toBe(l.clock.now());
  }, 120_000);
});
