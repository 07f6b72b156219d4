import type { ManualClock } from '../../src/platform/clock';
import type { ProviderSimulator } from '../../src/simulator';

/**
 * Runs the provider simulator on (at most) real time. The simulator only moves its ManualClock when
 * told to, and left to `runUntilIdle` it would fire a whole retry schedule in an instant — every
 * retry would meet the same dead process and the text would be given up. Here virtual time follows
 * the wall clock: each turn processes the events that are due by now, so a retry 2 s after a failure
 * happens 2 s later for real, and the restarted Kith is there to receive it. While the simulator is
 * busy (a burst of webhooks, each awaited in turn) virtual time falls behind and catches up after.
 */
export class RealTimeDriver {
  private stopped = false;
  /** True when the last turn found nothing left to run: no webhook, retry, reply or callback pending. */
  idle = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly sim: ProviderSimulator,
    private readonly clock: ManualClock,
  ) {}

  start(): void {
    this.clock.set(Date.now());
    this.loop = (async () => {
      while (!this.stopped) {
        const lagMs = Date.now() - this.clock.now();
        // A burst of 700 texts plus their replies' callbacks is due at once: allow far more steps than that.
        if (lagMs >= 1) this.idle = (await this.sim.advance(lagMs / 1000, { maxSteps: 200_000 })).reason === 'idle';
        else await sleep(2);
      }
    })();
  }

  /**
   * Waits until `done()` holds, checked every 20 ms. Fails naming `what` after `timeoutMs`, or sooner
   * when `progress()` (a count that only grows) has not moved for `stallMs`: on a busy shared machine
   * the work can take several times longer than on a quiet one, but a stall is a stall.
   */
  async until(
    what: string,
    done: () => boolean,
    timeoutMs: number,
    progress?: { count: () => number; stallMs: number },
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = progress?.count();
    let movedAt = Date.now();
    while (!done()) {
      const now = Date.now();
      if (now > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
      if (progress) {
        const count = progress.count();
        if (count !== last) [last, movedAt] = [count, now];
        else if (now - movedAt > progress.stallMs)
          throw new Error(`no progress for ${progress.stallMs} ms waiting for ${what} (stuck at ${count})`);
      }
      await sleep(20);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
