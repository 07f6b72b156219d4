import { chromiumTabs, type PageOptions, type TestPage } from './chromium';
import { startLine, type Line } from './line';

/**
 * For browser tests of a whole line (the chat page and the console together): `chromiumTabs` (one
 * Chromium per file, pages closed and the line stopped after each test), with the line started the
 * way these tests need it. Tabs' problems are left to each test, as before.
 */
export function linePages() {
  const tabs = chromiumTabs({ checkProblems: false });
  return {
    /**
     * A line served at its own loopback address, so a page's Origin is the public address the
     * console's sign-in checks; Argon2id is cheap because the sign-in is made in the page.
     */
    async start(): Promise<Line> {
      return tabs.stopAfter(await startLine('sqlite', { ownAddress: true, cheapArgon: true }));
    },
    /** A page on the line's own clock, closed after the test. */
    tab(of: Line, options: Omit<PageOptions, 'clock'> = {}): Promise<TestPage> {
      return tabs.open({ ...options, clock: of.clock });
    },
  };
}
