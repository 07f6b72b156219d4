import type { Kysely } from 'kysely';

/**
 * Looking after the team (issue 17, src/rota/): calendar feeds, shift reminders and coverage alerts.
 * - `calendar_feeds`: one private feed per responder and scope (`mine`, or `rota` for coordinators),
 *   found by the hash of a long random token in its URL; the token itself is never stored.
 * - `reminder_settings`: when and how each responder wants to hear before a shift.
 * - `push_subscriptions`: a browser's web-push endpoint and keys, sealed under the server's keys,
 *   one per signed-in session, gone with it (cascade: sign-out, expiry, sign-out everywhere, burn).
 * - `rota_notices`: what was already sent (a reminder for one shift, a gap alert at 72 or 24 hours),
 *   claimed by inserting its key first, so two instances or a restart never send one twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('calendar_feeds_owner', ['responder_id', 'scope'])
    .execute();

  await db.schema
    .createTable('reminder_settings')
    .addColumn('responder_id', 'text', (c) => c.primaryKey().references('responders.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    // Exactly one of the two: minutes before the shift, or a local time the evening before.
    .addColumn('lead_minutes', 'integer')
    .addColumn('evening_minute', 'integer')
    .addColumn('by_sms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('by_push', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('push_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('session_hash', 'text', (c) =>
      c.notNull().unique().references('sessions.token_hash').onDelete('cascade'),
    )
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('push_subscriptions_responder').on('push_subscriptions').column('responder_id').execute();

  await db.schema
    .createTable('rota_notices')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // The instant the notice is about (a shift's or a gap's start): past it, the row is purged.
    .addColumn('about_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('rota_notices_about').on('rota_notices').column('about_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['rota_notices', 'push_subscriptions', 'reminder_settings', 'calendar_feeds'])
    await db.schema.dropTable(table).execute();
}
