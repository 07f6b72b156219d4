import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import type { Logger } from '../platform/logger';
import { clearOwed, dueOwed, insertOwed, oweAfterFirstTry, postponeOwed } from './repo';

/**
 * Copies the phone provider keeps unless Kith deletes them: a text (its body and both numbers) and a
 * call record (the caller's or the responder's number, times, duration). Each is recorded here as a
 * deletion owed — the provider's id and its kind, nothing else — before anything could lose it, and
 * the debt is cleared only when the provider confirms. Providers refuse to delete what they are still
 * processing (Twilio's error 20009: a call until it has completed, a text for a minute or more), so a
 * refused deletion is tried again with growing waits, for about three days, then given up and logged.
 */
export type CopyKind = 'message' | 'call';

/** Waits after each failed try; one more failure after the last gives up. */
export const RETRY_WAIT_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 60 * 60_000,
  12 * 60 * 60_000,
  24 * 60 * 60_000,
  24 * 60 * 60_000,
] as const;

/** Deletes one copy at the provider; one already gone is not an error. */
export type Eraser = (ref: string) => Promise<void>;

export interface CopyDeps {
  db: Kysely<Database>;
  clock: Clock;
  logger: Logger;
  /** How each kind is deleted; a kind with no eraser (no provider configured) keeps its debt. */
  erase: Partial<Record<CopyKind, Eraser>>;
  /** How a paid debt is cleared; default one statement of its own (batched.ts shares one in a surge). */
  clear?: (ref: string) => Promise<void>;
}

/** Records that these copies must be deleted, not before `notBefore`. Works inside a transaction. */
export async function oweDeletions(
  db: Kysely<Database>,
  kind: CopyKind,
  refs: readonly (string | null)[],
  notBefore: number,
): Promise<void> {
  const owed = [...new Set(refs.filter((ref): ref is string => ref !== null && ref !== ''))];
  if (owed.length === 0) return;
  await insertOwed(db, kind, owed, notBefore);
}

/** Deletes the copy now; on success the debt is cleared, on failure it waits for the next retry. */
export async function eraseNow(deps: CopyDeps, kind: CopyKind, ref: string): Promise<void> {
  const erase = deps.erase[kind];
  if (!erase || ref === '') return;
  try {
    await erase(ref);
    await (deps.clear ?? ((paid) => clearOwed(deps.db, paid)))(ref);
  } catch {
    await oweAfterFirstTry(deps.db, kind, ref, deps.clock.now() + RETRY_WAIT_MS[0]);
  }
}

export interface RetryReport {
  deleted: number;
  refused: number;
  gaveUp: number;
}

/**
 * Tries the owed deletions that are due, each with its kind's eraser. Several instances may run this
 * at once: a deletion is idempotent (gone is success), so the worst case is one request twice.
 */
export async function retryOwedDeletions(deps: CopyDeps): Promise<RetryReport> {
  const report: RetryReport = { deleted: 0, refused: 0, gaveUp: 0 };
  const kinds = (Object.keys(deps.erase) as CopyKind[]).filter((kind) => deps.erase[kind] !== undefined);
  if (kinds.length === 0) return report;
  const now = deps.clock.now();
  const due = await dueOwed(deps.db, kinds, now, 200);
  for (const debt of due) {
    const erase = deps.erase[debt.kind as CopyKind];
    if (!erase) continue;
    try {
      await erase(debt.message_ref);
      await clearOwed(deps.db, debt.message_ref);
      report.deleted += 1;
    } catch {
      const wait = RETRY_WAIT_MS[debt.attempts];
      if (wait === undefined) {
        await clearOwed(deps.db, debt.message_ref);
        report.gaveUp += 1;
      } else {
        await postponeOwed(deps.db, debt.message_ref, debt.attempts + 1, now + wait);
        report.refused += 1;
      }
    }
  }
  if (report.gaveUp > 0)
    deps.logger.warn(
      { gaveUp: report.gaveUp },
      'the provider would not delete some texts or call records after three days of trying; delete them in its console',
    );
  return report;
}
