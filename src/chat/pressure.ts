/**
 * How hard the line is being pushed: new-chat attempts for the whole line over the last minute,
 * refused ones included (a flood that is refused is still a flood). Counted in a few fixed buckets,
 * so the memory is constant whatever the rate. Nothing about who tried is kept.
 */
export const PRESSURE = {
  /** Attempts a minute the line takes with no proof at all: a busy night is far below this. */
  threshold: 10,
  /** Leading zero bits of SHA-256 asked for at the threshold… */
  baseBits: 10,
  /**
   * …one more each time the rate doubles, up to this: ~16,000 digests on average, half a second of
   * Chromium's Web Crypto on a busy 2-core VM (docs/PERFORMANCE.md), so a slow phone's worst case
   * stays inside the 10 s a person may wait.
   */
  maxBits: 14,
  windowMs: 60_000,
} as const;

const BUCKETS = 12;
const BUCKET_MS = PRESSURE.windowMs / BUCKETS;

export class PressureGauge {
  private readonly counts = new Array<number>(BUCKETS).fill(0);
  private readonly starts = new Array<number>(BUCKETS).fill(-Infinity);

  /** One more new-chat attempt now. */
  record(now: number): void {
    const slot = this.slot(now);
    this.counts[slot] = (this.counts[slot] ?? 0) + 1;
  }

  /** Attempts in the last minute. */
  rate(now: number): number {
    let total = 0;
    for (let i = 0; i < BUCKETS; i++)
      if (now - (this.starts[i] ?? -Infinity) < PRESSURE.windowMs) total += this.counts[i] ?? 0;
    return total;
  }

  underPressure(now: number): boolean {
    return this.rate(now) >= PRESSURE.threshold;
  }

  /** The proof-of-work asked for now: none when calm, then rising with the rate. */
  bits(now: number): number {
    const rate = this.rate(now);
    if (rate < PRESSURE.threshold) return 0;
    const doublings = Math.floor(Math.log2(rate / PRESSURE.threshold));
    return Math.min(PRESSURE.maxBits, PRESSURE.baseBits + doublings);
  }

  private slot(now: number): number {
    const start = Math.floor(now / BUCKET_MS) * BUCKET_MS;
    const slot = Math.floor(now / BUCKET_MS) % BUCKETS;
    if (this.starts[slot] !== start) {
      this.starts[slot] = start;
      this.counts[slot] = 0;
    }
    return slot;
  }
}
