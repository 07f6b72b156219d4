import type { Logger } from './logger';

/**
 * Work a request starts but does not wait for (hanging up the legs that lost a call, telling a
 * waiting responder the caller has gone): so a webhook answers at once, while its follow-up
 * requests to the provider go on. Each task's failure is logged by its kind only (its message could
 * carry someone's data) and never becomes an unhandled rejection. `idle()` lets the server's stop,
 * and tests that drive the provider simulator, wait until nothing is left in flight.
 */
export class BackgroundWork {
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly logger: Logger) {}

  /** Starts `task` now; never throws, never rejects. */
  run(what: string, task: () => Promise<void>): void {
    const done: Promise<void> = Promise.resolve()
      .then(task)
      .catch((error: unknown) => this.logger.error({ err: { name: (error as Error).name } }, `${what} failed`))
      .finally(() => this.pending.delete(done));
    this.pending.add(done);
  }

  /** Resolves once every task started so far, and any they started, has settled. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
