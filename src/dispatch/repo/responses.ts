import type { FieldResponsesTable } from '../../db/schema-dispatch';
import type { Insertable } from 'kysely';
import { OPEN_STATES } from '../types';
import { isPostgres, type Db, type ResponseRow } from './db';

/** Field responses: finding, locking, and each change of state a response goes through. */

export async function findResponse(db: Db, programId: string, id: string): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/**
 * Reads a response inside a transaction and, on PostgreSQL, locks its row until the transaction
 * ends: two answers for the last place take turns, so exactly one gets it. SQLite transactions are
 * already serialized by its single writer.
 */
export async function lockResponse(trx: Db, programId: string, id: string): Promise<ResponseRow | undefined> {
  let query = trx.selectFrom('field_responses').selectAll().where('id', '=', id).where('program_id', '=', programId);
  if (isPostgres(trx)) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Serializes alias choice within a program on PostgreSQL (two requests at once must not both take R4). */
export async function lockProgram(trx: Db, programId: string): Promise<void> {
  if (isPostgres(trx)) await trx.selectFrom('programs').select('id').where('id', '=', programId).forUpdate().execute();
}

export async function openByAlias(db: Db, programId: string, alias: string): Promise<ResponseRow | undefined> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('program_id', '=', programId)
    .where('alias', '=', alias)
    .where('state', 'in', [...OPEN_STATES])
    .executeTakeFirst();
}

export async function openAliases(db: Db, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('field_responses')
    .select('alias')
    .where('program_id', '=', programId)
    .where('state', 'in', [...OPEN_STATES])
    .execute();
  return new Set(rows.map((r) => r.alias));
}

/** Open responses, then those that ended since `since`, newest first. */
export async function boardRows(db: Db, programId: string, since: number): Promise<ResponseRow[]> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('state', 'in', [...OPEN_STATES]), eb('closed_at', '>=', since)]))
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function allOpen(db: Db): Promise<ResponseRow[]> {
  return db
    .selectFrom('field_responses')
    .selectAll()
    .where('state', 'in', [...OPEN_STATES])
    .orderBy('created_at')
    .execute();
}

export async function insertResponse(db: Db, row: Insertable<FieldResponsesTable>): Promise<void> {
  await db.insertInto('field_responses').values(row).execute();
}

/** A response's alias and program, by id alone: for a phone call that carries only the id. */
export async function aliasOf(db: Db, id: string): Promise<{ alias: string; programId: string } | undefined> {
  return db
    .selectFrom('field_responses')
    .select(['alias', 'program_id as programId'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Whether the call or conversation a response came from is this program's. */
export async function sourceExists(db: Db, programId: string, kind: 'call' | 'conversation', id: string) {
  const table = kind === 'call' ? 'calls' : 'conversations';
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Enough people said yes: the team is formed, and its check-in clock starts. */
export async function markFormed(db: Db, id: string, now: number, checkInDueAt: number): Promise<void> {
  await db
    .updateTable('field_responses')
    .set({ state: 'formed', formed_at: now, check_in_due_at: checkInDueAt, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function markNoTeam(db: Db, id: string, now: number): Promise<void> {
  await db
    .updateTable('field_responses')
    .set({ state: 'no_team', closed_at: now, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function markClosed(db: Db, id: string, outcome: string, now: number): Promise<void> {
  await db
    .updateTable('field_responses')
    .set({ state: 'closed', closed_at: now, outcome, check_in_due_at: null, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** A check-in: the next one falls due at `dueAt`, and a missed one or a call made for this round is cleared. */
export async function checkpoint(db: Db, id: string, now: number, dueAt: number): Promise<void> {
  await db
    .updateTable('field_responses')
    .set({
      check_in_due_at: dueAt,
      last_check_in_at: now,
      missed_check_in_at: null,
      check_in_called_at: null,
      updated_at: now,
    })
    .where('id', '=', id)
    .where('state', '=', 'formed')
    .execute();
}

/** Marks this round's check-in missed, once; whether this call marked it (another instance may have). */
export async function markMissedCheckIn(db: Db, id: string, now: number): Promise<boolean> {
  const marked = await db
    .updateTable('field_responses')
    .set({ missed_check_in_at: now, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', 'formed')
    .where('missed_check_in_at', 'is', null)
    .where('check_in_due_at', '<=', now)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

/** Claims this round's check-in call; whether this call claimed it (another instance may have rung). */
export async function markCheckInCalled(db: Db, id: string, now: number): Promise<boolean> {
  const marked = await db
    .updateTable('field_responses')
    .set({ check_in_called_at: now })
    .where('id', '=', id)
    .where('check_in_called_at', 'is', null)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}
