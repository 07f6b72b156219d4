import type { Kysely } from 'kysely';

/**
 * Members' crisis plans (issue 18, src/members/plans/): an agreement a member makes ahead of a crisis,
 * sealed under a key only their own code or phrase derives (Argon2id), so neither the server's rows nor
 * its key file open it.
 * - `member_plans`: one per member, the sealed plan and its Argon2id parameters, and the wrong-try
 *   counters that rate-limit unlocking. Gone with the member (cascade), never in a backup.
 * - `member_plan_openings` + `member_plan_readers`: a plan unlocked for one call, conversation or field
 *   response, re-sealed to the responders on it (as a brief is to its team); deleted when it closes.
 * - `member_plan_events`: what the member is shown: written, opened (by whom, for what), wrong tries.
 * - `member_plan_links`: the one-time links to the member's plan page, by the hash of their token.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_plans')
    .addColumn('member_id', 'text', (c) => c.primaryKey().references('members.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('window_started_at', 'bigint')
    .addColumn('wrong_in_window', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'bigint')
    .addColumn('wrong_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member_plan_openings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('scope_kind', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('member_plan_openings_scope', ['member_id', 'scope_kind', 'scope_id'])
    .execute();

  await db.schema
    .createTable('member_plan_readers')
    .addColumn('opening_id', 'text', (c) => c.notNull().references('member_plan_openings.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_plan_readers_pk', ['opening_id', 'responder_id'])
    .execute();
  await db.schema
    .createIndex('member_plan_readers_responder')
    .on('member_plan_readers')
    .column('responder_id')
    .execute();

  await db.schema
    .createTable('member_plan_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('scope_kind', 'text')
    .addColumn('who', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_plan_events_member')
    .on('member_plan_events')
    .columns(['member_id', 'at'])
    .execute();

  await db.schema
    .createTable('member_plan_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'member_plan_links',
    'member_plan_events',
    'member_plan_readers',
    'member_plan_openings',
    'member_plans',
  ])
    await db.schema.dropTable(table).execute();
}
