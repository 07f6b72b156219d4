import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import {
  describeInChromium,
  expectAccessible,
  sharedChromium,
  releaseChromium,
  openPage,
  type TestPage,
} from '../support/chromium';
import { goToView, joinByInvite } from '../support/console-page';
import { startLine, type Line } from '../support/line';

const t = en.console;
const HELLO = 'Hello, Ana Ruiz';

/**
 * The service worker keeps copies of the console's assets and page so it opens on a flaky
 * connection. Keeping them is a convenience; answering is not. A responder's phone with no room
 * left (or a cache emptied by signing out while a view loads) must still get every page and view
 * from the network: a copy that cannot be stored is simply not stored.
 */
describeInChromium('the console on a full phone and a flaky connection', () => {
  let browser: Browser;
  let line: Line | undefined;
  let tab: TestPage | undefined;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    await tab?.close();
    await line?.stop();
    tab = line = undefined;
  });

  /**
   * Ana (a coordinator) joins in a fresh page on a new line and sees Home; `before` prepares the page
   * first (a quota, held requests). Ends once the service worker answers the page's requests.
   */
  async function anaAtHome(before: (page: Page, origin: string) => Promise<void> = async () => {}): Promise<TestPage> {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    const anaId = await line.addResponder({ name: 'Ana Ruiz', phone: '+12025550111', roles: ['phone', 'coordinator'] });
    tab = await openPage(browser, { clock: line.clock });
    const page = tab.page;
    await before(page, line.t.url);
    await joinByInvite(page, line.t, line.token, anaId, 'ana.r');
    await page.getByRole('heading', { level: 1, name: HELLO }).waitFor();
    await expect.poll(() => page.evaluate<boolean>('navigator.serviceWorker.controller !== null')).toBe(true);
    return tab;
  }

  it('opens, moves between views and reloads while the service worker can store nothing', async () => {
    // Chromium's own storage quota for this origin, set to nothing: every Cache Storage write fails.
    const { page, problems } = await anaAtHome(async (page, origin) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    });
    await goToView(page, t.shell.nav.team, t.coordinate.team.heading);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.coordinate.team.heading }).waitFor();
    await goToView(page, t.shell.nav.home, HELLO);
    await expectAccessible(page, 'home, nothing stored');
    // Nothing could be kept, and nothing was: the worker tried and let it go.
    expect(await cachedPaths(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('with room to spare, keeps the shell and the assets it served, and opens the console from them offline', async () => {
    const { page, problems } = await anaAtHome();
    await goToView(page, t.shell.nav.team, t.coordinate.team.heading);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.coordinate.team.heading }).waitFor();
    await expect.poll(() => cachedPaths(page)).toContain('/console');
    expect((await cachedPaths(page)).filter((path) => path.startsWith('/assets/')).length).toBeGreaterThan(0);
    // Offline, the page still opens from the copies. Not knowing who is signed in is not being
    // signed out: it says the console could not be loaded, stays where it was, and offers to try again.
    await page.context().setOffline(true);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: t.shell.failed });
    await alert.getByRole('heading', { level: 1, name: t.shell.partFailedHeading }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console/team');
    expect(await page.getByRole('heading', { name: t.signIn.heading }).count()).toBe(0);
    await expectAccessible(page, 'offline, opened from the copies');
    await alert.getByRole('button', { name: t.shell.retry }).click();
    await alert.getByRole('button', { name: t.shell.retry }).waitFor();
    // The connection comes back: the browser says so, and the view returns without a touch.
    await page.context().setOffline(false);
    await page.getByRole('heading', { level: 1, name: t.coordinate.team.heading }).waitFor();
    expect(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
  });

  it('opened while Kith restarts behind its proxy: says it could not load, and opens by itself once Kith answers', async () => {
    const { page, problems } = await anaAtHome();
    let restarting = true;
    await page.route('**/api/session', (route) =>
      restarting && route.request().method() === 'GET'
        ? route.fulfill({ status: 502, body: 'Bad Gateway' })
        : route.continue(),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: t.shell.partFailedHeading }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/console');
    // Nothing tells the browser the connection changed: the page asks again by itself, every 10 s.
    restarting = false;
    await page.getByRole('heading', { level: 1, name: HELLO }).waitFor({ timeout: 15_000 });
    expect(problems.filter((p) => !/status of 502/.test(p))).toEqual([]);
  });

  it('a live stream refused while Kith cannot answer (a restart behind the proxy) listens again, and signs nobody out', async () => {
    // The stream is held as it opens; then Kith "restarts": the proxy answers 502 to the stream and to
    // "who is signed in", which the console asks once the stream is refused.
    let restarting = false;
    const streams: Route[] = [];
    let refusedAsks = 0;
    const { page, problems } = await anaAtHome(async (page) => {
      await page.route('**/api/events', (route) => {
        if (restarting || streams.length === 0) streams.push(route);
        else void route.continue();
      });
      await page.route('**/api/session', (route) => {
        if (!restarting || route.request().method() !== 'GET') return route.continue();
        refusedAsks += 1;
        return route.fulfill({ status: 502, body: 'Bad Gateway' });
      });
    });
    await expect.poll(() => streams.length).toBe(1);
    restarting = true;
    await streams[0]?.fulfill({ status: 502, body: 'Bad Gateway' });
    await page.getByText(t.shell.offline).waitFor();
    await expect.poll(() => refusedAsks).toBe(1);
    // Kith is back: the console opens the stream again by itself, and Ana is still signed in.
    restarting = false;
    await expect.poll(() => page.getByText(t.shell.offline).count(), { timeout: 15_000 }).toBe(0);
    expect(await page.getByRole('heading', { level: 1, name: HELLO }).count()).toBe(1);
    expect(await page.getByText(t.shell.sessionEnded).count()).toBe(0);
    expect(problems.filter((p) => !/status of 502/.test(p))).toEqual([]);
  });
});

/** Every path held in the origin's Cache Storage, whichever cache holds it. */
function cachedPaths(page: Page): Promise<string[]> {
  return page.evaluate<string[]>(
    'caches.keys().then((names) => Promise.all(names.map((n) => caches.open(n).then((c) => c.keys()))))' +
      '.then((all) => all.flat().map((r) => new URL(r.url).pathname))',
  );
}
