import type { CallDeps } from './deps';

/**
 * Waits between tries at hanging up a leg the provider would not hang up. Kept in memory rather than
 * owed in the database (as deletions are, src/provider-copies/): a leg Kith failed to hang up harms
 * nobody for long — it was placed with the ring timeout, so the provider stops ringing it by itself,
 * and a responder who picks it up meanwhile hears that the call was taken (its row says canceled).
 * A deletion, by contrast, is owed for days, so it must survive a restart.
 */
export const HANG_UP_RETRY_WAIT_MS = [1_000, 4_000] as const;

const sleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref();
  });

/**
 * Hangs these legs up at the provider without making anyone wait for it: the caller of this function
 * has already marked them ended in the database, so whatever the provider reports about them later
 * changes nothing. Each is tried again after a failure; giving up is logged by count, never by number.
 */
export function hangUpInBackground(deps: CallDeps, callId: string, legRefs: readonly string[]): void {
  if (legRefs.length === 0) return;
  deps.background.run('hanging up legs', async () => {
    const failed = await Promise.all(legRefs.map((ref) => hangUpWithRetries(deps, ref)));
    const gaveUp = failed.filter((ok) => !ok).length;
    if (gaveUp > 0)
      deps.logger.warn({ callId, gaveUp }, 'the provider would not hang up some legs; its ring timeout ends them');
  });
}

async function hangUpWithRetries(deps: CallDeps, ref: string): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await deps.provider.hangUp(ref);
      return true;
    } catch {
      const wait = HANG_UP_RETRY_WAIT_MS[attempt];
      if (wait === undefined) return false;
      await sleep(wait);
    }
  }
}
