import type { Logger } from './logger';

export interface Periodic {
  stop(): void;
}

/**
 * Runs `task` now and then every `intervalMs`, never two at once (a slow run is skipped over, not
 * stacked), logging a failure by its kind only — tasks handle people's data, and an error message
 * could carry some. The timer does not keep the process alive.
 */
export function runPeriodically(
  task: () => Promise<unknown>,
  intervalMs: number,
  logger: Logger,
  what: string,
): Periodic {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await task();
    } catch (error) {
      logger.error({ err: { name: (error as Error).name } }, `${what} failed`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
