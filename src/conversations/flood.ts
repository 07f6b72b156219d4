/**
 * Per-source limits on what reaches responders, in memory: a sender who floods the line is slowed
 * down without slowing anyone else, and without any state that would outlive the process. Keys are
 * keyed hashes (never numbers). The map is pruned as it is used, so it cannot grow without bound.
 */
export interface FloodLimit {
  /** Messages allowed per window. */
  max: number;
  windowMs: number;
}

export const SENDER_LIMIT: FloodLimit = { max: 10, windowMs: 60_000 };
const MAX_TRACKED = 50_000;

export type FloodVerdict = 'ok' | 'slow_down' | 'drop';

export class FloodGate {
  private readonly seen = new Map<string, { windowStart: number; count: number }>();

  constructor(private readonly limit: FloodLimit = SENDER_LIMIT) {}

  /** `slow_down` the first time a sender goes over in a window (tell them once), then `drop`. */
  check(key: string, now: number): FloodVerdict {
    let entry = this.seen.get(key);
    if (!entry || now - entry.windowStart >= this.limit.windowMs) {
      if (this.seen.size >= MAX_TRACKED) this.prune(now);
      entry = { windowStart: now, count: 0 };
      this.seen.set(key, entry);
    }
    entry.count += 1;
    if (entry.count <= this.limit.max) return 'ok';
    return entry.count === this.limit.max + 1 ? 'slow_down' : 'drop';
  }

  private prune(now: number): void {
    for (const [key, entry] of this.seen) if (now - entry.windowStart >= this.limit.windowMs) this.seen.delete(key);
    // Still full of live windows: an attack from very many sources. Forget the oldest half.
    if (this.seen.size >= MAX_TRACKED)
      [...this.seen.keys()].slice(0, MAX_TRACKED / 2).forEach((key) => this.seen.delete(key));
  }
}
