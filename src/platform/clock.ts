/**
 * Time is injected everywhere so that tests (and the provider simulator) can move it
 * deliberately. Timestamps are epoch milliseconds throughout Kith — one convention for
 * both databases.
 */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that only moves when told to: used by tests and by the simulator's virtual time. */
export class ManualClock implements Clock {
  private readonly watchers = new Set<(now: number) => void>();

  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  set(ms: number): void {
    this.current = ms;
    this.moved();
  }

  advance(ms: number): void {
    this.current += ms;
    this.moved();
  }

  /**
   * Calls `watcher` with the new time whenever the clock is moved, until the returned function is
   * called. Tests use it to keep a browser's clock on the server's, so "today" is the same on both.
   */
  watch(watcher: (now: number) => void): () => void {
    this.watchers.add(watcher);
    return () => void this.watchers.delete(watcher);
  }

  private moved(): void {
    for (const watcher of this.watchers) watcher(this.current);
  }
}
