import { arch, cpus, loadavg, platform } from 'node:os';
import { startServerChild } from './children';
import { checkOnce, measure, type PhaseSettings } from './measure';
import { WireRequests, runTag, signedIncomingCall } from './shared';
import type { Figures } from './stats';

/**
 * `npm run bench -- --ring-checks [--quick] [--postgres]`: what the ring-time checks cost the incoming-call
 * webhook. Two Kith children with the same rota (20 responders on call all week, bench/kith-server.ts),
 * one as a new program is (no rest rules, no emergency plan), one with a rest rule and the shift-start
 * briefing on (`--care`: the router judges everyone's rest and skips the half who have not read the plan),
 * measured one after the other with the same requests, phases and generator; the report gives each side
 * and on/off ratios. A benchmark, not a test: it never fails on its figures.
 */
const USAGE = 'usage: npm run bench -- --ring-checks [--quick] [--postgres]';
const OPTIONS = ['--quick', '--postgres'];
const args = process.argv.slice(2);
const unknown = args.filter((arg) => !OPTIONS.includes(arg));
if (unknown.length > 0) {
  process.stderr.write(`unknown option ${unknown.join(' ')}\n${USAGE}\n`);
  process.exit(2);
}
const quick = args.includes('--quick');
const postgres = args.includes('--postgres');
const databaseUrl = process.env.KITH_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const settings: PhaseSettings & { maxRequests: number } = {
  concurrency: 32,
  maxWarmupMs: quick ? 1_000 : 2_000,
  maxDurationMs: quick ? 3_000 : 8_000,
  // Below what Kith answers on a loaded machine, so the latency is the work and not a queue.
  rate: 50,
  fixedWarmupMs: quick ? 500 : 1_000,
  fixedDurationMs: quick ? 4_000 : 10_000,
  maxInFlight: 256,
  // Kith alone answers a few thousand a second here: enough for the closed loop, however fast.
  maxRequests: (quick ? 4 : 10) * 10_000,
};

async function main(): Promise<void> {
  const fixedCount = Math.round(((settings.fixedWarmupMs + settings.fixedDurationMs) * settings.rate) / 1000);
  process.stdout.write(`Kith ring-time checks benchmark${quick ? ' (quick)' : ''}\n`);
  process.stdout.write(
    `machine: ${cpus()[0]?.model.trim() ?? 'unknown cpu'}, ${cpus().length} cores, node ${process.version}, ${platform()} ${arch()}, ` +
      `load average ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} at the start\n`,
  );
  const database = postgres ? 'PostgreSQL' : 'SQLite';
  const sides: { name: string; figures: { max: Figures; fixed: Figures } }[] = [];
  for (const [name, extra] of [
    ['off', []],
    ['on', ['--care']],
  ] as const) {
    // Fresh requests for each side (each a new call), from the same generator.
    const maxRequests = new WireRequests(settings.maxRequests);
    const fixedRequests = new WireRequests(fixedCount);
    process.stdout.write(
      name === 'off'
        ? `checks off on ${database}: no rest rules, no emergency plan…\n`
        : `checks on on ${database}: 11 h rest between stretches for everyone; the plan every 3 shifts, read by 10 of 20…\n`,
    );
    const server = await startServerChild(`kith-${name}`, './kith-server.ts', {
      args: [...(postgres ? ['--postgres', databaseUrl] : []), ...extra],
    });
    await checkOnce(server, signedIncomingCall(runTag(), 0));
    sides.push({ name, figures: await measure(server, maxRequests, fixedRequests, settings) });
  }
  const [off, on] = sides.map((s) => s.figures);
  if (!off || !on) return;
  process.stdout.write(
    `\n${report(off, on)}\nload average ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} at the end\n`,
  );
}

const cpuPerRequest = (f: Figures) =>
  f.serverCpu === undefined ? undefined : (f.serverCpu * f.seconds * 1e6) / Math.max(1, f.requests);
const us = (n: number | undefined) => (n === undefined ? 'n/a' : `${Math.round(n)} µs`);
const ratio = (on: number | undefined, off: number | undefined) =>
  on === undefined || off === undefined || off === 0 ? 'n/a' : `${(on / off).toFixed(2)}×`;

function report(off: { max: Figures; fixed: Figures }, on: { max: Figures; fixed: Figures }): string {
  const rows: [string, string, string, string][] = [
    [
      'most answered',
      `${Math.round(off.max.perSecond)}/s`,
      `${Math.round(on.max.perSecond)}/s`,
      ratio(on.max.perSecond, off.max.perSecond),
    ],
    [
      'Kith CPU per call (most)',
      us(cpuPerRequest(off.max)),
      us(cpuPerRequest(on.max)),
      ratio(cpuPerRequest(on.max), cpuPerRequest(off.max)),
    ],
    [
      `p50 at ${settings.rate}/s`,
      `${off.fixed.p50.toFixed(2)} ms`,
      `${on.fixed.p50.toFixed(2)} ms`,
      ratio(on.fixed.p50, off.fixed.p50),
    ],
    [
      `p99 at ${settings.rate}/s`,
      `${off.fixed.p99.toFixed(2)} ms`,
      `${on.fixed.p99.toFixed(2)} ms`,
      ratio(on.fixed.p99, off.fixed.p99),
    ],
    [
      'failed or unexpected',
      `${off.max.failed + off.max.unexpected + off.fixed.failed + off.fixed.unexpected}`,
      `${on.max.failed + on.max.unexpected + on.fixed.failed + on.fixed.unexpected}`,
      '',
    ],
  ];
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...[['', 'checks off', 'checks on', 'on / off'], ...rows].map((r) => r[i]?.length ?? 0)),
  );
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(['', 'checks off', 'checks on', 'on / off']), ...rows.map(line)].join('\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
