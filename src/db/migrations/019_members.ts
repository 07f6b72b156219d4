import type { Kysely } from 'kysely';

/**
 * Members (issue 18, first part): the people a peer network serves, with no console. A member is a
 * short number, a language and, optionally, a phone number sealed under the server's keys and found
 * by a keyed hash, never stored in clear. Their chosen people, the program's code book, join codes
 * and check-ins hang off them; every member row cascades, so leaving is one delete. A crisis plan
 * (a later part) will hang off `members.id` the same way.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('members')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('name_sealed', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('phone_sealed', 'text')
    .addColumn('phone_index', 'text')
    .addColumn('duress_index', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('members_number_unique', ['program_id', 'number'])
    .addUniqueConstraint('members_phone_unique', ['program_id', 'phone_index'])
    .execute();

  await db.schema
    .createTable('member_peers')
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('peer_member_id', 'text', (c) => c.references('members.id').onDelete('cascade'))
    .addColumn('peer_responder_id', 'text', (c) => c.references('responders.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('member_peers_pk', ['member_id', 'position'])
    .execute();
  await db.schema.createIndex('member_peers_peer').on('member_peers').column('peer_member_id').execute();

  await db.schema
    .createTable('member_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('meaning', 'text', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addColumn('tells', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('member_codes_unique', ['program_id', 'code'])
    .execute();

  await db.schema
    .createTable('member_join_codes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('uses', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('member_check_ins')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('members.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('local_minute', 'integer', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('answer_by', 'bigint')
    .addColumn('days_left', 'integer', (c) => c.notNull())
    .addColumn('misses', 'integer', (c) => c.notNull())
    .addColumn('escalate_minutes', 'integer', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('told_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('member_check_ins_due').on('member_check_ins').columns(['stage', 'due_at']).execute();

  // Provider ids of member texts already handled (keyed hashes), so a retried webhook relays nothing twice.
  await db.schema
    .createTable('member_texts_seen')
    .addColumn('provider_key', 'text', (c) => c.primaryKey())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'member_texts_seen',
    'member_check_ins',
    'member_join_codes',
    'member_codes',
    'member_peers',
    'members',
  ])
    await db.schema.dropTable(table).execute();
}
