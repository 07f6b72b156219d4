import type { Kysely, OperandValueExpressionOrList } from 'kysely';
import type { Database } from '../db/schema';
import { newId } from '../platform/ids';

/** Access records: the only code that knows their SQL. Every read is scoped to a program. */

type Db = Kysely<Database>;

export type RecordKind = 'note' | 'conversation';

export interface AccessRow {
  responderId: string;
  /** Null once the person has left the roster: the record of their access stays with the record. */
  name: string | null;
  openedAt: number;
}

export interface Opening {
  programId: string;
  kind: RecordKind;
  recordId: string;
  responderId: string;
  at: number;
}

/** Whether this responder already has a record of opening this record since `since` (exclusive). */
export async function openedSince(db: Db, opening: Opening, since: number): Promise<boolean> {
  const row = await db
    .selectFrom('access_records')
    .select('id')
    .where('record_kind', '=', opening.kind)
    .where('record_id', '=', opening.recordId)
    .where('responder_id', '=', opening.responderId)
    .where('opened_at', '>', since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertAccess(db: Db, opening: Opening): Promise<void> {
  await db
    .insertInto('access_records')
    .values({
      id: newId('acc'),
      program_id: opening.programId,
      record_kind: opening.kind,
      record_id: opening.recordId,
      responder_id: opening.responderId,
      opened_at: opening.at,
    })
    .execute();
}

/** Who opened the record and when, newest first, with names from the roster where the person is still on it. */
export async function accessList(db: Db, programId: string, kind: RecordKind, recordId: string): Promise<AccessRow[]> {
  return db
    .selectFrom('access_records')
    .leftJoin('responders', 'responders.id', 'access_records.responder_id')
    .select([
      'access_records.responder_id as responderId',
      'responders.name as name',
      'access_records.opened_at as openedAt',
    ])
    .where('access_records.program_id', '=', programId)
    .where('access_records.record_kind', '=', kind)
    .where('access_records.record_id', '=', recordId)
    .orderBy('access_records.opened_at', 'desc')
    .orderBy('access_records.id')
    .execute();
}

/** Whether the record exists in this program (a record of another program, or none, is "not found"). */
export async function recordExists(db: Db, programId: string, kind: RecordKind, recordId: string): Promise<boolean> {
  const table = kind === 'note' ? 'notes' : 'conversations';
  const row = await db
    .selectFrom(table)
    .select('id')
    .where('id', '=', recordId)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Facts for the access policy: whether the responder reads this note (holds a sealed copy of its key). */
export async function readsNote(db: Db, noteId: string, responderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('note_readers')
    .select('note_id')
    .where('note_id', '=', noteId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Facts for the access policy: who holds the conversation, and whether the responder reads any of its messages. */
export async function conversationFacts(
  db: Db,
  conversationId: string,
  responderId: string,
): Promise<{ claimedBy: string | null; askerReadsAMessage: boolean }> {
  const row = await db
    .selectFrom('conversations')
    .select('claimed_by')
    .where('id', '=', conversationId)
    .executeTakeFirst();
  const reader = await db
    .selectFrom('message_readers')
    .innerJoin('conversation_messages', 'conversation_messages.id', 'message_readers.message_id')
    .select('message_readers.message_id')
    .where('conversation_messages.conversation_id', '=', conversationId)
    .where('message_readers.reader', '=', responderId)
    .executeTakeFirst();
  return { claimedBy: row?.claimed_by ?? null, askerReadsAMessage: reader !== undefined };
}

export async function deleteOfProgram(db: Db, programId: string): Promise<number> {
  const result = await db.deleteFrom('access_records').where('program_id', '=', programId).executeTakeFirstOrThrow();
  return Number(result.numDeletedRows);
}

/** The access records of these records (ids as a list or a subquery), for a purge or an erasure. */
export async function deleteOfRecords(
  db: Db,
  kind: RecordKind,
  recordIds: OperandValueExpressionOrList<Database, 'access_records', 'access_records.record_id'>,
): Promise<number> {
  const result = await db
    .deleteFrom('access_records')
    .where('record_kind', '=', kind)
    .where('access_records.record_id', 'in', recordIds)
    .executeTakeFirstOrThrow();
  return Number(result.numDeletedRows);
}
