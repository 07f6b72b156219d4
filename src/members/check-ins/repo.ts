import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface CheckInRow {
  id: string;
  program_id: string;
  member_id: string;
  kind: string;
  local_minute: number;
  due_at: number;
  answer_by: number | null;
  days_left: number;
  misses: number;
  escalate_minutes: number;
  stage: string;
  told_at: number | null;
  created_at: number;
}

export async function insertCheckIn(db: Db, row: CheckInRow): Promise<void> {
  await db.insertInto('member_check_ins').values(row).execute();
}

export async function checkInsOf(db: Db, memberId: string): Promise<CheckInRow[]> {
  return db.selectFrom('member_check_ins').selectAll().where('member_id', '=', memberId).orderBy('due_at').execute();
}

export async function checkInsOfProgram(db: Db, programId: string): Promise<CheckInRow[]> {
  return db.selectFrom('member_check_ins').selectAll().where('program_id', '=', programId).execute();
}

/** Everything a sweep at `now` may have to act on. */
export async function due(db: Db, now: number, escalateBefore: (row: CheckInRow) => boolean): Promise<CheckInRow[]> {
  const rows = await db
    .selectFrom('member_check_ins')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('stage', '=', 'set'), eb('due_at', '<=', now)]),
        eb.and([eb('stage', '=', 'set'), eb('answer_by', '<=', now)]),
        eb('stage', '=', 'peers'),
      ]),
    )
    .orderBy('due_at')
    .execute();
  return rows.filter((r) => r.stage !== 'peers' || escalateBefore(r));
}

/**
 * Moves a check-in on only if it is still as read: the one conditional update that makes each alert
 * go out once, however many instances sweep at the same moment.
 */
export async function advance(
  db: Db,
  row: Pick<CheckInRow, 'id' | 'stage' | 'due_at' | 'answer_by'>,
  set: Partial<Omit<CheckInRow, 'id' | 'program_id' | 'member_id' | 'created_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('member_check_ins')
    .set(set)
    .where('id', '=', row.id)
    .where('stage', '=', row.stage)
    .where('due_at', '=', row.due_at)
    .where((eb) => (row.answer_by === null ? eb('answer_by', 'is', null) : eb('answer_by', '=', row.answer_by)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteIfStage(db: Db, id: string, stage: string): Promise<boolean> {
  const result = await db
    .deleteFrom('member_check_ins')
    .where('id', '=', id)
    .where('stage', '=', stage)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteCheckIn(db: Db, programId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('member_check_ins')
    .where('program_id', '=', programId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
