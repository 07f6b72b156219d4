import { sql, type Kysely } from 'kysely';

/**
 * The shift-start briefing (issue 17, src/rota/briefing/): the emergency plan is versioned and a
 * responder on call must have read the current version (and, if the program asks, read it again
 * every N shifts) before they are rung.
 * - `programs.plan_version`, `plan_version_at`: the plan's version (0: never written, nothing to
 *   read) and when it was saved. Only the current text is kept (`emergency_plan`): an old version
 *   is a number and a time, never words.
 * - `responders.briefed_version`, `briefed_at`: the last version they acknowledged, and when.
 *   `briefed_shifts`: shifts begun under that acknowledgement, counting the current one.
 *   `shift_seen_at`: when the sweep first saw the shift they are on (null off shift, or not seen yet).
 * - `briefing_links`: one-time links texted at shift start, found by the hash of a random token
 *   (the token is never stored), expiring, for one responder and one version.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('plan_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('programs').addColumn('plan_version_at', 'bigint').execute();
  // A plan already written is version 1: everyone reads it once.
  await sql`update programs set plan_version = 1, plan_version_at = emergency_plan_updated_at
            where emergency_plan <> '' and emergency_plan_updated_at is not null`.execute(db);

  await db.schema
    .alterTable('responders')
    .addColumn('briefed_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('responders').addColumn('briefed_at', 'bigint').execute();
  await db.schema
    .alterTable('responders')
    .addColumn('briefed_shifts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('responders').addColumn('shift_seen_at', 'bigint').execute();

  await db.schema
    .createTable('briefing_links')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('briefing_links_expiry').on('briefing_links').column('expires_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('briefing_links').execute();
  for (const column of ['shift_seen_at', 'briefed_shifts', 'briefed_at', 'briefed_version'])
    await db.schema.alterTable('responders').dropColumn(column).execute();
  for (const column of ['plan_version_at', 'plan_version'])
    await db.schema.alterTable('programs').dropColumn(column).execute();
}
