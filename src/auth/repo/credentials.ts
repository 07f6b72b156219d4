import type { Kysely } from 'kysely';
import { refusingDuplicates } from '../../db/open';
import type { Database } from '../../db/schema';
import { DomainError } from '../../platform/errors';
import type { Role } from '../principal';

/** Invites and passphrase credentials: the only code that knows their SQL. */

/**
 * A responder has at most one live invite: older unused ones, and anyone's expired ones, go. Runs
 * inside the caller's transaction when there is one (setup makes the first invite in its own).
 */
export async function replaceInvite(
  db: Kysely<Database>,
  invite: { tokenHash: string; responderId: string; createdAt: number; expiresAt: number },
): Promise<void> {
  const replace = async (trx: Kysely<Database>) => {
    await trx
      .deleteFrom('invites')
      .where((eb) => eb.or([eb('responder_id', '=', invite.responderId), eb('expires_at', '<=', invite.createdAt)]))
      .execute();
    await trx
      .insertInto('invites')
      .values({
        token_hash: invite.tokenHash,
        responder_id: invite.responderId,
        created_at: invite.createdAt,
        expires_at: invite.expiresAt,
      })
      .execute();
  };
  await (db.isTransaction ? replace(db) : db.transaction().execute(replace));
}

/** A live invite with who it is for; undefined for unknown, used (deleted) and expired alike. */
export async function findLiveInvite(db: Kysely<Database>, tokenHash: string, now: number) {
  return db
    .selectFrom('invites')
    .innerJoin('responders', 'responders.id', 'invites.responder_id')
    .innerJoin('programs', 'programs.id', 'responders.program_id')
    .select([
      'responders.id as responderId',
      'responders.program_id as programId',
      'responders.name as responderName',
      'programs.name as programName',
    ])
    .where('invites.token_hash', '=', tokenHash)
    .where('invites.expires_at', '>', now)
    .executeTakeFirst();
}

/** Uses the invite up; true only for the one request that got it (the other waits for the row lock, then finds nothing). */
export async function deleteInvite(db: Kysely<Database>, tokenHash: string): Promise<boolean> {
  const result = await db.deleteFrom('invites').where('token_hash', '=', tokenHash).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function deleteInvitesOf(db: Kysely<Database>, responderId: string): Promise<void> {
  await db.deleteFrom('invites').where('responder_id', '=', responderId).execute();
}

export interface CredentialRow {
  responderId: string;
  nameKey: string;
  publicKey: string;
  wrappedKey: string;
  authSalt: string;
  opslimit: number;
  memlimit: number;
  verifier: string;
  createdAt: number;
}

const duplicateName = () =>
  new DomainError('conflict', 'That sign-in name is taken; choose another', [
    { field: '/signInName', message: 'is already taken' },
  ]);

export async function insertCredential(db: Kysely<Database>, row: CredentialRow): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('credentials')
        .values({
          responder_id: row.responderId,
          name_key: row.nameKey,
          public_key: row.publicKey,
          wrapped_key: row.wrappedKey,
          auth_salt: row.authSalt,
          argon_opslimit: row.opslimit,
          argon_memlimit: row.memlimit,
          verifier: row.verifier,
          created_at: row.createdAt,
        })
        .execute(),
    duplicateName,
  );
}

export async function hasCredential(db: Kysely<Database>, responderId: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('credentials')
      .select('responder_id')
      .where('responder_id', '=', responderId)
      .executeTakeFirst()) !== undefined
  );
}

export interface PassphraseRow {
  wrappedKey: string;
  authSalt: string;
  opslimit: number;
  memlimit: number;
  verifier: string;
}

/**
 * Everything sign-in needs about one name, with the principal it signs in as. `passphrase` is
 * undefined for an account that joined with a passkey alone (it may still have a name, for device codes).
 */
export async function findCredentialByName(db: Kysely<Database>, nameKey: string) {
  const row = await db
    .selectFrom('credentials')
    .innerJoin('responders', 'responders.id', 'credentials.responder_id')
    .select([
      'responders.id as responderId',
      'responders.program_id as programId',
      'responders.roles as roles',
      'credentials.public_key as publicKey',
      'credentials.created_at as createdAt',
      'credentials.device_epoch as deviceEpoch',
      'credentials.wrapped_key as wrappedKey',
      'credentials.auth_salt as authSalt',
      'credentials.argon_opslimit as opslimit',
      'credentials.argon_memlimit as memlimit',
      'credentials.verifier as verifier',
    ])
    .where('credentials.name_key', '=', nameKey)
    .executeTakeFirst();
  if (!row) return undefined;
  const { wrappedKey, authSalt, opslimit, memlimit, verifier } = row;
  const passphrase: PassphraseRow | undefined =
    wrappedKey !== null && authSalt !== null && opslimit !== null && memlimit !== null && verifier !== null
      ? { wrappedKey, authSalt, opslimit, memlimit, verifier }
      : undefined;
  return {
    responderId: row.responderId,
    programId: row.programId,
    roles: JSON.parse(row.roles) as Role[],
    publicKey: row.publicKey,
    deviceEpoch: row.deviceEpoch,
    createdAt: Number(row.createdAt),
    passphrase,
  };
}

/** A passkey-only account: the public key, and a sign-in name only if one was chosen (for device codes). */
export async function insertPasskeyOnlyCredential(
  db: Kysely<Database>,
  row: { responderId: string; nameKey: string | null; publicKey: string; createdAt: number },
): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('credentials')
        .values({
          responder_id: row.responderId,
          name_key: row.nameKey,
          public_key: row.publicKey,
          wrapped_key: null,
          auth_salt: null,
          argon_opslimit: null,
          argon_memlimit: null,
          verifier: null,
          created_at: row.createdAt,
        })
        .execute(),
    duplicateName,
  );
}

/** Whether this responder has a sign-in name (device codes need one). */
export async function hasSignInName(db: Kysely<Database>, responderId: string): Promise<boolean> {
  const row = await db
    .selectFrom('credentials')
    .select('name_key')
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row !== undefined && row.name_key !== null;
}

export async function findPublicKey(db: Kysely<Database>, responderId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('credentials')
    .select('public_key')
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row?.public_key;
}

export async function deleteCredential(db: Kysely<Database>, responderId: string): Promise<void> {
  await db.deleteFrom('credentials').where('responder_id', '=', responderId).execute();
}

/** What a device cookie is bound to: the account and this enrolment of it (src/auth/sign-in/device-cookie.ts). */
export async function findDeviceBinding(db: Kysely<Database>, responderId: string) {
  const row = await db
    .selectFrom('credentials')
    .select([
      'responder_id as responderId',
      'public_key as publicKey',
      'created_at as createdAt',
      'device_epoch as deviceEpoch',
    ])
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row ? { ...row, createdAt: Number(row.createdAt) } : undefined;
}

/**
 * A new device epoch for this responder: every device cookie made before stops checking out
 * (a lost phone). Random, not a counter, so a restored backup cannot make old values new again.
 */
export async function renewDeviceEpoch(db: Kysely<Database>, responderId: string, epoch: string): Promise<void> {
  await db.updateTable('credentials').set({ device_epoch: epoch }).where('responder_id', '=', responderId).execute();
}
