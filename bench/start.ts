import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildKith } from '../scripts/build';
import { measureStart, type StartFigures } from './cold-start';
import { firstVisit, type VisitWeight } from './page-weight';

/**
 * `npm run bench:start [-- --quick]`: the production start against the previous one, in one run.
 * It builds Kith into a temporary folder, then starts `tsx src/main.ts` (what `npm start` ran before
 * the build existed) and `node <build>/main.js` (what it runs now) in turn, several times each, timing
 * spawn → listening and reading their memory after they idle; then it weighs the chat page's and the
 * console's first visits with and without `Accept-Encoding: br, gzip`. Figures, never a verdict
 * that fails: a benchmark, not a test.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const USAGE = 'usage: npm run bench:start [-- --quick]';
const args = process.argv.slice(2);
if (args.some((arg) => arg !== '--quick')) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}
const quick = args.includes('--quick');
const ROUNDS = quick ? 2 : 5;
const IDLE_MS = quick ? 2_000 : 5_000;
const AIMS = { startMs: 1_500, rssBytes: 100 * 1024 * 1024 };
/** Node's flags in `npm start` (package.json), so the benchmark times exactly what a line runs. */
const NODE_FLAGS = startScriptFlags();
const ACCEPT = 'br, gzip';

async function main(): Promise<void> {
  process.stdout.write(`Kith start benchmark${quick ? ' (quick)' : ''}\n`);
  process.stdout.write(
    `machine: ${cpus()[0]?.model.trim() ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}, ${platform()} ${arch()}; load average ${loadavg()[0]!.toFixed(2)}\n`,
  );
  mkdirSync(join(ROOT, '.test-artifacts'), { recursive: true });
  const outdir = mkdtempSync(join(ROOT, '.test-artifacts', 'bench-build-'));
  const scratch = mkdtempSync(join(tmpdir(), 'kith-bench-start-'));
  try {
    const built = await buildKith({ outdir });
    process.stdout.write(`built into ${relative(ROOT, outdir)}/ in ${(built.ms / 1000).toFixed(1)} s\n\n`);
    const variants = [
      {
        label: 'tsx src/main.ts',
        argv: [process.execPath, join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/main.ts'],
      },
      { label: `node dist/main.js`, argv: [process.execPath, ...NODE_FLAGS, join(outdir, 'main.js')] },
    ];
    const figures = new Map<string, StartFigures[]>(variants.map((v) => [v.label, []]));
    // One unmeasured start each: creates its data folder and database (a restart is what gets timed),
    // and warms the file cache for both alike.
    for (const [round, order] of [
      [0, variants],
      ...Array.from({ length: ROUNDS }, (_, i) => [i + 1, i % 2 === 0 ? variants : [...variants].reverse()] as const),
    ] as const) {
      for (const variant of order) {
        const port = await freePort();
        const env = {
          ...baseEnv(),
          KITH_DATA_DIR: join(scratch, variant.label.replace(/\W+/g, '-')),
          KITH_PORT: String(port),
          KITH_HOST: '127.0.0.1',
          KITH_LOG_LEVEL: 'info',
        };
        const result = await measureStart(variant.argv, { cwd: ROOT, env, port, idleMs: round === 0 ? 0 : IDLE_MS });
        if (round === 0) continue;
        figures.get(variant.label)!.push(result);
        process.stdout.write(
          `  ${variant.label}: listening after ${Math.round(result.acceptMs)} ms, ${mb(result.serverRss)} resident\n`,
        );
      }
    }
    process.stdout.write('\nfirst visits: starting the built server and setting up a program…\n');
    const weights = await weighVisits(outdir, join(scratch, 'visits'));
    process.stdout.write(
      `\n${report(
        variants.map((v) => v.label),
        figures,
        weights,
      )}\n`,
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** No NODE_ENV=development or test settings from the shell: both start as production would. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of Object.keys(env))
    if (name.startsWith('KITH_') || name === 'NODE_ENV' || name === 'DATABASE_URL') delete env[name];
  return env;
}

interface Weights {
  chat: { plain: VisitWeight; compressed: VisitWeight };
  console: { plain: VisitWeight; compressed: VisitWeight };
}

async function weighVisits(outdir: string, dataDir: string): Promise<Weights> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_FLAGS, join(outdir, 'main.js')], {
    cwd: ROOT,
    env: { ...baseEnv(), KITH_DATA_DIR: dataDir, KITH_PORT: String(port), KITH_LOG_LEVEL: 'warn' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const token = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the built server exited (${code})`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const found = /#token=([\w-]+)/.exec(line)?.[1];
        if (found) resolve(found);
      });
    });
    const base = `http://127.0.0.1:${port}`;
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, programName: 'Bench Line', coordinator: { name: 'Coordinator' } }),
    });
    if (!setup.ok) throw new Error(`setup answered ${setup.status}: ${await setup.text()}`);
    // The chat page polls its thread once as it opens; the console registers its service worker.
    const chat = (encoding?: string) => firstVisit(base, '/chat', encoding, ['/chat/thread']);
    // Each language's console words are a chunk fetched only when someone switches to it.
    const wordsChunk = (text: string) => /languageName:"/.test(text);
    const consoleVisit = (encoding?: string) => firstVisit(base, '/sign-in', encoding, ['/sw.js'], wordsChunk);
    return {
      chat: { plain: await chat(), compressed: await chat(ACCEPT) },
      console: { plain: await consoleVisit(), compressed: await consoleVisit(ACCEPT) },
    };
  } finally {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('   '),
    )
    .join('\n');
}

