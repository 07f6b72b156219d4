import type { PhaseResult } from './load';

/** The figures printed for one phase against one server. */
export interface Figures {
  readonly requests: number;
  /** Length of the measured window, s (shorter than asked if the closed loop ran out of requests). */
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly unexpected: number;
  readonly failed: number;
  /** Share of one core the server used during the phase (warm-up included), 0–1; undefined off Linux. */
  readonly serverCpu: number | undefined;
  /** Share of one core the load generator used during the phase. */
  readonly generatorCpu: number;
  /** Cores' worth of CPU the whole machine used (PostgreSQL's processes show up here). */
  readonly machineCpu: number | undefined;
  /** Open loop: 99th percentile of how late the generator sent, ms. */
  readonly sendLagP99?: number;
}

/** Nearest-rank percentile over every sample (no histogram buckets, no sampling). */
export function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface CpuWindow {
  readonly wallMs: number;
  readonly serverSeconds: number | undefined;
  readonly generatorMicros: number;
  readonly machineSeconds: number | undefined;
}

export function summarize(result: PhaseResult, cpu: CpuWindow): Figures {
  const sorted = Float64Array.from(result.latencies).sort();
  const answered = result.ok + result.unexpected;
  const lags = result.sendLagMs ? Float64Array.from(result.sendLagMs).sort() : undefined;
  return {
    requests: answered + result.failed,
    seconds: result.elapsedMs / 1000,
    perSecond: result.elapsedMs > 0 ? (answered / result.elapsedMs) * 1000 : 0,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.length > 0 ? sorted[sorted.length - 1]! : Number.NaN,
    unexpected: result.unexpected,
    failed: result.failed,
    serverCpu: cpu.serverSeconds === undefined ? undefined : (cpu.serverSeconds * 1000) / cpu.wallMs,
    generatorCpu: cpu.generatorMicros / 1000 / cpu.wallMs,
    machineCpu: cpu.machineSeconds === undefined ? undefined : (cpu.machineSeconds * 1000) / cpu.wallMs,
    ...(lags ? { sendLagP99: percentile(lags, 0.99) } : {}),
  };
}
