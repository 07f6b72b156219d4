import { performance } from 'node:perf_hooks';
import { Pool, type Outcome } from './http-client';
import type { WireRequests } from './shared';

/**
 * The two ways of loading a server. Both servers are driven by exactly the same code and the same
 * pre-serialised requests, over keep-alive connections on loopback.
 */
export interface PhaseResult {
  /** Latency of each measured request, in ms (from the moment it was sent to the last byte). */
  readonly latencies: Float64Array;
  /** Requests answered 200 with a document that holds the caller. */
  readonly ok: number;
  /** Answered, but not 200 or not a hold (`<Enqueue`). */
  readonly unexpected: number;
  /** No answer: connection errors and timeouts. */
  readonly failed: number;
  /** Wall-clock length of the measured window, ms. */
  readonly elapsedMs: number;
  /** Open loop only: how late each send was against its schedule, ms (the generator's own health). */
  readonly sendLagMs?: Float64Array;
}

class Tally {
  readonly latencies: number[] = [];
  ok = 0;
  unexpected = 0;
  failed = 0;
  add(outcome: Outcome, ms: number): void {
    this[outcome]++;
    if (outcome !== 'failed') this.latencies.push(ms);
  }
}

/**
 * Max throughput: `concurrency` requests always in flight (each worker sends the next as soon as
 * its last one is answered) for `warmupMs` unmeasured, then `durationMs` measured. Stops early if
 * the pre-signed requests run out, so the run is bounded in count as well as time.
 */
export async function closedLoop(
  url: string,
  requests: WireRequests,
  options: { concurrency: number; warmupMs: number; durationMs: number },
): Promise<PhaseResult> {
  const pool = new Pool(url, options.concurrency);
  const tally = new Tally();
  const start = performance.now();
  const measureFrom = start + options.warmupMs;
  const stopAt = measureFrom + options.durationMs;
  let next = 0;
  let lastEnd = measureFrom;
  const worker = async () => {
    while (next < requests.length) {
      const sentAt = performance.now();
      if (sentAt >= stopAt) return;
      const outcome = await pool.send(requests.get(next++));
      const endedAt = performance.now();
      if (sentAt >= measureFrom) {
        tally.add(outcome, endedAt - sentAt);
        lastEnd = endedAt;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  pool.close();
  return {
    latencies: Float64Array.from(tally.latencies),
    ok: tally.ok,
    unexpected: tally.unexpected,
    failed: tally.failed,
    elapsedMs: lastEnd - measureFrom,
  };
}

/**
 * Fixed rate: requests are sent on a schedule (`rate` per second) whether or not earlier ones were
 * answered, as calls arrive in life, on as many connections as that takes (at most `maxInFlight`).
 * `warmupMs` at the same rate is not measured.
 */
export async function openLoop(
  url: string,
  requests: WireRequests,
  options: { rate: number; warmupMs: number; durationMs: number; maxInFlight: number },
): Promise<PhaseResult> {
  const pool = new Pool(url, options.maxInFlight);
  const tally = new Tally();
  const lags: number[] = [];
  const interval = 1000 / options.rate;
  const total = Math.min(requests.length, Math.round(((options.warmupMs + options.durationMs) * options.rate) / 1000));
  const warmupCount = Math.round((options.warmupMs * options.rate) / 1000);
  const pending: Promise<void>[] = [];
  const start = performance.now();
  let sent = 0;
  let lastEnd = start + options.warmupMs;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      // Send everything that is due; a late timer catches up rather than silently lowering the rate.
      while (sent < total && start + sent * interval <= now) {
        const index = sent++;
        const scheduledAt = start + index * interval;
        const sentAt = performance.now();
        pending.push(
          pool.send(requests.get(index)).then((outcome) => {
            if (index < warmupCount) return;
            lastEnd = performance.now();
            tally.add(outcome, lastEnd - sentAt);
            lags.push(sentAt - scheduledAt);
          }),
        );
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * interval - performance.now()));
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
  pool.close();
  // From the first measured send to the last answer: an overloaded server shows its real rate, not the offered one.
  const elapsedMs = Math.max(options.durationMs, lastEnd - (start + options.warmupMs));
  return {
    latencies: Float64Array.from(tally.latencies),
    ok: tally.ok,
    unexpected: tally.unexpected,
    failed: tally.failed,
    elapsedMs,
    sendLagMs: Float64Array.from(lags),
  };
}
