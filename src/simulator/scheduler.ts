/**
 * The simulator's single source of ordering: one queue of events keyed by (virtual time,
 * insertion order). Only this scheduler moves the shared ManualClock, and it runs one event
 * at a time, awaiting it fully, so every exchange with the app happens in a reproducible order.
 */
import type { ManualClock } from '../platform/clock';

export interface ScheduledEvent {
  at: number;
  seq: number;
  label: string;
  run: () => Promise<void> | void;
  /** Checked before the event runs; a stale event is dropped without moving the clock. */
  valid?: () => boolean;
}

export class Scheduler {
  private readonly events: ScheduledEvent[] = [];
  private seq = 0;

  constructor(private readonly clock: ManualClock) {}

  now(): number {
    return this.clock.now();
  }

  /** Schedule at an absolute virtual time (never earlier than now). */
  at(at: number, label: string, run: () => Promise<void> | void, valid?: () => boolean): void {
    const event: ScheduledEvent = { at: Math.max(at, this.clock.now()), seq: this.seq++, label, run };
    if (valid) event.valid = valid;
    // Binary insertion keeps the array sorted by (at, seq); seq only grows, so ties keep insertion order.
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = this.events[mid];
      if (other !== undefined && other.at <= event.at) lo = mid + 1;
      else hi = mid;
    }
    this.events.splice(lo, 0, event);
  }

  /** Schedule `seconds` of virtual time from now. */
  after(seconds: number, label: string, run: () => Promise<void> | void, valid?: () => boolean): void {
    this.at(this.clock.now() + Math.round(seconds * 1000), label, run, valid);
  }

  /** The next live event, dropping stale ones on the way. */
  peek(): ScheduledEvent | undefined {
    for (;;) {
      const head = this.events[0];
      if (head === undefined) return undefined;
      if (head.valid === undefined || head.valid()) return head;
      this.events.shift();
    }
  }

  /** Remove and run the head event (the caller has checked it with peek). */
  async runHead(): Promise<void> {
    const head = this.events.shift();
    if (head === undefined) return;
    if (head.at > this.clock.now()) this.clock.set(head.at);
    await head.run();
  }

  get pending(): number {
    return this.events.length;
  }
}
