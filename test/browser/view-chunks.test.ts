import type { Browser, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en';
import {
  describeInChromium,
  expectAccessible,
  focused,
  sharedChromium,
  releaseChromium,
  openPage,
  type TestPage,
} from '../support/chromium';
import { joinByInvite } from '../support/console-page';
import { startLine, type Line } from '../support/line';

const t = en.console;
const ANA = '+12025550111';

/**
 * Issue 14: the console's views are script chunks fetched by route, so a first visit to sign in
 * carries none of them. While a view's chunk arrives the console says so politely and focus stays
 * where it was; a chunk that cannot be fetched says so, with a button that tries again.
 */
describeInChromium('the console fetches each view when it is opened', () => {
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

  it('sign-in carries no view; a view says it is loading, says plainly when it cannot load, and loads on retry', async () => {
    line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
    // A coordinator: her own views (the team, the week…) are fetched only when opened, not at idle.
    const anaId = await line.addResponder({ name: 'Ana Ruiz', phone: ANA, roles: ['phone', 'coordinator'] });
    // The service worker would fetch chunks out of the page's sight: these checks watch the page's own requests.
    tab = await openPage(browser, { clock: line.clock, serviceWorkers: 'block' });
    const { page, problems } = tab;
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });

    await page.goto(`${line.t.url}/sign-in`);
    await page.getByRole('heading', { level: 1, name: t.signIn.heading }).waitFor();
    const forSignIn = scripts.length;
    // The page carries only the words for signing in: none of Home's.
    expect(await page.content()).not.toContain(t.home.liveNone);

    await joinByInvite(page, line.t, line.token, anaId, 'ana.r');
    await page.getByRole('heading', { level: 1, name: 'Hello, Ana Ruiz' }).waitFor();
    // Home, and the whole words, came after signing in.
    expect(scripts.length).toBeGreaterThan(forSignIn);

    // The team view's chunk is held, then refused: a slow network, then none; then the network is back.
    let network: 'slow' | 'down' | 'up' = 'slow';
    const held: Route[] = [];
    await page.route('**/assets/chunk.*.js', async (route) => {
      if (network === 'slow') held.push(route);
      else if (network === 'down') await route.abort();
      else await route.continue();
    });
    const teamLink = page
      .getByRole('navigation', { name: t.shell.nav.label })
      .getByRole('link', { name: t.shell.nav.team });
    await teamLink.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').filter({ hasText: t.shell.loading }).count()).toBe(1);
    expect(await focused(page)).toBe(`a:${t.shell.nav.team}`);
    await expect.poll(() => held.length).toBeGreaterThan(0);
    network = 'down';
    for (const route of held.splice(0)) await route.abort();
    const alert = page.getByRole('alert').filter({ hasText: t.shell.failed });
    await alert.waitFor();
    expect(await focused(page)).toBe(`a:${t.shell.nav.team}`);
    await expectAccessible(page, 'a view that could not be fetched');

    // Trying again, with the network back, shows the view, and its heading takes focus.
    network = 'up';
    await alert.getByRole('button', { name: t.shell.retry }).click();
    await page.getByRole('heading', { level: 1, name: t.coordinate.team.heading }).waitFor();
    await expect.poll(() => focused(page)).toBe(`h1:${t.coordinate.team.heading}`);
    await expectAccessible(page, 'the team, after a retry');
    // The refused chunk was logged by the browser as a failed load; nothing else went wrong.
    expect(problems.filter((p) => !p.includes('Failed to load resource') && !p.includes('Failed to fetch'))).toEqual(
      [],
    );
  });
});
