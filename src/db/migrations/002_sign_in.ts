import type { Kysely } from 'kysely';

/**
 * Sign-in (issue 3): invites, passphrase credentials, sessions and failure counters.
 * Nothing here can sign anyone in if read: invite and session tokens are stored hashed, the
 * verifier is a keyed hash of a key the browser derives, and sign-in names are stored only as
 * keyed hashes. Used invites and ended sessions are deleted, not flagged: less to seize.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('invites')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('invites_responder').on('invites').column('responder_id').execute();

  await db.schema
    .createTable('credentials')
    .addColumn('responder_id', 'text', (c) => c.primaryKey().references('responders.id').onDelete('cascade'))
    // Keyed hash of the lower-cased sign-in name: unique across the whole install.
    .addColumn('name_key', 'text', (c) => c.notNull().unique())
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('auth_salt', 'text', (c) => c.notNull())
    .addColumn('argon_opslimit', 'integer', (c) => c.notNull())
    // 1 GiB (libsodium's "sensitive") still fits a 32-bit integer.
    .addColumn('argon_memlimit', 'integer', (c) => c.notNull())
    .addColumn('verifier', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_responder').on('sessions').column('responder_id').execute();

  await db.schema
    .createTable('sign_in_failures')
    // A keyed hash of a sign-in name, or `global` for the install-wide ceiling. No IP addresses.
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_started_at', 'bigint', (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['sign_in_failures', 'sessions', 'credentials', 'invites']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
