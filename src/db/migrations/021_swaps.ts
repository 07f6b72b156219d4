import type { Kysely } from 'kysely';

/**
 * Swaps, cover and time away (issue 17, src/rota/swaps/). Shift times, roles and who, never a word
 * anyone wrote: a time-away request carries a reason category at most.
 * - `shift_offers`: a responder offers (part of) one of their shifts; `code` is what teammates text
 *   back ("TAKE S12"). The first taker wins by one conditional update of `state` (open → taken, or
 *   → pending while a coordinator approves). Forgotten two days after the offered stretch ends.
 * - `away_requests`: a responder asks for time away; a coordinator approves (it becomes a `shift_overrides`
 *   row of kind `off`) or declines. Forgotten two days after the stretch ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('shift_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('code', 'integer', (c) => c.notNull())
    .addColumn('giver_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('taker_id', 'text', (c) => c.references('responders.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('taken_at', 'bigint')
    .addColumn('decided_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('decided_at', 'bigint')
    .addUniqueConstraint('shift_offers_code', ['program_id', 'code'])
    .execute();
  await db.schema.createIndex('shift_offers_state').on('shift_offers').columns(['program_id', 'state']).execute();
  await db.schema.createIndex('shift_offers_ends').on('shift_offers').column('ends_at').execute();

  await db.schema
    .createTable('away_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('decided_at', 'bigint')
    .execute();
  await db.schema.createIndex('away_requests_state').on('away_requests').columns(['program_id', 'state']).execute();
  await db.schema.createIndex('away_requests_ends').on('away_requests').column('ends_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['away_requests', 'shift_offers']) await db.schema.dropTable(table).execute();
}
