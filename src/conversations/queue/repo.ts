import type { Selectable } from 'kysely';
import type { QueueKeyWrapsTable, QueueKeysTable } from '../../db/schema-texting';
import type { Db } from '../types';

/** The queue key's SQL: one key row per program, and one wrapped secret per member. */

export type QueueKeyRow = Selectable<QueueKeysTable>;
export type QueueWrapRow = Selectable<QueueKeyWrapsTable>;

export async function queueKeyOf(db: Db, programId: string): Promise<QueueKeyRow | undefined> {
  return db.selectFrom('queue_keys').selectAll().where('program_id', '=', programId).executeTakeFirst();
}

/**
 * Makes `key` the program's queue key in place of `replaces` (null: the first), with every wrap of
 * the old one. False when `replaces` is no longer the current key: someone else won.
 */
export async function putQueueKey(
  db: Db,
  key: Omit<QueueKeyRow, 'rotate_since'>,
  replaces: string | null,
): Promise<boolean> {
  if (replaces !== null) {
    const gone = await db
      .deleteFrom('queue_keys')
      .where('program_id', '=', key.program_id)
      .where('key_id', '=', replaces)
      .executeTakeFirst();
    if (Number(gone.numDeletedRows) !== 1) return false;
  }
  await db.deleteFrom('queue_key_wraps').where('program_id', '=', key.program_id).execute();
  // The first key of a program: the primary key lets only one of two consoles in.
  await db
    .insertInto('queue_keys')
    .values({ ...key, rotate_since: null })
    .onConflict((oc) => oc.column('program_id').doNothing())
    .execute();
  const now = await queueKeyOf(db, key.program_id);
  return now?.key_id === key.key_id;
}

export async function markRotate(db: Db, programId: string, now: number): Promise<void> {
  await db
    .updateTable('queue_keys')
    .set({ rotate_since: now })
    .where('program_id', '=', programId)
    .where('rotate_since', 'is', null)
    .execute();
}

export async function wrapsOf(db: Db, programId: string): Promise<QueueWrapRow[]> {
  return db.selectFrom('queue_key_wraps').selectAll().where('program_id', '=', programId).execute();
}

export async function putWraps(db: Db, rows: QueueWrapRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insertInto('queue_key_wraps')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['program_id', 'responder_id']).doUpdateSet({
          queue_key_id: row.queue_key_id,
          member_key_id: row.member_key_id,
          sealed: row.sealed,
          added_by: row.added_by,
          added_at: row.added_at,
        }),
      )
      .execute();
  }
}

export async function deleteWraps(db: Db, programId: string, responderIds: string[]): Promise<void> {
  if (responderIds.length === 0) return;
  await db
    .deleteFrom('queue_key_wraps')
    .where('program_id', '=', programId)
    .where('responder_id', 'in', responderIds)
    .execute();
}

/** A waiting chat's messages as sealed to the queue key, for re-sealing under a new one. */
export async function queueSealedOfWaitingChats(
  db: Db,
  programId: string,
): Promise<{ messageId: string; sealed: string; keyId: string; sealedKey: string }[]> {
  const rows = await db
    .selectFrom('message_readers as r')
    .innerJoin('conversation_messages as m', 'm.id', 'r.message_id')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select(['m.id as messageId', 'm.sealed as sealed', 'r.key_id as keyId', 'r.sealed_key as sealedKey'])
    .where('c.program_id', '=', programId)
    .where('c.state', '!=', 'closed')
    .where('c.channel', '=', 'chat')
    .where('r.reader', '=', 'queue')
    .execute();
  return rows.flatMap((r) => (r.sealed ? [{ ...r, sealed: r.sealed }] : []));
}
