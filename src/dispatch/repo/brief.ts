import type { Db } from './db';

/** The brief's readers: one sealed copy of its key per reader (the body is a column of the response). */

export async function insertBriefReaders(
  db: Db,
  responseId: string,
  readers: { responderId: string; keyId: string; sealedKey: string }[],
): Promise<void> {
  if (readers.length === 0) return;
  await db
    .insertInto('field_brief_readers')
    .values(
      readers.map((r) => ({
        response_id: responseId,
        responder_id: r.responderId,
        key_id: r.keyId,
        sealed_key: r.sealedKey,
      })),
    )
    .execute();
}

export async function briefKeyOf(
  db: Db,
  responseId: string,
  responderId: string,
): Promise<{ keyId: string; sealedKey: string } | undefined> {
  return db
    .selectFrom('field_brief_readers')
    .select(['key_id as keyId', 'sealed_key as sealedKey'])
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
}

/** Someone who will not go (declined, timed out, released) loses their copy of the brief's key. */
export async function dropBriefKey(db: Db, responseId: string, responderId: string): Promise<void> {
  await db
    .deleteFrom('field_brief_readers')
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .execute();
}

/** The brief and every key to it, gone: the response is over (closed, or no team). */
export async function dropBrief(db: Db, responseId: string, now: number): Promise<void> {
  await db.deleteFrom('field_brief_readers').where('response_id', '=', responseId).execute();
  await db
    .updateTable('field_responses')
    .set({ brief_sealed: null, updated_at: now })
    .where('id', '=', responseId)
    .execute();
}
