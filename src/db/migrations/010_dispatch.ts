import type { Kysely } from 'kysely';

/**
 * Field dispatch (issue 6): going to someone as a team of two to four, with a support person, and
 * following up. Everything about where and who the person is lives only until the response closes
 * (the sealed brief) or until the last follow-up (the contact), and is erased then; what stays for
 * evaluation is times, counts and categories.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // What each responder can bring to a field response ("de-escalation", "naloxone"…), JSON array.
  await db.schema
    .alterTable('responders')
    .addColumn('skills', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  // The program's dispatch settings (JSON), defaults applied when read.
  await db.schema
    .alterTable('programs')
    .addColumn('dispatch', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();

  await db.schema
    .createTable('field_responses')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    // Short, shown and texted instead of anything about the person ("R4"); unique among open responses.
    .addColumn('alias', 'text', (c) => c.notNull())
    // Where the request came from: a call, a conversation, or neither (a walk-in the team heard of).
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text')
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    // What the person agreed to (JSON array of categories); the visit itself must be among them.
    .addColumn('agreed', 'text', (c) => c.notNull())
    .addColumn('consent_at', 'bigint', (c) => c.notNull())
    // The brief (place, optional map point, what is needed), sealed in the browser: JSON without keys.
    .addColumn('brief_sealed', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('form_by', 'bigint', (c) => c.notNull())
    .addColumn('formed_at', 'bigint')
    .addColumn('check_in_due_at', 'bigint')
    .addColumn('last_check_in_at', 'bigint')
    .addColumn('missed_check_in_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .addColumn('outcome', 'text')
    // For follow-ups, with the person's consent: their number sealed under the server key, erased after the last follow-up.
    .addColumn('contact_sealed', 'text')
    .addColumn('contact_erase_after', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('field_responses_by_program_state')
    .on('field_responses')
    .columns(['program_id', 'state'])
    .execute();

  await db.schema
    .createTable('field_brief_readers')
    .addColumn('response_id', 'text', (c) => c.notNull().references('field_responses.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull())
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('field_brief_readers_pk', ['response_id', 'responder_id'])
    .execute();

  await db.schema
    .createTable('field_members')
    .addColumn('response_id', 'text', (c) => c.notNull().references('field_responses.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull())
    // `field` (goes out) or `support` (debriefs and holds the team).
    .addColumn('role', 'text', (c) => c.notNull())
    // asked → accepted → on_the_way → on_scene → leaving → clear; or declined, timed_out, released.
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('eta_minutes', 'integer')
    .addColumn('asked_at', 'bigint', (c) => c.notNull())
    .addColumn('answer_by', 'bigint', (c) => c.notNull())
    .addColumn('answered_at', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('field_members_pk', ['response_id', 'responder_id'])
    .execute();

  // Emergency services by consent, and police contact if it ever happened: counted by category, for evaluation.
  await db.schema
    .createTable('field_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('field_responses.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('debriefs')
    .addColumn('response_id', 'text', (c) => c.notNull().references('field_responses.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull())
    .addColumn('support_id', 'text')
    .addColumn('done_at', 'bigint')
    // Optional words, sealed to the participants in the browser: a whole SealedRecord as JSON.
    .addColumn('sealed', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('debriefs_pk', ['response_id', 'responder_id'])
    .execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('response_id', 'text', (c) => c.notNull().references('field_responses.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull())
    // `call`, `text` (a check-in) or `accompany` (to an appointment).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('assigned_to', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('reminded_at', 'bigint')
    .addColumn('done_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('follow_ups_due').on('follow_ups').columns(['done_at', 'due_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'follow_ups',
    'debriefs',
    'field_events',
    'field_members',
    'field_brief_readers',
    'field_responses',
  ])
    await db.schema.dropTable(table).execute();
  await db.schema.alterTable('programs').dropColumn('dispatch').execute();
  await db.schema.alterTable('responders').dropColumn('skills').execute();
}
