import { mkdtempSync } from 'node:fs';
import { arch, cpus, loadavg, platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startServerChild } from './children';
import { checkOnce, measure } from './measure';
import { formatReport, type Report } from './report';
import { WireRequests, runTag, signedIncomingCall } from './shared';

/**
 * `npm run bench [-- [--quick] [--postgres] [--profile]]`: signed incoming-call webhooks through Kith's whole
 * path (signature, call row, routing decision with the on-call lookup, TwiML) against two yardsticks
 * answering a fixed TwiML document — Fastify parsing and verifying the signed form, and a bare Node
 * server — in the same run, with the same requests and the same generator. Each server runs alone in its own process; this process is the load generator.
 * It prints figures and never fails on them: a benchmark, not a test.
 */
const USAGE = 'usage: npm run bench [-- [--quick] [--postgres] [--profile]]';
const OPTIONS = ['--quick', '--postgres', '--profile'];
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !OPTIONS.includes(arg));
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(' ')}\n${USAGE}\n`);
  process.exit(2);
}
const quick = args.includes('--quick');
const postgres = args.includes('--postgres');
/** Writes a V8 CPU profile of the Kith process (open it in Chrome DevTools) to a temp folder. */
const profile = args.includes('--profile');
const databaseUrl = process.env.KITH_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const settings = {
  concurrency: 32,
  maxWarmupMs: quick ? 1_000 : 2_000,
  maxDurationMs: quick ? 3_000 : 8_000,
  rate: 500,
  fixedWarmupMs: quick ? 500 : 1_000,
  fixedDurationMs: quick ? 4_000 : 10_000,
  /** Open loop: more connections than this means the server has stalled; the generator queues instead. */
  maxInFlight: 256,
  /** Bounds the closed loop by count too: enough for 65,000 req/s over the whole phase (the bare server does ~50,000 here). */
  maxRequests: (quick ? 4 : 10) * 65_000,
};
/** Issue 14's aims: throughput against both yardsticks, and the latency at a steady 500 calls a second. */
const AIMS = { minBareRatio: 0.25, minFastifyRatio: 0.3, maxP99Ms: 5, rate: settings.rate };

async function main(): Promise<void> {
  const fixedCount = Math.round(((settings.fixedWarmupMs + settings.fixedDurationMs) * settings.rate) / 1000);
  process.stdout.write(`Kith incoming-call benchmark${quick ? ' (quick)' : ''}\n`);
  process.stdout.write(
    `machine: ${cpus()[0]?.model.trim() ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}, ${platform()} ${arch()}, ` +
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} at the start\n`,
  );
  process.stdout.write(
    `settings: closed loop ${settings.concurrency} in flight, ${settings.maxWarmupMs / 1000} s warm-up + ${settings.maxDurationMs / 1000} s (≤ ${settings.maxRequests.toLocaleString('en-US')} requests); ` +
      `open loop ${settings.rate} req/s, ${settings.fixedWarmupMs / 1000} s warm-up + ${settings.fixedDurationMs / 1000} s; Kith logs at 'warn' to a file\n`,
  );
  const started = performance.now();
  const check = signedIncomingCall(runTag(), 0);
  const maxRequests = new WireRequests(settings.maxRequests);
  const fixedRequests = new WireRequests(fixedCount);
  process.stdout.write(
    `signed ${(settings.maxRequests + fixedCount).toLocaleString('en-US')} requests in ${((performance.now() - started) / 1000).toFixed(1)} s\n\n`,
  );

  const database = postgres ? 'PostgreSQL' : 'SQLite';
  process.stdout.write(`Kith on ${database}: starting and setting up the line (20 responders, 140 weekly shifts)…\n`);
  const cpuProfileDir = profile ? mkdtempSync(join(tmpdir(), 'kith-bench-profile-')) : undefined;
  const kithServer = await startServerChild('kith', './kith-server.ts', {
    args: postgres ? ['--postgres', databaseUrl] : [],
    ...(cpuProfileDir ? { cpuProfileDir } : {}),
  });
  const twiml = await checkOnce(kithServer, check);
  process.stdout.write(
    `  check: 200 text/xml, ${Buffer.byteLength(twiml)} bytes of TwiML holding the caller (the bare server will send these same bytes)\n`,
  );
  const kith = await measure(kithServer, maxRequests, fixedRequests, settings);

  if (cpuProfileDir) process.stdout.write(`  Kith's CPU profile: ${cpuProfileDir}\n`);
  process.stdout.write('Fastify, signed form, fixed TwiML: starting…\n');
  const fastifyServer = await startServerChild('fastify', './fastify-server.ts', { env: { BENCH_TWIML: twiml } });
  const fastify = await measure(fastifyServer, maxRequests, fixedRequests, settings);

  process.stdout.write('bare node:http: starting…\n');
  const bareServer = await startServerChild('bare', './bare-server.ts', { env: { BENCH_TWIML: twiml } });
  const bare = await measure(bareServer, maxRequests, fixedRequests, settings);

  const report: Report = { database, aims: AIMS, bare, fastify, kith, loadAverage: loadavg() };
  process.stdout.write(`\n${formatReport(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
