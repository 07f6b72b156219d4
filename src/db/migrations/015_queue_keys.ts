import type { Kysely } from 'kysely';

/**
 * The web chat's queue key (issue 15): one X25519 public key per program that a waiting chat's
 * messages are sealed to, so `GET /chat/readers` gives the same answer at every hour and says
 * nothing of who is on call. Its secret is made in a coordinator's browser and sealed there to each
 * phone-role member's and coordinator's current key, one row each; the server never sees it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('queue_keys')
    .addColumn('program_id', 'text', (c) => c.primaryKey().references('programs.id').onDelete('cascade'))
    .addColumn('key_id', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('rotate_since', 'bigint')
    .execute();

  await db.schema
    .createTable('queue_key_wraps')
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    // No foreign key to responders: removing someone must leave their wrap for the roster check to
    // find, delete and turn into "rotate", not cascade it away unseen.
    .addColumn('responder_id', 'text', (c) => c.notNull())
    .addColumn('queue_key_id', 'text', (c) => c.notNull())
    .addColumn('member_key_id', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull())
    .addColumn('added_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('queue_key_wraps_pk', ['program_id', 'responder_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('queue_key_wraps').execute();
  await db.schema.dropTable('queue_keys').execute();
}