function report(labels: string[], figures: Map<string, StartFigures[]>, weights: Weights): string {
  const cell = (label: string, pick: (f: StartFigures) => number, format: (n: number) => string) => {
    const values = figures.get(label)!.map(pick);
    return `${format(median(values))} (max ${format(Math.max(...values))})`;
  };
  const ms = (n: number) => `${Math.round(n)} ms`;
  const row = (name: string, pick: (f: StartFigures) => number, format: (n: number) => string) => [
    name,
    ...labels.map((label) => cell(label, pick, format)),
  ];
  const after = figures.get(labels[1]!)!;
  const startOk = median(after.map((f) => f.acceptMs)) <= AIMS.startMs;
  const rssOk = median(after.map((f) => f.serverRss)) <= AIMS.rssBytes;
  const start = table([
    [`start, median of ${ROUNDS} (max)`, ...labels],
    row('spawn → port accepts', (f) => f.acceptMs, ms),
    row('spawn → "listening" line', (f) => f.lineMs, ms),
    row(
      'CPU by then, every process',
      (f) => f.cpuSeconds,
      (n) => `${n.toFixed(2)} s`,
    ),
    row(`idle RSS after ${IDLE_MS / 1000} s, server`, (f) => f.serverRss, mb),
    row('idle RSS, every process started', (f) => f.treeRss, mb),
    row(
      'processes',
      (f) => f.processes,
      (n) => String(n),
    ),
  ]);
  const visit = (name: string, w: { plain: VisitWeight; compressed: VisitWeight }) => [
    name,
    `${w.plain.requests}`,
    kib(w.plain.bodyBytes),
    kib(w.compressed.bodyBytes),
    `${Math.round((1 - w.compressed.bodyBytes / w.plain.bodyBytes) * 100)}%`,
    `${kib(w.plain.headerBytes)} / ${kib(w.compressed.headerBytes)}`,
  ];
  const visits = table([
    ['first visit (node dist/main.js)', 'requests', 'bodies, identity', `bodies, ${ACCEPT}`, 'saved', 'headers'],
    visit('chat: /chat and all it loads', weights.chat),
    visit('console: /sign-in and its assets', weights.console),
  ]);
  const detail = (w: VisitWeight) =>
    w.items.map((item) => `    ${item.path} ${kib(item.bytes)} ${item.coding}`).join('\n');
  return (
    `${start}\n\naims (node dist/main.js, medians): start ≤ ${AIMS.startMs} ms ${startOk ? 'met' : 'NOT met'}; idle RSS ≤ ${mb(AIMS.rssBytes)} ${rssOk ? 'met' : 'NOT met'}\n\n` +
    `${visits}\n\n  chat, compressed:\n${detail(weights.chat.compressed)}\n  console, compressed:\n${detail(weights.console.compressed)}`
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});

/** The flags between `node` and `dist/main.js` in package.json's `start` script (deploy/kith.service uses the same). */
function startScriptFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } };
  const words = manifest.scripts.start.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js')
    throw new Error(`npm start is not "node … dist/main.js": ${manifest.scripts.start}`);
  return words.slice(1, -1);
}
