import type { Kysely } from 'kysely';

/**
 * Short notes for a shift, carried by the briefing (issue 17, src/rota/briefing/notes/): sealed in the
 * writer's browser to the people on that shift, deleted when the shift ends.
 * - `shift_notes`: the sealed body (`{ v, alg, nonce, ciphertext }`, the row id is the associated
 *   data), its writer, and the shift window it is for (`starts_at`, `ends_at`: the writer's shift,
 *   epoch ms, so a daylight-saving change is already counted in).
 * - `shift_note_readers`: one sealed data key per reader, as `note_readers`.
 * Never in a backup; burnt with every other sealed word.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shift_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('author_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shift_notes_end').on('shift_notes').columns(['program_id', 'ends_at']).execute();
  await db.schema
    .createTable('shift_note_readers')
    .addColumn('note_id', 'text', (c) => c.notNull().references('shift_notes.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('shift_note_readers_pk', ['note_id', 'responder_id'])
    .execute();
  await db.schema.createIndex('shift_note_readers_reader').on('shift_note_readers').column('responder_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('shift_note_readers').execute();
  await db.schema.dropTable('shift_notes').execute();
}
