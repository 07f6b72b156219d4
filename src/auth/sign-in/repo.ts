import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Failed sign-in counters, keyed by a keyed hash of the sign-in name (or of a passkey's credential
 * id), never by an IP address or the name itself.
 */
export async function failureCounts(db: Kysely<Database>, keys: readonly string[]) {
  return db
    .selectFrom('sign_in_failures')
    .select(['key', 'window_started_at as windowStartedAt', 'failures'])
    .where('key', 'in', keys)
    .execute();
}

/**
 * One more failure for `key`, atomically: a window that has passed starts again at one. SET
 * expressions see the row as it was, so both CASEs test the old window start.
 */
export async function addFailure(db: Kysely<Database>, key: string, now: number, windowMs: number): Promise<void> {
  const windowOver = sql<boolean>`sign_in_failures.window_started_at <= ${now - windowMs}`;
  await db
    .insertInto('sign_in_failures')
    .values({ key, window_started_at: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`CASE WHEN ${windowOver} THEN 1 ELSE sign_in_failures.failures + 1 END`,
        window_started_at: sql<number>`CASE WHEN ${windowOver} THEN ${now} ELSE sign_in_failures.window_started_at END`,
      }),
    )
    .execute();
}

export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
}

/** Counters whose window ended before `before` say nothing any more. */
export async function deleteOldFailures(db: Kysely<Database>, before: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('window_started_at', '<=', before).execute();
}
