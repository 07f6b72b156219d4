import sodium from 'libsodium-wrappers-sumo';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { KEY_WRAP_ALG } from '../../crypto/e2e-wrap';
import { DomainError, invalid, type FieldProblem } from '../../platform/errors';
import type { Principal } from '../principal';
import { findCredentialByName, findPublicKey, hasSignInName } from '../repo/credentials';
import {
  countWrongTry,
  deleteDeviceCodesOf,
  deleteExpiredCodes,
  findPendingCode,
  replaceDeviceCode,
  takeDeviceCode,
} from './repo';
import {
  decodeBase64url,
  normaliseSignInName,
  sameBytes,
  AUTH_KEY_BYTES,
  SALT_BYTES,
  WRAPPED_KEY_MAX_BYTES,
  type ArgonParams,
} from '../protocol';
import { createSession, type NewSession } from '../sessions/service';
import { accountOf, nameKey, verifierOf, type Account, type SignInDeps } from '../sign-in/service';
import { recordFailure, recordSuccess, throttledFor, type Attempt, type Throttled } from '../sign-in/throttle';

/**
 * Adding a device with a one-time code (docs/SIGN-IN.md). A signed-in browser makes a short code,
 * runs Argon2id on it once, sends the auth half and the private key wrapped under the other half.
 * The new device types the sign-in name and the code, derives the same two halves, proves the
 * first and unwraps with the second. The code itself never reaches the server.
 */
export const DEVICE_CODE_LIFETIME_MS = 10 * 60 * 1000;
export const DEVICE_CODE_TRIES = 5;
/** Bound into the key wrap (wrapWithKey's label), so this wrap is never mistaken for another. */
export const DEVICE_CODE_LABEL = 'device-code';

/**
 * Always libsodium's interactive limits (2 passes, 64 MiB): the code lives ten minutes and allows
 * five tries, so its ~50 bits need no more, and a cheap phone derives it in about a second.
 * Fixed rather than chosen per code, so a real code's answer looks like an unknown name's.
 */
export function deviceCodeArgon(): ArgonParams {
  return { opslimit: sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, memlimit: sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE };
}

export const NO_NAME_FOR_CODE =
  'A device code needs a sign-in name to be typed with it, and you joined without one. Use your passkey on the new device instead (a passkey synced to your account works there too).';

export const CODE_MISMATCH = 'That sign-in name and code don’t match, or the code has expired or was used';

export async function createDeviceCode(
  deps: SignInDeps,
  who: Principal,
  input: { authSalt: string; authKey: string; wrappedKey: Record<string, unknown> },
): Promise<{ expiresAt: number }> {
  const publicKey = await findPublicKey(deps.db, who.responderId);
  if (publicKey === undefined) throw new DomainError('conflict', 'Set up sign-in with a passphrase first');
  // The new device finds the code by the sign-in name; an account that joined with a passkey and chose none has nothing to type.
  if (!(await hasSignInName(deps.db, who.responderId))) throw new DomainError('conflict', NO_NAME_FOR_CODE);
  const problems: FieldProblem[] = [];
  if (!decodeBase64url(input.authSalt, SALT_BYTES))
    problems.push({ field: '/authSalt', message: `must be ${SALT_BYTES} bytes in unpadded base64url` });
  if (!decodeBase64url(input.authKey, AUTH_KEY_BYTES))
    problems.push({ field: '/authKey', message: `must be ${AUTH_KEY_BYTES} bytes in unpadded base64url` });
  const wrapped = input.wrappedKey;
  if (wrapped.alg !== KEY_WRAP_ALG || wrapped.v !== 1)
    problems.push({ field: '/wrappedKey/alg', message: `must be ${KEY_WRAP_ALG} version 1` });
  if (wrapped.label !== DEVICE_CODE_LABEL)
    problems.push({ field: '/wrappedKey/label', message: `must be "${DEVICE_CODE_LABEL}"` });
  if (wrapped.publicKey !== publicKey)
    problems.push({ field: '/wrappedKey/publicKey', message: 'must be your account’s public key' });
  if (Buffer.byteLength(JSON.stringify(wrapped), 'utf8') > WRAPPED_KEY_MAX_BYTES) {
    problems.push({ field: '/wrappedKey', message: `must be at most ${WRAPPED_KEY_MAX_BYTES} bytes as JSON` });
  }
  if (problems.length > 0) throw invalid(problems);
  const now = deps.clock.now();
  const expiresAt = now + DEVICE_CODE_LIFETIME_MS;
  await replaceDeviceCode(deps.db, {
    responderId: who.responderId,
    verifier: verifierOf(deps.keys, input.authKey),
    authSalt: input.authSalt,
    wrappedKey: JSON.stringify(wrapped),
    createdAt: now,
    expiresAt,
  });
  return { expiresAt };
}

