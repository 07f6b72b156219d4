import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { GLOBAL_FAILURES, NAME_FAILURES } from '../protocol';
import { addFailure, clearFailures, deleteOldFailures, failureCounts } from './repo';

/**
 * Sign-in rate limits without IP addresses (Kith keeps none): per sign-in name, held as a keyed
 * hash, and one ceiling for the whole install so guessing across many names is slowed too.
 * Counters live in the database so they survive restarts and are shared between instances.
 */
export interface Throttled {
  retryAfterSeconds: number;
  message: string;
}

/** `what` names what is counted in the message: a sign-in name, or a passkey (counted by credential). */
export async function throttledFor(
  db: Kysely<Database>,
  nameKey: string,
  now: number,
  what = 'that sign-in name',
): Promise<Throttled | undefined> {
  const rows = await failureCounts(db, [nameKey, GLOBAL_FAILURES.key]);
  let waitMs = 0;
  let message = '';
  for (const row of rows) {
    const limit = row.key === GLOBAL_FAILURES.key ? GLOBAL_FAILURES : NAME_FAILURES;
    const endsAt = row.windowStartedAt + limit.windowMs;
    if (row.failures < limit.max || endsAt <= now || endsAt - now <= waitMs) continue;
    waitMs = endsAt - now;
    message =
      row.key === GLOBAL_FAILURES.key
        ? 'There have been too many sign-in attempts on this line just now. Please wait a minute and try again.'
        : `Too many attempts with ${what}. Please wait ${Math.ceil(waitMs / 60_000)} minute(s) and try again.`;
  }
  return waitMs > 0 ? { retryAfterSeconds: Math.ceil(waitMs / 1000), message } : undefined;
}

export async function recordFailure(db: Kysely<Database>, nameKey: string, now: number): Promise<void> {
  await deleteOldFailures(db, now - NAME_FAILURES.windowMs);
  await addFailure(db, nameKey, now, NAME_FAILURES.windowMs);
  await addFailure(db, GLOBAL_FAILURES.key, now, GLOBAL_FAILURES.windowMs);
}

/** A correct sign-in forgives that name's earlier mistakes (not the install-wide count). */
export async function recordSuccess(db: Kysely<Database>, nameKey: string): Promise<void> {
  await clearFailures(db, nameKey);
}
