import type { Figures } from './stats';

/** Everything printed at the end, so the run's figures can be pasted into docs/PERFORMANCE.md as they are. */
export interface Report {
  readonly database: string;
  readonly aims: {
    readonly minBareRatio: number;
    readonly minFastifyRatio: number;
    readonly maxP99Ms: number;
    readonly rate: number;
  };
  readonly bare: { readonly max: Figures; readonly fixed: Figures };
  /** Fastify parsing and verifying the signed form, answering the same fixed TwiML: the framework's floor. */
  readonly fastify: { readonly max: Figures; readonly fixed: Figures };
  readonly kith: { readonly max: Figures; readonly fixed: Figures };
  /** The machine's 1, 5 and 15 minute load averages at the end of the run. */
  readonly loadAverage: readonly number[];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a');
const pct = (value: number | undefined) => (value === undefined ? 'n/a' : `${Math.round(value * 100)}%`);
const int = (value: number) => Math.round(value).toLocaleString('en-US');
/** Shares of one core: the server's process, the generator (this process), and every process on the machine. */
const cpu = (f: Figures) => `${pct(f.serverCpu)} / ${pct(f.generatorCpu)} / ${pct(f.machineCpu)}`;

/** The server's CPU per answered request in the phase (warm-up included in both), ms. */
const cpuPerRequest = (f: Figures) =>
  f.serverCpu === undefined || f.perSecond === 0 ? 'n/a' : ms((f.serverCpu * 1000) / f.perSecond);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
        .join('   '),
    )
    .join('\n');
}

export function formatReport(report: Report): string {
  const { bare, fastify, kith, aims } = report;
  const ratio = kith.max.perSecond / bare.max.perSecond;
  const fastifyRatio = kith.max.perSecond / fastify.max.perSecond;
  const row = (label: string, pick: (f: Figures) => string, phase: 'max' | 'fixed') => [
    label,
    pick(bare[phase]),
    pick(fastify[phase]),
    pick(kith[phase]),
  ];
  const rows: string[][] = [
    ['', 'bare node:http', 'Fastify signed form', `Kith (${report.database})`],
    ['max throughput (closed loop)', '', '', ''],
    row('  requests/s', (f) => int(f.perSecond), 'max'),
    row('  p50 ms', (f) => ms(f.p50), 'max'),
    row('  p99 ms', (f) => ms(f.p99), 'max'),
    row('  requests measured (over s)', (f) => `${int(f.requests)} (${f.seconds.toFixed(1)})`, 'max'),
    row('  not 200 + hold / no answer', (f) => `${f.unexpected} / ${f.failed}`, 'max'),
    row('  CPU: server / generator / machine', cpu, 'max'),
    row('  server CPU ms per request', cpuPerRequest, 'max'),
    [`fixed rate ${aims.rate} req/s (open loop)`, '', '', ''],
    row('  achieved requests/s', (f) => int(f.perSecond), 'fixed'),
    row('  p50 ms', (f) => ms(f.p50), 'fixed'),
    row('  p99 ms', (f) => ms(f.p99), 'fixed'),
    row('  max ms', (f) => ms(f.max), 'fixed'),
    row('  requests measured (over s)', (f) => `${int(f.requests)} (${f.seconds.toFixed(1)})`, 'fixed'),
    row('  not 200 + hold / no answer', (f) => `${f.unexpected} / ${f.failed}`, 'fixed'),
    row('  CPU: server / generator / machine', cpu, 'fixed'),
    row('  generator send lag p99 ms', (f) => ms(f.sendLagP99 ?? Number.NaN), 'fixed'),
  ];
  const errors = kith.max.unexpected + kith.max.failed + kith.fixed.unexpected + kith.fixed.failed;
  const verdict = (met: boolean) => (met ? 'met' : 'NOT met');
  const lines = [
    table(rows),
    '',
    `Kith / bare throughput: ${ratio.toFixed(ratio < 0.1 ? 3 : 2)} (aim: at least ${aims.minBareRatio.toFixed(2)}) — ${verdict(ratio >= aims.minBareRatio)}`,
    `Kith / Fastify signed-form throughput: ${fastifyRatio.toFixed(fastifyRatio < 0.1 ? 3 : 2)} (aim: at least ${aims.minFastifyRatio.toFixed(2)}) — ${verdict(fastifyRatio >= aims.minFastifyRatio)}`,
    `Fastify signed form / bare throughput: ${(fastify.max.perSecond / bare.max.perSecond).toFixed(2)}`,
    `Kith p99 at ${aims.rate} req/s: ${ms(kith.fixed.p99)} ms (aim: under ${aims.maxP99Ms} ms) — ${verdict(kith.fixed.p99 < aims.maxP99Ms)}`,
    `Kith p99 at ${aims.rate} req/s vs bare: ${ms(kith.fixed.p99)} ms vs ${ms(bare.fixed.p99)} ms (${(kith.fixed.p99 / bare.fixed.p99).toFixed(1)}×)`,
    errors > 0
      ? `WARNING: Kith gave ${errors} answer(s) that were not 200 + hold, or none at all: its figures are not trustworthy.`
      : 'Every Kith answer was 200 text/xml holding the caller.',
    `Load average at the end (1, 5, 15 min): ${report.loadAverage.map((n) => n.toFixed(2)).join(' ')} on this machine's cores.`,
  ];
  // With two cores, one is the generator's: if it is saturated the bare figure is a floor, not a ceiling.
  if (bare.max.generatorCpu > 0.9)
    lines.push(
      'Note: the load generator used ~a full core during bare max throughput, so the bare figure is a floor and the ratio flatters Kith.',
    );
  return lines.join('\n');
}
