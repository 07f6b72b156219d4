import { sql, type Kysely } from 'kysely';

/**
 * Texting: conversations by SMS and web chat, their sealed messages, the rotating keys that hold a
 * texter's number while a conversation is open, opt-outs and blocks.
 *
 * What rests here about a person: a keyed hash of their number and the number sealed under a sender
 * key (both erased once the conversation has been closed for the program's grace period, and the
 * sender key itself deleted once nothing uses it), and message bodies sealed to responders' public
 * keys, which the server never holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sender_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // A random 32-byte key, sealed with the server key bound to this row's id.
    .addColumn('key_sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('sender_index', 'text')
    .addColumn('sender_sealed', 'text')
    .addColumn('sender_key_id', 'text', (c) => c.references('sender_keys.id'))
    .addColumn('person_public_key', 'text')
    .addColumn('claimed_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('tier_since', 'bigint', (c) => c.notNull())
    .addColumn('alerted_tier', 'text')
    .addColumn('claimed_at', 'bigint')
    .addColumn('first_response_at', 'bigint')
    .addColumn('last_activity_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('erase_after', 'bigint')
    .addColumn('outcome', 'text')
    .addColumn('message_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inbound_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outbound_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('media_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('disclosed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('off_hours_told', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('no_answer_told', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conversations_program_state')
    .on('conversations')
    .columns(['program_id', 'state'])
    .execute();
  await db.schema
    .createIndex('conversations_sender')
    .on('conversations')
    .columns(['program_id', 'sender_index'])
    .execute();
  // One open conversation per sender, even when two of their texts arrive at once on two instances.
  await db.schema
    .createIndex('conversations_one_open_per_sender')
    .unique()
    .on('conversations')
    .columns(['program_id', 'sender_index'])
    .where(sql.ref('state'), '<>', 'closed')
    .execute();
  await db.schema.createIndex('conversations_erase').on('conversations').column('erase_after').execute();

  await db.schema
    .createTable('conversation_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.references('responders.id').onDelete('set null'))
    // JSON { v, alg, nonce, ciphertext } or null when the message had no words (a picture alone).
    .addColumn('sealed', 'text')
    .addColumn('media_count', 'integer', (c) => c.notNull().defaultTo(0))
    // Keyed hash of the provider's message id: a retried webhook finds the message it already stored.
    .addColumn('provider_key', 'text', (c) => c.unique())
    .addColumn('provider_ref', 'text')
    .addColumn('delivery', 'text')
    // Which automatic replies this inbound text earned (catalog keys, never words), so a retry gets the same.
    .addColumn('auto_replies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('conversation_messages_seq', ['conversation_id', 'seq'])
    .execute();

  await db.schema
    .createTable('message_readers')
    .addColumn('message_id', 'text', (c) => c.notNull().references('conversation_messages.id').onDelete('cascade'))
    // A responder's id, or "person" for the web-chat visitor's own key.
    .addColumn('reader', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_readers_pk', ['message_id', 'reader'])
    .execute();
  await db.schema.createIndex('message_readers_reader').on('message_readers').column('reader').execute();

  // Carriers require that STOP holds until START: a keyed hash of the number, nothing else.
  await db.schema
    .createTable('sms_opt_outs')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('sender_index', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sms_opt_outs_pk', ['program_id', 'sender_index'])
    .execute();

  await db.schema
    .createTable('blocked_senders')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    // SMS: keyed hash of the number. Chat: keyed hash of the chat session.
    .addColumn('sender_index', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('blocked_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('blocked_senders_pk', ['program_id', 'sender_index'])
    .execute();

  // Texts whose copy at the provider could not be deleted yet (the provider refuses while it is still
  // processing one): tried again by the sweep. The provider's id only — no number, no words.
  await db.schema
    .createTable('provider_deletions')
    .addColumn('message_ref', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('not_before', 'bigint', (c) => c.notNull())
    .execute();

  // Per-program texting settings (JSON), defaults applied when read.
  await db.schema
    .alterTable('programs')
    .addColumn('texting', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'provider_deletions',
    'blocked_senders',
    'sms_opt_outs',
    'message_readers',
    'conversation_messages',
    'conversations',
    'sender_keys',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('programs').dropColumn('texting').execute();
}
