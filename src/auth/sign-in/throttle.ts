import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { DEVICE_FAILURES, GLOBAL_FAILURES, NAME_FAILURES } from '../protocol';
import { addFailure, clearFailures, deleteOldFailures, failureCounts } from './repo';

/**
 * Sign-in rate limits without IP addresses (Kith keeps none), after OWASP's device cookies:
 *
 * - A browser that has signed in as this account before (a valid device cookie, `device-cookie.ts`)
 *   is held to its own count only: a spray of made-up names, or someone failing on purpose with
 *   this name, cannot keep it out. Its failures count against the name too, so a stolen cookie
 *   buys no more guesses than the name allows.
 * - Any other client is held to the name's count (a keyed hash) and, where guessing is possible,
 *   to one ceiling for the whole install.
 *
 * Counters live in the database so they survive restarts and are shared between instances.
 */
export interface Throttled {
  retryAfterSeconds: number;
  message: string;
}

export interface Attempt {
  /** The name's counter (or a passkey's, counted by credential id). */
  key: string;
  /** The counter of a device cookie that checked out for this account, when the browser sent one. */
  device?: string | undefined;
  /**
   * Whether the install-wide ceiling applies to untrusted clients. Not for ways in that cannot be
   * guessed or have their own hard limit (passkeys; a device code dies after five wrong tries).
   */
  installWide: boolean;
}

/** `what` names what is counted in the message: a sign-in name, or a passkey (counted by credential). */
export async function throttledFor(
  db: Kysely<Database>,
  attempt: Attempt,
  now: number,
  what = 'that sign-in name',
): Promise<Throttled | undefined> {
  const keys =
    attempt.device !== undefined
      ? [attempt.device]
      : [attempt.key, ...(attempt.installWide ? [GLOBAL_FAILURES.key] : [])];
  const rows = await failureCounts(db, keys);
  let waitMs = 0;
  let message = '';
  for (const row of rows) {
    const limit =
      row.key === GLOBAL_FAILURES.key ? GLOBAL_FAILURES : row.key === attempt.device ? DEVICE_FAILURES : NAME_FAILURES;
    const endsAt = row.windowStartedAt + limit.windowMs;
    if (row.failures < limit.max || endsAt <= now || endsAt - now <= waitMs) continue;
    waitMs = endsAt - now;
    // A locked device cookie is worded as a locked name is: the words must not confirm whose it is.
    message =
      row.key === GLOBAL_FAILURES.key
        ? 'There have been too many sign-in attempts on this line just now. Please wait a minute and try again.'
        : `Too many attempts with ${what}. Please wait ${Math.ceil(waitMs / 60_000)} minute(s) and try again.`;
  }
  return waitMs > 0 ? { retryAfterSeconds: Math.ceil(waitMs / 1000), message } : undefined;
}

export async function recordFailure(db: Kysely<Database>, attempt: Attempt, now: number): Promise<void> {
  await deleteOldFailures(db, now - Math.max(NAME_FAILURES.windowMs, DEVICE_FAILURES.windowMs));
  await addFailure(db, attempt.key, now, NAME_FAILURES.windowMs);
  // A known device's mistakes are its own and its account's: they do not slow the rest of the line.
  if (attempt.device !== undefined) await addFailure(db, attempt.device, now, DEVICE_FAILURES.windowMs);
  else await addFailure(db, GLOBAL_FAILURES.key, now, GLOBAL_FAILURES.windowMs);
}

/** A correct sign-in forgives that name's (and that device's) earlier mistakes, not the install-wide count. */
export async function recordSuccess(db: Kysely<Database>, attempt: Attempt): Promise<void> {
  await clearFailures(db, attempt.key);
  if (attempt.device !== undefined) await clearFailures(db, attempt.device);
}
