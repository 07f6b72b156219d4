import type { Kysely } from 'kysely';

/**
 * Who opened which note or conversation, and when: kept for the record's life and shredded with it
 * (retention/purge.ts), so a team can review access without a log about callers. No foreign key to
 * responders: a record of access outlives the removal of the person who opened it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('access_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull())
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('responder_id', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('access_records_by_record')
    .on('access_records')
    .columns(['record_kind', 'record_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('access_records').execute();
}
