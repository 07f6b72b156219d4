import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { issueSetupTokenIfNeeded } from '../../src/setup/service';
import { openPage, releaseChromium, sharedChromium, type PageOptions, type TestPage } from './chromium';
import { startTestKith, type TestKith, type TestKithOptions } from './kith';

/**
 * For browser tests of the setup page: one Chromium per file, and per test a fresh Kith with a
 * setup token and fresh pages, all closed after each test.
 */
export function setupPageSession() {
  let browser: Browser | undefined;
  let kith: TestKith | undefined;
  const tabs: TestPage[] = [];
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.close();
    await kith?.stop();
    kith = undefined;
  });
  return {
    /**
     * A fresh Kith and its setup token. By default it is served at its own loopback address (the
     * try-out: `npm start` on a laptop), so the page's Origin is the public address and setup can
     * go on to make the coordinator's console sign-in, which checks it. Argon2id is cheap
     * (TestKithOptions.cheapArgon): the sign-in is made in the page.
     */
    async start(
      options: TestKithOptions = { ownAddress: true, cheapArgon: true },
    ): Promise<{ t: TestKith; token: string }> {
      kith = await startTestKith('sqlite', options);
      const token = await issueSetupTokenIfNeeded({
        db: kith.kith.ctx.db.kysely,
        clock: kith.clock,
        keys: kith.kith.ctx.keys,
      });
      if (!token) throw new Error('no setup token');
      return { t: kith, token };
    },
    /** A page (its own context: cookies, storage) on this test's Kith's clock (call `start` first). */
    async open(options: Omit<PageOptions, 'clock'> = {}): Promise<TestPage> {
      if (!browser) throw new Error('Chromium is not running');
      if (!kith) throw new Error('Start Kith before opening its page');
      const tab = await openPage(browser, { ...options, clock: kith.clock });
      tabs.push(tab);
      return tab;
    },
  };
}
