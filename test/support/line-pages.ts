import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, openPage, type PageOptions, type TestPage } from './chromium';
import { startLine, type Line } from './line';

/**
 * For browser tests of a whole line (the chat page and the console together): one Chromium per file,
 * and per test a fresh line (Kith, simulator, clock) and its pages, all closed after each test.
 */
export function linePages() {
  let browser: Browser | undefined;
  let line: Line | undefined;
  const tabs: TestPage[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => {
    for (const tab of tabs.splice(0)) await tab.close();
    await line?.stop();
    line = undefined;
  });
  return {
    /**
     * A line served at its own loopback address, so a page's Origin is the public address the
     * console's sign-in checks; Argon2id is cheap because the sign-in is made in the page.
     */
    async start(): Promise<Line> {
      line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
      return line;
    },
    /** A page on the line's own clock, closed after the test. */
    async tab(of: Line, options: Omit<PageOptions, 'clock'> = {}): Promise<TestPage> {
      if (!browser) throw new Error('Chromium did not start');
      const opened = await openPage(browser, { ...options, clock: of.clock });
      tabs.push(opened);
      return opened;
    },
  };
}