export async function cancelDeviceCode(deps: SignInDeps, who: Principal): Promise<void> {
  await deleteDeviceCodesOf(deps.db, who.responderId);
}

/**
 * A stable salt for a name with no pending code. Its own prefix: were it the passphrase path's
 * fake salt, comparing the two answers would tell a real name (different salts) from an unknown
 * one (equal salts).
 */
function fakeCodeSalt(deps: SignInDeps, signInName: string): string {
  const hex = deps.keys.index('name', `device-code-fake-salt\u0000${normaliseSignInName(signInName)}`);
  return Buffer.from(hex, 'hex').subarray(0, SALT_BYTES).toString('base64url');
}

/** Step one on the new device: the salt to derive with. Answered for any name, pending code or not. */
export async function deviceCodeParams(
  deps: SignInDeps,
  signInName: string,
): Promise<{ authSalt: string; argon: ArgonParams }> {
  const now = deps.clock.now();
  // Every new device starts here: a good moment to drop anyone's expired codes (and their wrapped keys).
  await deleteExpiredCodes(deps.db, now);
  const found = await findCredentialByName(deps.db, nameKey(deps.keys, signInName));
  const pending = found ? await findPendingCode(deps.db, found.responderId, now) : undefined;
  return { authSalt: pending?.authSalt ?? fakeCodeSalt(deps, signInName), argon: deviceCodeArgon() };
}

export type RedeemResult =
  | { kind: 'signed_in'; account: Account; session: NewSession }
  | ({ kind: 'throttled' } & Throttled)
  | { kind: 'mismatch' };

const NO_VERIFIER = new Uint8Array(32);

/**
 * Step two: the same path for an unknown name, no code, an expired code and a wrong one. A wrong
 * try counts against the name (the passphrase's throttle) and against the code, which is deleted
 * after five; the right one is used up and starts a session. The install-wide ceiling does not
 * hold redemption back (the per-code limit does its work), though wrong codes still add to it.
 */
export async function redeemDeviceCode(deps: SignInDeps, signInName: string, authKey: string): Promise<RedeemResult> {
  const now = deps.clock.now();
  // Per code, not per install: each code dies after five wrong tries, so a spray across names has
  // nothing more to find, and it must not keep a real new device out (docs/SIGN-IN.md).
  const attempt: Attempt = { key: nameKey(deps.keys, signInName), installWide: false };
  const throttled = await throttledFor(deps.db, attempt, now);
  if (throttled) return { kind: 'throttled', ...throttled };

  const found = await findCredentialByName(deps.db, attempt.key);
  const pending = found ? await findPendingCode(deps.db, found.responderId, now) : undefined;
  const wellFormed = decodeBase64url(authKey, AUTH_KEY_BYTES) !== undefined;
  const offered = Buffer.from(verifierOf(deps.keys, authKey), 'hex');
  const stored = pending ? Buffer.from(pending.verifier, 'hex') : NO_VERIFIER;
  if (!(sameBytes(offered, stored) && found && pending && wellFormed)) {
    await recordFailure(deps.db, attempt, now);
    if (found && pending) await countWrongTry(deps.db, found.responderId, pending.verifier, DEVICE_CODE_TRIES);
    return { kind: 'mismatch' };
  }
  // Single use: only the request that deletes it signs in.
  if (!(await takeDeviceCode(deps.db, found.responderId, pending.verifier))) return { kind: 'mismatch' };
  await recordSuccess(deps.db, attempt);
  const session = await createSession(deps.db, found.responderId, now);
  return { kind: 'signed_in', session, account: accountOf({ ...found, wrappedKey: pending.wrappedKey }) };
}

/** Used by a coordinator's revocation or reset (auth/enrolment.ts), inside its transaction. */
export async function forgetDeviceCodesOf(db: Kysely<Database>, responderId: string): Promise<void> {
  await deleteDeviceCodesOf(db, responderId);
}
