import { beforeAll, expect, it } from 'vitest';
import { ready } from '../../src/crypto/e2e';
import { es } from '../../src/web/i18n/es';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startLine } from '../support/line';

const t = en.console.calendar;
const ANA = '+12025550141';

describeInChromium('my calendar and reminders in the console', () => {
  const tabs = chromiumTabs();
  beforeAll(async () => ready());

  it('a calendar link is shown once and its feed holds my shifts; a new one turns the old off; reminders save by keyboard; push on this device says plainly when it cannot, and posts a subscription when it can', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    const anaId = await l.addResponder({ name: 'Ana Ruiz', phone: ANA, tier: 'primary' });
    // No notices allowed: Chromium answers "denied" to the permission request.
    const { page } = await tabs.open({ clock: l.clock, viewport: { width: 320, height: 800 } });
    await joinByInvite(page, l.t, l.token, anaId, 'ana.r');

    await page.getByRole('link', { name: t.title }).click();
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await page.getByText(t.isOff).waitFor();
    // A responder who is not a coordinator has no rota link to make.
    expect(await page.getByRole('heading', { name: t.rota.heading }).count()).toBe(0);
    await expectAccessible(page, 'calendar, no link yet');
    await expectFits(page);

    // Made: shown once, with a plain warning that anyone with it sees my shift times.
    await page.getByRole('button', { name: t.make }).click();
    const link = page.getByLabel(t.linkLabel);
    await link.waitFor();
    const first = await link.inputValue();
    expect(await page.locator('#feed-mine-warning').innerText()).toBe(t.mine.warning);
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(t.made);
    await expectAccessible(page, 'calendar, link shown once');
    await expectFits(page);
    const feed = async (url: string) => {
      const response = await fetch(`${l.t.url}${new URL(url).pathname}`);
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
    const mine = await feed(first);
    expect(mine.status).toBe(200);
    expect(mine.type).toContain('text/calendar');
    expect(mine.text).toContain('BEGIN:VEVENT');
    expect(mine.text).toContain('phone shift');

    // Shown once: back on the view after a reload, the link is on but not shown.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.title }).waitFor();
    await page.getByRole('button', { name: t.replace }).waitFor();
    expect(await page.getByLabel(t.linkLabel).count()).toBe(0);

    // A new link: the old one answers 404, the new one works; turning it off stops it.
    await page.getByRole('button', { name: t.replace }).click();
    await expect.poll(() => link.count()).toBe(1);
    const second = await link.inputValue();
    expect(second).not.toBe(first);
    expect((await feed(first)).status).toBe(404);
    expect((await feed(second)).status).toBe(200);
    await page.getByRole('button', { name: t.turnOff }).click();
    await page.getByText(t.isOff).waitFor();
    expect((await feed(second)).status).toBe(404);

    // Reminders by keyboard: the evening before at 19:30, by text only.
    await page.locator('#remind-when-evening').focus();
    await page.keyboard.press('Space');
    await page.locator('#remind-at').waitFor();
    await page.locator('#remind-at').focus();
    await page.keyboard.type('0730PM');
    expect(await page.locator('#remind-sms').isChecked()).toBe(false);
    expect(await page.locator('#remind-push').isChecked()).toBe(false);
    await page.locator('#remind-sms').focus();
    await page.keyboard.press('Space');
    await page.locator('#remind-sms').press('Enter');
    await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(t.saved);
    const saved = await page.evaluate<{ lead: unknown; bySms: boolean; byPush: boolean }>(
      "fetch('/api/me/reminders').then((r) => r.json())",
    );
    expect(saved).toMatchObject({ lead: { kind: 'evening', at: '19:30' }, bySms: true, byPush: false });
    await expectAccessible(page, 'reminders saved');

    // This device, with notices blocked: said plainly, nothing sent.
    await page.getByRole('button', { name: t.remindHere }).click();
    await page.locator('#push-cannot').waitFor();
    expect(await page.locator('#push-cannot').innerText()).toBe(t.cannot.denied);
    await expectAccessible(page, 'push cannot');
    await expectFits(page);

    // In Spanish, the same view.
    await page.getByRole('link', { name: 'Español' }).click();
    await page.getByRole('heading', { level: 1, name: es.console.calendar.title }).waitFor();
    await page.getByText(es.console.calendar.remindHeading).waitFor();
    await expectAccessible(page, 'calendar in Spanish');
    await expectFits(page);
  });
});
