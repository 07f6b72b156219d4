import type { Kysely } from 'kysely';

/**
 * The responder's console: end-to-end sealed notes and who may read them, breaks, and the
 * program's emergency plan.
 *
 * A note row holds only what the server needs to route it: the program, the author, the call it is
 * about, times, and the sealed body (nonce and ciphertext, JSON). The data key exists only sealed
 * to each reader, one `note_readers` row each; the server holds no key that opens either.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notes')
    // Chosen by the browser: it is the associated data of the ciphertext, sealed before the server sees it.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('call_id', 'text', (c) => c.references('calls.id').onDelete('set null'))
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notes_program_call').on('notes').columns(['program_id', 'call_id']).execute();
  await db.schema.createIndex('notes_author').on('notes').column('author_id').execute();

  await db.schema
    .createTable('note_readers')
    .addColumn('note_id', 'text', (c) => c.notNull().references('notes.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    // The reader's key id when the data key was sealed to them; a later reset gives them a new one.
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('note_readers_pk', ['note_id', 'responder_id'])
    .execute();
  await db.schema.createIndex('note_readers_responder').on('note_readers').column('responder_id').execute();

  // Set while a responder is on break; the availability query never rings them then.
  await db.schema.alterTable('responders').addColumn('on_break_since', 'bigint').execute();

  // Written by the coordinator for the team; about the program, never about callers, so held in clear.
  await db.schema
    .alterTable('programs')
    .addColumn('emergency_plan', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('programs').addColumn('emergency_plan_updated_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('note_readers').ifExists().execute();
  await db.schema.dropTable('notes').ifExists().execute();
  await db.schema.alterTable('programs').dropColumn('emergency_plan_updated_at').execute();
  await db.schema.alterTable('programs').dropColumn('emergency_plan').execute();
  await db.schema.alterTable('responders').dropColumn('on_break_since').execute();
}
