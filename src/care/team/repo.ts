import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** Looking after the team's own SQL: breaks that end by themselves, and cool-down offers (migration 017). */
type Db = Kysely<Database>;

export type TimedBreak = 'step-back' | 'cool-down';

/**
 * Starts a break that ends by itself at `until`, unless a break is already running (one with an
 * end that has passed is over). True if this request started it.
 */
export async function startTimedBreak(
  db: Db,
  who: { programId: string; responderId: string },
  now: number,
  until: number,
  kind: TimedBreak,
): Promise<boolean> {
  const result = await db
    .updateTable('responders')
    .set({ on_break_since: now, break_until: until, break_kind: kind })
    .where('id', '=', who.responderId)
    .where('program_id', '=', who.programId)
    .where((eb) => eb.or([eb('on_break_since', 'is', null), eb('break_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markHard(db: Db, who: { programId: string; responderId: string }, now: number): Promise<void> {
  await db
    .updateTable('responders')
    .set({ cool_down_offered_at: now })
    .where('id', '=', who.responderId)
    .where('program_id', '=', who.programId)
    .execute();
}

export async function settleCoolDown(
  db: Db,
  who: { programId: string; responderId: string },
  now: number,
): Promise<void> {
  await db
    .updateTable('responders')
    .set({ cool_down_settled_at: now })
    .where('id', '=', who.responderId)
    .where('program_id', '=', who.programId)
    .execute();
}

export async function careState(db: Db, who: { programId: string; responderId: string }) {
  return db
    .selectFrom('responders')
    .select(['name', 'on_break_since', 'break_until', 'break_kind', 'cool_down_offered_at', 'cool_down_settled_at'])
    .where('id', '=', who.responderId)
    .where('program_id', '=', who.programId)
    .executeTakeFirst();
}

/** Ends any break (a timed one included); true if there was one. */
export async function endAnyBreak(db: Db, who: { programId: string; responderId: string }): Promise<boolean> {
  const result = await db
    .updateTable('responders')
    .set({ on_break_since: null, break_until: null, break_kind: null })
    .where('id', '=', who.responderId)
    .where('program_id', '=', who.programId)
    .where('on_break_since', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
