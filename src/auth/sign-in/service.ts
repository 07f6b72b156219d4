import type { Kysely } from 'kysely';
import type { ServerKeys } from '../../crypto/server-keys';
import type { Database } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import type { Role } from '../principal';
import {
  defaultArgon,
  decodeBase64url,
  normaliseSignInName,
  sameBytes,
  AUTH_KEY_BYTES,
  SALT_BYTES,
  type ArgonParams,
  type WrappedKey,
} from '../protocol';
import { findCredentialByName } from '../repo/credentials';
import { createSession, type NewSession } from '../sessions/service';
import { recordFailure, recordSuccess, throttledFor, type Throttled } from './throttle';

export interface SignInDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
}

/** What a browser holds once signed in: enough to unwrap its private key locally. */
export interface Account {
  responderId: string;
  programId: string;
  roles: Role[];
  publicKey: string;
  wrappedKey: WrappedKey;
}

export const MISMATCH = 'That sign-in name and passphrase don’t match';

/** Sign-in names are only ever stored, counted and compared as this keyed hash. */
export function nameKey(keys: ServerKeys, signInName: string): string {
  return keys.index('name', normaliseSignInName(signInName));
}

/** The verifier: a keyed hash of the auth key, so a copied table alone does not allow guessing offline. */
export function verifierOf(keys: ServerKeys, authKey: string): string {
  return keys.index('auth', authKey);
}

/**
 * A stable salt for a name nobody has: derived from the name with the server's key, so asking
 * twice gives the same answer and asking about many names tells nothing about which exist.
 * The NUL byte cannot occur in a real name, which keeps this input apart from `nameKey`'s.
 */
function fakeSalt(keys: ServerKeys, signInName: string): string {
  const hex = keys.index('name', `fake-salt\u0000${normaliseSignInName(signInName)}`);
  return Buffer.from(hex, 'hex').subarray(0, SALT_BYTES).toString('base64url');
}

/** Step one of sign-in: the salt and Argon2id parameters the browser needs to derive its keys. */
export async function signInParams(
  deps: SignInDeps,
  signInName: string,
): Promise<{ authSalt: string; argon: ArgonParams }> {
  // A passkey-only account's name answers like a name nobody has: it has no passphrase to derive.
  const found = (await findCredentialByName(deps.db, nameKey(deps.keys, signInName)))?.passphrase;
  if (!found) return { authSalt: fakeSalt(deps.keys, signInName), argon: defaultArgon() };
  return { authSalt: found.authSalt, argon: { opslimit: found.opslimit, memlimit: found.memlimit } };
}

export type SignInResult =
  | { kind: 'signed_in'; account: Account; session: NewSession }
  | ({ kind: 'throttled' } & Throttled)
  | { kind: 'mismatch' };

const NO_VERIFIER = new Uint8Array(32);

/**
 * Step two: compare the auth key's verifier in constant time. An unknown name, a malformed key
 * and a wrong passphrase take the same path and get the same answer.
 */
export async function signIn(deps: SignInDeps, signInName: string, authKey: string): Promise<SignInResult> {
  const now = deps.clock.now();
  const key = nameKey(deps.keys, signInName);
  const throttled = await throttledFor(deps.db, key, now);
  if (throttled) return { kind: 'throttled', ...throttled };

  const account = await findCredentialByName(deps.db, key);
  const found = account?.passphrase ? { ...account, ...account.passphrase } : undefined;
  const wellFormed = decodeBase64url(authKey, AUTH_KEY_BYTES) !== undefined;
  const offered = Buffer.from(verifierOf(deps.keys, authKey), 'hex');
  const stored = found ? Buffer.from(found.verifier, 'hex') : NO_VERIFIER;
  if (!(sameBytes(offered, stored) && found && wellFormed)) {
    await recordFailure(deps.db, key, now);
    return { kind: 'mismatch' };
  }
  await recordSuccess(deps.db, key);
  const session = await createSession(deps.db, found.responderId, now);
  return { kind: 'signed_in', session, account: accountOf(found) };
}

export function accountOf(row: {
  responderId: string;
  programId: string;
  roles: Role[];
  publicKey: string;
  wrappedKey: string;
}): Account {
  return {
    responderId: row.responderId,
    programId: row.programId,
    roles: row.roles,
    publicKey: row.publicKey,
    wrappedKey: JSON.parse(row.wrappedKey) as WrappedKey,
  };
}
