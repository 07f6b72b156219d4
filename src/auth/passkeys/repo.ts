import type { Kysely } from 'kysely';
import { refusingDuplicates } from '../../db/open';
import type { Database } from '../../db/schema';
import { DomainError } from '../../platform/errors';
import type { Role } from '../principal';

/** Passkeys and WebAuthn challenges: the only code that knows their SQL. */

export type ChallengePurpose = 'register' | 'join';

export async function insertChallenge(
  db: Kysely<Database>,
  row: {
    challengeHash: string;
    responderId: string | null;
    purpose: ChallengePurpose;
    userHandle: string | null;
    inviteHash?: string;
    expiresAt: number;
  },
): Promise<void> {
  await db
    .insertInto('webauthn_challenges')
    .values({
      challenge_hash: row.challengeHash,
      responder_id: row.responderId,
      purpose: row.purpose,
      user_handle: row.userHandle,
      invite_hash: row.inviteHash ?? null,
      expires_at: row.expiresAt,
    })
    .execute();
}

/** Expired challenges can never be answered; removing them keeps the table small. */
export async function deleteExpiredChallenges(db: Kysely<Database>, now: number): Promise<void> {
  await db.deleteFrom('webauthn_challenges').where('expires_at', '<=', now).execute();
}

/**
 * Uses a challenge up: it is deleted whether or not what follows succeeds, so an answer can never
 * be replayed. Undefined if it is unknown, already used, expired, for another purpose, another
 * responder or (joining) another invite. The delete decides, so two requests racing with one answer cannot both win.
 */
export async function takeChallenge(
  db: Kysely<Database>,
  challengeHash: string,
  purpose: ChallengePurpose,
  responderId: string | null,
  now: number,
  inviteHash: string | null = null,
): Promise<{ userHandle: string | null } | undefined> {
  const row = await db
    .selectFrom('webauthn_challenges')
    .select([
      'responder_id as responderId',
      'purpose',
      'user_handle as userHandle',
      'invite_hash as inviteHash',
      'expires_at as expiresAt',
    ])
    .where('challenge_hash', '=', challengeHash)
    .executeTakeFirst();
  if (!row) return undefined;
  const deleted = await db
    .deleteFrom('webauthn_challenges')
    .where('challenge_hash', '=', challengeHash)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) return undefined;
  if (
    row.purpose !== purpose ||
    row.responderId !== responderId ||
    row.inviteHash !== inviteHash ||
    row.expiresAt <= now
  )
    return undefined;
  return { userHandle: row.userHandle };
}

export interface PasskeyRow {
  id: string;
  responderId: string;
  userHandle: string;
  publicKey: string;
  counter: number;
  transports: string[];
  wrappedKey: string;
  createdAt: number;
}

const duplicatePasskey = () => new DomainError('conflict', 'This passkey is already registered');

export async function insertPasskey(db: Kysely<Database>, row: PasskeyRow): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('passkeys')
        .values({
          id: row.id,
          responder_id: row.responderId,
          user_handle: row.userHandle,
          public_key: row.publicKey,
          counter: row.counter,
          transports: JSON.stringify(row.transports),
          wrapped_key: row.wrappedKey,
          created_at: row.createdAt,
          last_used_at: null,
        })
        .execute(),
    duplicatePasskey,
  );
}

/** One responder's passkeys, oldest first: what the devices view lists, and what registration excludes. */
export async function passkeysOf(db: Kysely<Database>, responderId: string) {
  const rows = await db
    .selectFrom('passkeys')
    .select(['id', 'user_handle as userHandle', 'transports', 'created_at as createdAt', 'last_used_at as lastUsedAt'])
    .where('responder_id', '=', responderId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, transports: JSON.parse(row.transports) as string[] }));
}

/** Everything a passkey sign-in needs, with the principal it signs in as. */
export async function findPasskeyForSignIn(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('passkeys')
    .innerJoin('responders', 'responders.id', 'passkeys.responder_id')
    .innerJoin('credentials', 'credentials.responder_id', 'passkeys.responder_id')
    .select([
      'passkeys.id as id',
      'passkeys.user_handle as userHandle',
      'passkeys.public_key as credentialPublicKey',
      'passkeys.counter as counter',
      'passkeys.transports as transports',
      'passkeys.wrapped_key as wrappedKey',
      'responders.id as responderId',
      'responders.program_id as programId',
      'responders.roles as roles',
      'credentials.public_key as publicKey',
    ])
    .where('passkeys.id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        ...row,
        counter: Number(row.counter),
        roles: JSON.parse(row.roles) as Role[],
        transports: JSON.parse(row.transports) as string[],
      }
    : undefined;
}

/**
 * Records a use. Conditional on the counter still being what was checked, so two assertions
 * verified at the same moment against the same stored counter cannot both count.
 */
export async function recordPasskeyUse(
  db: Kysely<Database>,
  id: string,
  checkedCounter: number,
  newCounter: number,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('passkeys')
    .set({ counter: newCounter, last_used_at: now })
    .where('id', '=', id)
    .where('counter', '=', checkedCounter)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes one of this responder's passkeys; false if it is not theirs (or does not exist). */
export async function deletePasskey(db: Kysely<Database>, responderId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('passkeys')
    .where('id', '=', id)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Every passkey of a responder, and their pending challenges (a reset, a lost device). */
export async function deletePasskeysOf(db: Kysely<Database>, responderId: string): Promise<number> {
  await db.deleteFrom('webauthn_challenges').where('responder_id', '=', responderId).execute();
  const result = await db.deleteFrom('passkeys').where('responder_id', '=', responderId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
