import type { Kysely } from 'kysely';

// Migrations use only column types both SQLite and PostgreSQL understand the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('programs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone_number', 'text', (c) => c.unique())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('default_country', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('responds_to', 'text', (c) => c.notNull())
    .addColumn('hours', 'text', (c) => c.notNull())
    .addColumn('messages', 'text', (c) => c.notNull())
    .addColumn('ring_timeout_seconds', 'integer', (c) => c.notNull())
    .addColumn('ring_strategy', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('responders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('phone_sealed', 'text')
    .addColumn('phone_index', 'text')
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('roles', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('responders_phone_unique', ['program_id', 'phone_index'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('revoked_at', 'bigint')
    .execute();

  await db.schema
    .createTable('setup_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('used_at', 'bigint')
    .execute();

  await db.schema
    .createTable('shift_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start_minute', 'integer', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shift_rules_program').on('shift_rules').columns(['program_id', 'weekday']).execute();

  await db.schema
    .createTable('shift_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('tier', 'text')
    .addColumn('starts_at', 'bigint', (c) => c.notNull())
    .addColumn('ends_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('shift_overrides_program_time')
    .on('shift_overrides')
    .columns(['program_id', 'ends_at'])
    .execute();

  await db.schema
    .createTable('calls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('call_key', 'text', (c) => c.notNull().unique())
    .addColumn('caller_leg_ref', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('phase', 'text')
    .addColumn('phase_started_at', 'bigint')
    .addColumn('started_at', 'bigint', (c) => c.notNull())
    .addColumn('ring_started_at', 'bigint')
    .addColumn('answered_at', 'bigint')
    .addColumn('ended_at', 'bigint')
    .addColumn('outcome', 'text')
    .addColumn('end_reason', 'text')
    .addColumn('accepted_by', 'text', (c) => c.references('responders.id').onDelete('set null'))
    .addColumn('accepted_leg_id', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calls_program_started').on('calls').columns(['program_id', 'started_at']).execute();

  await db.schema
    .createTable('call_legs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
    .addColumn('program_id', 'text', (c) => c.notNull())
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('provider_leg_ref', 'text', (c) => c.unique())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('ended_at', 'bigint')
    // Each responder is rung at most once per call: this is also what stops two concurrent
    // routing steps from ringing the same person twice.
    .addUniqueConstraint('call_legs_once_per_call', ['call_id', 'responder_id'])
    .execute();
  await db.schema.createIndex('call_legs_call').on('call_legs').column('call_id').execute();
  await db.schema.createIndex('call_legs_active').on('call_legs').columns(['responder_id', 'ended_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'call_legs',
    'calls',
    'shift_overrides',
    'shift_rules',
    'setup_tokens',
    'api_tokens',
    'responders',
    'programs',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
