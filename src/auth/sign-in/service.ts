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
import { findCredentialByName, findDeviceBinding } from '../repo/credentials';
import { createSession, type NewSession } from '../sessions/service';
import { deviceCookie, deviceFailureKey, knownDevice, type DeviceBinding, type DeviceEntry } from './device-cookie';
import { recordFailure, recordSuccess, throttledFor, type Attempt, type Throttled } from './throttle';

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
 * and a wrong passphrase take the same path and get the same answer. `devices` are the device-cookie
 * entries the browser sent: one made for this account exempts it from limits others can trip.
 */
export async function signIn(
  deps: SignInDeps,
  signInName: string,
  authKey: string,
  devices: readonly DeviceEntry[] = [],
): Promise<SignInResult> {
  const now = deps.clock.now();
  const key = nameKey(deps.keys, signInName);
  const account = await findCredentialByName(deps.db, key);
  const attempt: Attempt = { key, device: knownDeviceKey(deps.keys, devices, account), installWide: true };
  const throttled = await throttledFor(deps.db, attempt, now);
  if (throttled) return { kind: 'throttled', ...throttled };

  const found = account?.passphrase ? { ...account, ...account.passphrase } : undefined;
  const wellFormed = decodeBase64url(authKey, AUTH_KEY_BYTES) !== undefined;
  const offered = Buffer.from(verifierOf(deps.keys, authKey), 'hex');
  const stored = found ? Buffer.from(found.verifier, 'hex') : NO_VERIFIER;
  if (!(sameBytes(offered, stored) && found && wellFormed)) {
    await recordFailure(deps.db, attempt, now);
    return { kind: 'mismatch' };
  }
  await recordSuccess(deps.db, attempt);
  const session = await createSession(deps.db, found.responderId, now);
  return { kind: 'signed_in', session, account: accountOf(found) };
}

/** The failure counter of a device cookie made for this account, if the browser sent one. */
export function knownDeviceKey(
  keys: ServerKeys,
  devices: readonly DeviceEntry[],
  account: DeviceBinding | undefined,
): string | undefined {
  const deviceId = knownDevice(keys, devices, account);
  return deviceId === undefined ? undefined : deviceFailureKey(keys, deviceId);
}

/**
 * After any successful sign-in (passphrase, passkey, device code, joining): the device cookie that
 * makes this browser a known device for this account next time. Undefined only if the credential
 * has gone in between (a reset racing the sign-in).
 */
export async function rememberDevice(
  deps: SignInDeps & { publicUrl: string },
  responderId: string,
  devices: readonly DeviceEntry[],
): Promise<string | undefined> {
  const binding = await findDeviceBinding(deps.db, responderId);
  return binding && deviceCookie(deps.keys, devices, binding, deps.clock.now(), deps.publicUrl);
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
