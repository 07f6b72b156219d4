import { existsSync } from 'node:fs';
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { ManualClock } from '../../src/platform/clock';

/**
 * Real-browser tests: Debian's Chromium, driven by playwright-core (which never downloads a
 * browser of its own). `test/support/console-client.ts` is a different thing: a fetch-based stand-in
 * with a cookie jar, for API tests.
 */
export const CHROMIUM = '/usr/bin/chromium';

/** This machine has no network: without these, Chromium keeps trying to reach Google and fills the logs with refusals. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const missing = !existsSync(CHROMIUM);

/**
 * `describe` for browser tests. On a developer's machine without Chromium they are skipped, with
 * a message saying how to get it; in CI (`CI` set) a missing browser fails them instead.
 */
export function describeInChromium(name: string, body: () => void): void {
  if (missing && !process.env.CI) {
    console.warn(
      `Skipping browser tests "${name}": ${CHROMIUM} is missing (install it with: apt-get install chromium).`,
    );
    describe.skip(`${name} (skipped: no ${CHROMIUM})`, body);
    return;
  }
  describe(name, body);
}

/**
 * One Chromium per worker process, shared by the browser test files it runs one after another
 * (`isolate: false` keeps this module's state between files): starting and stopping it cost each file
 * one to two seconds. Each test still opens its own context (own cookies, storage and service workers),
 * and `releaseChromium` closes whatever a file left open, so no file sees another's pages.
 * `launch()` gives Chromium a fresh, temporary user-data dir, removed when it closes; playwright
 * closes it when the worker exits.
 */
let shared: Promise<Browser> | undefined;

export function sharedChromium(): Promise<Browser> {
  if (missing)
    return Promise.reject(
      new Error(`${CHROMIUM} is missing: browser tests need Debian's chromium package (.ci/run installs it).`),
    );
  if (!shared) {
    const launching = chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
    shared = launching;
    // A browser that crashed or failed to start is started afresh for the next file.
    launching.then(
      (browser) => browser.on('disconnected', () => shared === launching && (shared = undefined)),
      () => shared === launching && (shared = undefined),
    );
  }
  return shared;
}

/** After a file: closes every context it left open in the shared browser (files in a worker run one at a time). */
export async function releaseChromium(): Promise<void> {
  const browser = await shared?.catch(() => undefined);
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

export interface TestPage {
  page: Page;
  /** Uncaught script errors and CSP violations seen so far: a page that works has none. */
  problems: string[];
  close(): Promise<void>;
}

export interface PageOptions extends BrowserContextOptions {
  /**
   * The clock of the server this page talks to. Every page in a test lives on it: the page's
   * `Date` is held at the server's time and follows each move, so a page never decides "today"
   * from the machine's date (tests must pass on any day, in any time zone).
   */
  clock: ManualClock;
}

/** A new context (its own cookies and storage) on the server's clock, and a page in it that records script errors and CSP violations. */
export async function openPage(browser: Browser, { clock, ...options }: PageOptions): Promise<TestPage> {
  const context = await browser.newContext({ reducedMotion: 'reduce', ...options });
  const stopFollowing = await followClock(context, clock);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    // A 4xx answer from the API is expected in some tests; Chromium logs those as console errors too.
    if (message.type() === 'error' && !/status of 4\d\d/.test(message.text()))
      problems.push(`console: ${message.text()} (${message.location().url})`);
  });
  return {
    page,
    problems,
    close: async () => {
      stopFollowing();
      await context.close();
    },
  };
}

/**
 * Holds the context's `Date` at the manual clock's time (playwright's page clock: timers still run,
 * only the date is fixed) and moves it whenever the test moves the server's clock. Playwright sends
 * each move before any later command on the same connection, so the page never acts on a stale date.
 */
async function followClock(context: BrowserContext, clock: ManualClock): Promise<() => void> {
  await context.clock.setFixedTime(clock.now());
  return clock.watch((now) => {
    // A context closed while the clock moves has no page left to keep in step.
    context.clock.setFixedTime(now).catch(() => undefined);
  });
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page as it is now (WCAG 2.2 A/AA and best practice) and fails on any violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  // page.evaluate goes through the DevTools protocol, which the page's CSP does not govern.
  if ((await page.evaluate<string>('typeof window.axe')) === 'undefined') await page.evaluate(axe.source);
  const violations = await page.evaluate(async (tags): Promise<Violation[]> => {
    const scope = globalThis as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<AxeResults> };
      document: unknown;
    };
    const results = await scope.axe.run(scope.document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, AXE_TAGS);
  const report = violations.map((v) => `  ${v.id} (${v.help}): ${v.targets.join(', ')}`).join('\n');
  expect(violations, `axe found problems on "${state}":\n${report}`).toEqual([]);
}

/** Describes the focused element: its id, or its tag and text (`a:Skip to main content`). */
export function focused(page: Page): Promise<string> {
  return page.evaluate<string>(
    `(() => { const e = document.activeElement; if (!e || e === document.body) return 'body'; return e.id || e.tagName.toLowerCase() + ':' + (e.textContent || '').trim(); })()`,
  );
}

/**
 * Waits until the error summary holds focus. It takes focus once it is drawn, a moment after its
 * text appears, so a Tab pressed before then would start from the button instead: polled, never read once.
 */
export async function summaryTakesFocus(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate<boolean>("document.activeElement?.classList.contains('error-summary') ?? false"))
    .toBe(true);
}

/** Presses Tab and checks where focus landed: the page's keyboard order is part of what is tested. */
export async function tabTo(page: Page, expected: string): Promise<void> {
  await page.keyboard.press('Tab');
  expect(await focused(page)).toBe(expected);
}

/** Presses Tab until `target` (as `focused` describes it) has focus: keyboard only, with a bound. */
export async function tabUntil(page: Page, target: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focused(page)) === target) return;
  }
  throw new Error(`Tab never reached ${target}; last: ${await focused(page)}`);
}

/** Nothing wider than the phone: no sideways scrolling at `width` px. */
export async function expectFits(page: Page, width = 320): Promise<void> {
  expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width + 1);
}

/**
 * The hooks every browser test file needs, in one place: one Chromium for the file; after each
 * test, every tab it opened is checked for script errors and CSP violations and closed, and its
 * line stopped. Call inside `describeInChromium`. `checkProblems: false` is for files whose tests
 * provoke errors on purpose and check a tab's problems themselves.
 */
export function chromiumTabs({ checkProblems = true }: { checkProblems?: boolean } = {}): {
  open(options: PageOptions): Promise<TestPage>;
  /** The line this test runs against, stopped after it. */
  stopAfter<L extends { stop(): Promise<void> }>(line: L): L;
} {
  let browser: Browser | undefined;
  const tabs: TestPage[] = [];
  let line: { stop(): Promise<void> } | undefined;
  beforeAll(async () => {
    browser = await sharedChromium();
  });
  afterAll(releaseChromium);
  afterEach(async () => {
    for (const tab of tabs.splice(0)) {
      if (checkProblems) expect(tab.problems).toEqual([]);
      await tab.close();
    }
    await line?.stop();
    line = undefined;
  });
  return {
    async open(options) {
      if (!browser) throw new Error('Chromium is not running: call chromiumTabs() inside describeInChromium');
      const tab = await openPage(browser, options);
      tabs.push(tab);
      return tab;
    },
    stopAfter(next) {
      line = next;
      return next;
    },
  };
}
