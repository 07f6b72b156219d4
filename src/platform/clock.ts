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
  constructor(private current: number) {}

  now(): number {
    return this.current;
  }

  set(ms: number): void {
    this.current = ms;
  }

  advance(ms: number): void {
    this.current += ms;
  }
}
