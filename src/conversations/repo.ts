import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type {
  BlockedSendersTable,
  ConversationsTable,
  ConversationState,
  MessageDirection,
} from '../db/schema-texting';

export type Db = Kysely<Database> | Transaction<Database>;
export type ConversationRow = Selectable<ConversationsTable>;

export interface StoredReader {
  reader: string;
  keyId: string;
  sealedKey: string;
}

export async function findConversation(db: Db, id: string): Promise<ConversationRow | undefined> {
  return db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The sender's conversation that is still open, if any. */
export async function openConversationOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('state', '!=', 'closed')
    .executeTakeFirst();
}

/** The sender's most recently closed conversation that still knows them (within its grace). */
export async function lastClosedOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('state', '=', 'closed')
    .orderBy('closed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findByAlias(db: Db, programId: string, alias: string): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('alias', '=', alias)
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Aliases that must not be given out again yet: open conversations, and closed ones still in their grace. */
export async function aliasesInUse(db: Db, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('conversations')
    .select('alias')
    .where('program_id', '=', programId)
    .where((eb) => eb.or([eb('state', '!=', 'closed'), eb('sender_index', 'is not', null)]))
    .execute();
  return new Set(rows.map((r) => r.alias));
}

export async function insertConversation(db: Db, row: Insertable<ConversationsTable>): Promise<void> {
  await db.insertInto('conversations').values(row).execute();
}

/** A conditional update: applies only in one of `from` states; true if it did (so exactly one racer wins). */
export async function updateIf(
  db: Db,
  id: string,
  from: ConversationState[],
  set: Partial<Omit<ConversationRow, 'id'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records that a tier's alerts are going out; true for exactly one caller, so none are sent twice. */
export async function markAlerted(db: Db, id: string, tier: ConversationRow['tier']): Promise<boolean> {
  const result = await db
    .updateTable('conversations')
    .set({ alerted_tier: tier })
    .where('id', '=', id)
    .where('state', '=', 'waiting')
    .where((eb) => eb.or([eb('alerted_tier', 'is', null), eb('alerted_tier', '!=', tier)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

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

export async function openConversations(db: Db, programId: string): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('state', '!=', 'closed')
    .orderBy('opened_at')
    .execute();
}

export async function recentClosed(db: Db, programId: string, since: number): Promise<ConversationRow[]> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('state', '=', 'closed')
    .where('closed_at', '>=', since)
    .orderBy('closed_at', 'desc')
    .limit(50)
    .execute();
}

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
