import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { onCallMember } from '../src/chat/test-fixtures';
import { startLine, type Line } from '../test/support/line';

/**
 * `npm run bench -- --chat [--quick] [--console]`: the public chat's first message on a slow phone network, and
 * what a responder's first visit to the console downloads.
 *
 * Chromium (/usr/bin/chromium, as the browser tests use it) with the DevTools protocol's network
 * emulation at slow 3G — 400 kbps down and up, 400 ms round trip — against a real Kith on loopback
 * (SQLite, one responder on call, as test/browser/chat.test.ts starts it). Each run is a fresh
 * context (nothing cached): open /chat, wait for the page's `load`, click the box, type a short message
 * key by key (40 ms a key), optionally pause, press Send,
 * and time from the click on Send until the person's own message is in the thread. Side by side in
 * one run: JavaScript on and off, sending at once and after a pause of writing. Medians (and max).
 *
 * The console: a fresh context opens /sign-in without emulation; every response's bytes on the wire
 * (CDP's encodedDataLength: headers and bodies as received) are summed, the HTML apart.
 */
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'];
const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8 };
const ANA = '+12025550111';

const quick = process.argv.includes('--quick');
/** `--console`: only the console's first visit (a minute quicker than the chat's slow-3G runs). */
const consoleOnly = process.argv.includes('--console');
const RUNS = quick ? 1 : 3;
/** "Writes for a while": the time between clicking into the box and pressing Send. */
const PAUSE_MS = 6000;
/** Between two keys: a fast typist. */
const TYPE_DELAY_MS = 40;

interface ChatRun {
  loadMs: number;
  sendMs: number;
  /** Which way the words went: sealed in the page, sealed by the server for the page, or the form. */
  way: 'page' | 'server for the page' | 'form';
}

async function slowPage(
  browser: Browser,
  javaScriptEnabled: boolean,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
  return { context, page };
}

async function chatRun(browser: Browser, line: Line, js: boolean, pauseMs: number, n: number): Promise<ChatRun> {
  const { context, page } = await slowPage(browser, js);
  try {
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    const opened = performance.now();
    await page.goto(`${line.t.url}/chat`, { waitUntil: 'load', timeout: 60_000 });
    const loadMs = performance.now() - opened;
    await page.locator('#message').click();
    // Typed key by key, as quickly as a fast typist (1–1.5 s for the message), not pasted at once.
    await page.locator('#message').pressSequentially(`I need to talk to someone ${n}`, { delay: TYPE_DELAY_MS });
    if (pauseMs > 0) await page.waitForTimeout(pauseMs);
    const sent = performance.now();
    await page.locator('#send').click({ noWaitAfter: true });
    await page
      .locator('#thread li.from-person', { hasText: `I need to talk to someone ${n}` })
      .waitFor({ state: 'visible', timeout: 60_000 });
    const sendMs = performance.now() - sent;
    const way = posts.includes('/chat/messages')
      ? 'page'
      : posts.includes('/chat/words')
        ? 'server for the page'
        : 'form';
    return { loadMs, sendMs, way };
  } finally {
    await context.close();
  }
}

interface Weighed {
  htmlBytes: number;
  totalBytes: number;
  requests: number;
}

async function consoleVisit(browser: Browser, line: Line, acceptLanguage: string): Promise<Weighed> {
  const context = await browser.newContext({ extraHTTPHeaders: { 'accept-language': acceptLanguage } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const bytes = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
  await cdp.send('Network.enable');
  try {
    await page.goto(`${line.t.url}/sign-in`, { waitUntil: 'networkidle' });
    let htmlBytes = 0;
    let totalBytes = 0;
    for (const [id, count] of bytes) {
      totalBytes += count;
      if (new URL(urls.get(id) ?? 'http://x/').pathname === '/sign-in') htmlBytes += count;
    }
    return { htmlBytes, totalBytes, requests: bytes.size };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const line = await startLine('sqlite', { ownAddress: true, cheapArgon: true });
  try {
    await onCallMember(line, 'Ana', ANA);
    if (!consoleOnly) await chatRuns(browser, line);
    process.stdout.write('\nconsole first visit (/sign-in, no emulation, bytes on the wire incl. headers):\n');
    for (const lang of ['en', 'es']) {
      const w = await consoleVisit(browser, line, lang);
      process.stdout.write(
        `  Accept-Language ${lang}: ${w.requests} requests, ${kb(w.totalBytes)} in all, the HTML ${kb(w.htmlBytes)}\n`,
      );
    }
  } finally {
    await line.stop();
    await browser.close();
  }
}

async function chatRuns(browser: Browser, line: Line): Promise<void> {
  const cases = [
    { label: 'JavaScript on, Send at once', js: true, pause: 0 },
    { label: 'JavaScript off, Send at once', js: false, pause: 0 },
    { label: `JavaScript on, Send after ${PAUSE_MS / 1000} s of writing`, js: true, pause: PAUSE_MS },
    { label: `JavaScript off, Send after ${PAUSE_MS / 1000} s of writing`, js: false, pause: PAUSE_MS },
  ];
  const results = new Map(cases.map((c) => [c.label, [] as ChatRun[]]));
  let n = 0;
  process.stdout.write(`slow 3G chat (400 kbps, 400 ms), ${RUNS} run(s) each, alternating:\n`);
  for (let round = 0; round < RUNS; round++) {
    for (const c of round % 2 ? [...cases].reverse() : cases) {
      const run = await chatRun(browser, line, c.js, c.pause, ++n);
      results.get(c.label)!.push(run);
      process.stdout.write(
        `  ${c.label}: page ${s(run.loadMs)}, Send → shown ${s(run.sendMs)}, sealed by the ${run.way}\n`,
      );
    }
  }
  const off = median(results.get(cases[1]!.label)!.map((r) => r.sendMs));
  process.stdout.write(
    '\ncase                                          page load   Send → shown (max)   ÷ JS off at once\n',
  );
  for (const c of cases) {
    const runs = results.get(c.label)!;
    const send = median(runs.map((r) => r.sendMs));
    const max = Math.max(...runs.map((r) => r.sendMs));
    process.stdout.write(
      `${c.label.padEnd(46)}${s(median(runs.map((r) => r.loadMs))).padStart(9)}   ${`${s(send)} (${s(max)})`.padStart(18)}   ${(send / off).toFixed(2).padStart(6)}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
