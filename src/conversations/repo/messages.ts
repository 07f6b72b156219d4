import type { MessageDirection } from '../../db/schema-texting';
import type { Db, StoredReader } from '../types';

export type { StoredReader } from '../types';

/** Takes the next sequence number for a message in this conversation, counting it by direction. */
export async function nextSeq(
  db: Db,
  id: string,
  direction: MessageDirection,
  media: number,
  now: number,
): Promise<number> {
  const row = await db
    .updateTable('conversations')
    .set((eb) => ({
      message_count: eb('message_count', '+', 1),
      ...(direction === 'in'
        ? { inbound_count: eb('inbound_count', '+', 1) }
        : { outbound_count: eb('outbound_count', '+', 1) }),
      media_count: eb('media_count', '+', media),
      last_activity_at: now,
      updated_at: now,
    }))
    .where('id', '=', id)
    .returning('message_count')
    .executeTakeFirstOrThrow();
  return row.message_count;
}

export interface NewMessage {
  id: string;
  conversationId: string;
  seq: number;
  direction: MessageDirection;
  authorId: string | null;
  sealed: string | null;
  readers: StoredReader[];
  mediaCount: number;
  providerKey: string | null;
  autoReplies: string[];
  at: number;
}

export async function insertMessage(db: Db, m: NewMessage): Promise<void> {
  await db
    .insertInto('conversation_messages')
    .values({
      id: m.id,
      conversation_id: m.conversationId,
      seq: m.seq,
      direction: m.direction,
      author_id: m.authorId,
      sealed: m.sealed,
      media_count: m.mediaCount,
      provider_key: m.providerKey,
      provider_ref: null,
      delivery: null,
      auto_replies: JSON.stringify(m.autoReplies),
      at: m.at,
    })
    .execute();
  if (m.readers.length > 0) {
    await db
      .insertInto('message_readers')
      .values(m.readers.map((r) => ({ message_id: m.id, reader: r.reader, key_id: r.keyId, sealed_key: r.sealedKey })))
      .execute();
  }
}

export async function messageByProviderKey(db: Db, providerKey: string) {
  return db
    .selectFrom('conversation_messages')
    .select(['id', 'conversation_id', 'auto_replies'])
    .where('provider_key', '=', providerKey)
    .executeTakeFirst();
}

export async function setDelivery(db: Db, providerRef: string, delivery: string): Promise<void> {
  await db.updateTable('conversation_messages').set({ delivery }).where('provider_ref', '=', providerRef).execute();
}

export async function setProviderRef(db: Db, messageId: string, providerRef: string, delivery: string): Promise<void> {
  await db
    .updateTable('conversation_messages')
    .set({ provider_ref: providerRef, delivery })
    .where('id', '=', messageId)
    .execute();
}

/** Messages of a conversation with the sealed key of one reader (absent where they are not a reader). */
export async function messagesFor(db: Db, conversationId: string, reader: string) {
  return db
    .selectFrom('conversation_messages as m')
    .leftJoin('message_readers as r', (join) => join.onRef('r.message_id', '=', 'm.id').on('r.reader', '=', reader))
    .select([
      'm.id',
      'm.seq',
      'm.direction',
      'm.author_id',
      'm.sealed',
      'm.media_count',
      'm.delivery',
      'm.at',
      'r.key_id',
      'r.sealed_key',
    ])
    .where('m.conversation_id', '=', conversationId)
    .orderBy('m.seq')
    .execute();
}

export async function addReaders(db: Db, rows: { messageId: string; reader: StoredReader }[]): Promise<void> {
  for (const { messageId, reader } of rows) {
    await db
      .insertInto('message_readers')
      .values({ message_id: messageId, reader: reader.reader, key_id: reader.keyId, sealed_key: reader.sealedKey })
      .onConflict((oc) =>
        oc.columns(['message_id', 'reader']).doUpdateSet({ key_id: reader.keyId, sealed_key: reader.sealedKey }),
      )
      .execute();
  }
}

/** Whether a message with this id is stored (a page's retry of a message it already sent). */
export async function messageExists(db: Db, id: string): Promise<boolean> {
  return (
    (await db.selectFrom('conversation_messages').select('id').where('id', '=', id).executeTakeFirst()) !== undefined
  );
}

/** The program of the message the provider knows by this id, if Kith stored one. */
export async function programOfMessage(db: Db, providerRef: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('conversation_messages as m')
    .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
    .select('c.program_id')
    .where('m.provider_ref', '=', providerRef)
    .executeTakeFirst();
  return row?.program_id;
}
