import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * Joining with a passkey alone (docs/SIGN-IN.md): an account may have no passphrase, so the
 * passphrase's columns in `credentials` may be empty (the public key stays required: it is the
 * responder's identity whichever way they sign in). A passkey-only account may still have a
 * sign-in name, for adding a device with a code. Challenges made for joining are bound to the
 * invite they were asked with (its hash).
 */
const PASSPHRASE_COLUMNS = [
  'name_key',
  'wrapped_key',
  'auth_salt',
  'argon_opslimit',
  'argon_memlimit',
  'verifier',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    // SQLite cannot drop NOT NULL in place: the table is rebuilt (nothing references it).
    await db.schema
      .createTable('credentials_new')
      .addColumn('responder_id', 'text', (c) => c.primaryKey().references('responders.id').onDelete('cascade'))
      .addColumn('name_key', 'text', (c) => c.unique())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('wrapped_key', 'text')
      .addColumn('auth_salt', 'text')
      .addColumn('argon_opslimit', 'integer')
      .addColumn('argon_memlimit', 'integer')
      .addColumn('verifier', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await sql`INSERT INTO credentials_new (responder_id, name_key, public_key, wrapped_key, auth_salt, argon_opslimit, argon_memlimit, verifier, created_at)
      SELECT responder_id, name_key, public_key, wrapped_key, auth_salt, argon_opslimit, argon_memlimit, verifier, created_at FROM credentials`.execute(
      db,
    );
    await db.schema.dropTable('credentials').execute();
    await db.schema.alterTable('credentials_new').renameTo('credentials').execute();
  } else {
    for (const column of PASSPHRASE_COLUMNS) {
      await db.schema
        .alterTable('credentials')
        .alterColumn(column, (c) => c.dropNotNull())
        .execute();
    }
  }
  await db.schema.alterTable('webauthn_challenges').addColumn('invite_hash', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('webauthn_challenges').dropColumn('invite_hash').execute();
}
