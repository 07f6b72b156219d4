import type { Insertable } from 'kysely';
import type { BlockedSendersTable } from '../../db/schema-texting';
import type { Db } from '../types';

export async function isOptedOut(db: Db, programId: string, senderIndex: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('sms_opt_outs')
      .select('created_at')
      .where('program_id', '=', programId)
      .where('sender_index', '=', senderIndex)
      .executeTakeFirst()) !== undefined
  );
}

/** Which of these senders have texted STOP: one query for a whole list. */
export async function optedOutAmong(db: Db, programId: string, senderIndexes: string[]): Promise<Set<string>> {
  if (senderIndexes.length === 0) return new Set();
  const rows = await db
    .selectFrom('sms_opt_outs')
    .select('sender_index')
    .where('program_id', '=', programId)
    .where('sender_index', 'in', senderIndexes)
    .execute();
  return new Set(rows.map((r) => r.sender_index));
}

export async function setOptOut(
  db: Db,
  programId: string,
  senderIndex: string,
  optedOut: boolean,
  now: number,
): Promise<void> {
  if (!optedOut) {
    await db
      .deleteFrom('sms_opt_outs')
      .where('program_id', '=', programId)
      .where('sender_index', '=', senderIndex)
      .execute();
    return;
  }
  await db
    .insertInto('sms_opt_outs')
    .values({ program_id: programId, sender_index: senderIndex, created_at: now })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function isBlocked(db: Db, programId: string, senderIndex: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('blocked_senders')
      .select('created_at')
      .where('program_id', '=', programId)
      .where('sender_index', '=', senderIndex)
      .executeTakeFirst()) !== undefined
  );
}

export async function block(db: Db, row: Insertable<BlockedSendersTable>): Promise<void> {
  await db
    .insertInto('blocked_senders')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}

// The keys that hold texters' numbers (see ../sender-keys.ts); each sealed under the server's root.

export async function sealedSenderKey(db: Db, id: string): Promise<string | undefined> {
  return (await db.selectFrom('sender_keys').select('key_sealed').where('id', '=', id).executeTakeFirst())?.key_sealed;
}

export async function newestSenderKey(db: Db): Promise<{ id: string; created_at: number } | undefined> {
  return db
    .selectFrom('sender_keys')
    .select(['id', 'created_at'])
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertSenderKey(
  db: Db,
  row: { id: string; key_sealed: string; created_at: number },
): Promise<void> {
  await db.insertInto('sender_keys').values(row).execute();
}

/** Deletes every key made at or before `madeBy` that no conversation still holds a number under. */
export async function deleteUnusedSenderKeys(db: Db, madeBy: number): Promise<number> {
  const result = await db
    .deleteFrom('sender_keys')
    .where('created_at', '<=', madeBy)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('conversations').select('id').whereRef('conversations.sender_key_id', '=', 'sender_keys.id')),
      ),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
