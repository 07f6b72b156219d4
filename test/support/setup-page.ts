import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { issueSetupTokenIfNeeded } from '../../src/auth/service';
import { launchChromium, openPage, type PageOptions, type TestPage } from './chromium';
import { startTestKith, type TestKith } from './kith';

/**
 * For browser tests of the setup page: one Chromium per file, and per test a fresh Kith with a
 * setup token and a fresh page, all closed after each test.
 */
export function setupPageSession() {
  let browser: Browser | undefined;
  let kith: TestKith | undefined;
  let tab: TestPage | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    await tab?.close();
    await kith?.stop();
    tab = undefined;
    kith = undefined;
  });
  return {
    async start(): Promise<{ t: TestKith; token: string }> {
      kith = await startTestKith('sqlite');
      const token = await issueSetupTokenIfNeeded({ db: kith.kith.ctx.db.kysely, clock: kith.clock, keys: kith.kith.ctx.keys });
      if (!token) throw new Error('no setup token');
      return { t: kith, token };
    },
    /** A page on this test's Kith's clock (call `start` first). */
    async open(options: Omit<PageOptions, 'clock'> = {}): Promise<TestPage> {
      if (!browser) throw new Error('Chromium is not running');
      if (!kith) throw new Error('Start Kith before opening its page');
      tab = await openPage(browser, { ...options, clock: kith.clock });
      return tab;
    },
  };
}
