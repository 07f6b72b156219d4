import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** The console's own SQL: a responder's break, and the little about them the home page shows. */

type Db = Kysely<Database>;

/** Starts a break unless one is already running; true if this request started it. */
export async function startBreak(db: Db, programId: string, responderId: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('responders')
    .set({ on_break_since: now, break_until: null, break_kind: null })
    .where('id', '=', responderId)
    .where('program_id', '=', programId)
    // A break that ended by itself (a cool-down, a step-back past its shift) is no break.
    .where((eb) => eb.or([eb('on_break_since', 'is', null), eb('break_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a running break; true if there was one. */
export async function endBreak(db: Db, programId: string, responderId: string): Promise<boolean> {
  const result = await db
    .updateTable('responders')
    .set({ on_break_since: null, break_until: null, break_kind: null })
    .where('id', '=', responderId)
    .where('program_id', '=', programId)
    .where('on_break_since', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Name, roles, status and break of one responder; never their number. */
export async function findMe(db: Db, programId: string, responderId: string) {
  return db
    .selectFrom('responders')
    .select(['id', 'name', 'roles', 'status', 'on_break_since'])
    .where('id', '=', responderId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}
