import { beforeAll, expect, it } from 'vitest';
import { ready } from '../../src/crypto/e2e';
import { es } from '../../src/web/i18n/es';
import { en } from '../../src/web/i18n/en';
import { chromiumTabs, describeInChromium, expectAccessible, expectFits } from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { rotaDepsOf } from '../../src/rota/deps';
import { pushTo } from '../../src/rota/push';
import { startLine } from '../support/line';
import { startPushService } from '../support/push-service';

const t = en.console.calendar;
const ANA = '+12025550141';
const BEN = '+12025550142';

describeInChromium('my calendar and reminders in the console', () => {
  const tabs = chromiumTabs();
  beforeAll(async () => ready());

  it('a calendar link is shown once and its feed holds my shifts; a new one turns the old off; reminders save by keyboard; with notices blocked, push on this device says plainly it cannot; in Spanish too', async () => {
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

  it('a coordinator also makes the rota link; with notices allowed, this device subscribes with the server’s VAPID key, a push reaches it, and the service worker shows it', async () => {
    const l = tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true, pushOverLoopback: true }));
    const push = await startPushService();
    try {
      const benId = await l.addResponder({
        name: 'Ben Ortiz',
        phone: BEN,
        tier: 'primary',
        roles: ['phone', 'coordinator'],
      });
      const { page } = await tabs.open({ clock: l.clock, permissions: ['notifications'] });
      // Headless Chromium has no push service of its own (it would be Google's, off this machine):
      // the browser's subscribe answers with a subscription at the test's push service on loopback,
      // and keeps the key it was given so the test can see it is the server's.
      const subscription = push.subscription('/push/ben-laptop');
      await page.addInitScript(`(() => {
        const sub = ${JSON.stringify(subscription)};
        const made = { toJSON: () => sub, unsubscribe: () => Promise.resolve(true) };
        PushManager.prototype.subscribe = function (options) {
          const bytes = new Uint8Array(options.applicationServerKey);
          window.kithKey = btoa(String.fromCharCode(...bytes)).split('+').join('-').split('/').join('_').split('=').join('');
          return Promise.resolve(made);
        };
        PushManager.prototype.getSubscription = () => Promise.resolve(made);
      })()`);
      await joinByInvite(page, l.t, l.token, benId, 'ben.o');
      await page.getByRole('link', { name: t.title }).click();
      await page.getByRole('heading', { level: 2, name: t.rota.heading }).waitFor();
      await page.locator('#feed-rota-heading').locator('..').getByRole('button', { name: t.make }).click();
      const rotaLink = await page.locator('#feed-rota-link').inputValue();
      const rota = await fetch(`${l.t.url}${new URL(rotaLink).pathname}`);
      expect(rota.headers.get('content-type')).toContain('text/calendar');
      expect(await rota.text()).toContain('Ben Ortiz');
      expect(await page.locator('#feed-rota-warning').innerText()).toBe(t.rota.warning);
      await expectAccessible(page, 'rota link shown once');

      await page.getByRole('button', { name: t.remindHere }).click();
      await page.getByText(t.deviceOn).waitFor();
      await expect.poll(() => page.getByRole('status').allInnerTexts()).toContain(t.hereOn);
      const settings = await page.evaluate<{ vapidPublicKey: string; pushHere: boolean }>(
        "fetch('/api/me/reminders').then((r) => r.json())",
      );
      expect(settings.pushHere).toBe(true);
      expect(await page.evaluate('window.kithKey')).toBe(settings.vapidPublicKey);
      await expectAccessible(page, 'push on here');

      // The subscription the page posted works: the server's push reaches it, signed with that key.
      const payload = { title: 'Shift soon', body: 'Your phone shift starts at 10:00.', path: '/console' };
      expect(await pushTo(rotaDepsOf(l.t.kith.ctx), benId, payload)).toBe(1);
      await expect.poll(() => push.received.length).toBe(1);
      expect(push.received[0]?.vapidKey).toBe(settings.vapidPublicKey);
      expect(JSON.parse(push.received[0]?.payload ?? '{}')).toEqual(payload);

      // The service worker shows a pushed reminder's title and body (delivered as Chromium's own push service would).
      const cdp = await page.context().newCDPSession(page);
      const registrations: string[] = [];
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: r }) => {
        for (const one of r) if (!one.isDeleted) registrations.push(one.registrationId);
      });
      await cdp.send('ServiceWorker.enable');
      await expect.poll(() => registrations.length).toBeGreaterThan(0);
      // A push delivered before the worker is active is dropped; the reminder's one tag means a
      // second delivery replaces the first, so delivering again until it shows can never show two.
      await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
      const shown = () =>
        page.evaluate<string[]>(
          "navigator.serviceWorker.ready.then((r) => r.getNotifications()).then((all) => all.map((n) => n.title + '|' + n.body))",
        );
      await expect
        .poll(
          async () => {
            const now = await shown();
            if (now.length === 0)
              await cdp.send('ServiceWorker.deliverPushMessage', {
                origin: new URL(l.t.url).origin,
                registrationId: registrations.at(-1) ?? '',
                data: JSON.stringify(payload),
              });
            return now;
          },
          { timeout: 15_000, interval: 250 },
        )
        .toEqual([`${payload.title}|${payload.body}`]);

      await page.getByRole('button', { name: t.stopHere }).click();
      await page.getByText(t.deviceOff).waitFor();
      expect(await pushTo(rotaDepsOf(l.t.kith.ctx), benId, payload)).toBe(0);
    } finally {
      await push.stop();
    }
  });
});
