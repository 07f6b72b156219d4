import type { Kysely } from 'kysely';

/**
 * More ways to sign in (docs/SIGN-IN.md): passkeys whose PRF output wraps the private key, the
 * WebAuthn challenges they answer, and one-time codes that add a device.
 *
 * Only what verifying needs is kept: no authenticator model (AAGUID), no attestation, no user
 * agent, no IP address. Challenges and codes are short-lived and deleted once used or expired.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('passkeys')
    // The credential id, base64url, as the authenticator made it.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('responder_id', 'text', (c) => c.notNull().references('responders.id').onDelete('cascade'))
    // Random bytes (base64url) given to the authenticator as the WebAuthn user handle: not the id, not a name.
    .addColumn('user_handle', 'text', (c) => c.notNull())
    // COSE public key, base64url: what an assertion's signature is checked against.
    .addColumn('public_key', 'text', (c) => c.notNull())
    // The authenticator's signature counter (an unsigned 32-bit number, hence bigint).
    .addColumn('counter', 'bigint', (c) => c.notNull())
    // JSON array of transport hints ("internal", "usb", …), handed back to the browser.
    .addColumn('transports', 'text', (c) => c.notNull())
    // The private key wrapped in the browser under a key derived from this passkey's PRF output: opaque JSON.
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('last_used_at', 'bigint')
    .execute();
  await db.schema.createIndex('passkeys_responder').on('passkeys').column('responder_id').execute();

  await db.schema
    .createTable('webauthn_challenges')
    // Hash of the challenge: a copied table cannot answer one.
    .addColumn('challenge_hash', 'text', (c) => c.primaryKey())
    // Whose registration it is; null for a sign-in (which does not know who yet).
    .addColumn('responder_id', 'text', (c) => c.references('responders.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    // For a registration: the user handle the authenticator was given, stored with the passkey.
    .addColumn('user_handle', 'text')
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webauthn_challenges_expiry').on('webauthn_challenges').column('expires_at').execute();

  await db.schema
    .createTable('device_codes')
    // At most one pending code per responder: a new one replaces it.
    .addColumn('responder_id', 'text', (c) => c.primaryKey().references('responders.id').onDelete('cascade'))
    // Keyed hash of the auth half of Argon2id(code): the code itself never reaches the server.
    .addColumn('verifier', 'text', (c) => c.notNull())
    .addColumn('auth_salt', 'text', (c) => c.notNull())
    // The private key wrapped under the other half; opaque JSON.
    .addColumn('wrapped_key', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['device_codes', 'webauthn_challenges', 'passkeys']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
