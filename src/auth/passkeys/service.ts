import { randomBytes } from 'node:crypto';
import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { KEY_WRAP_ALG } from '../../crypto/e2e-wrap';
import { hashToken } from '../../crypto/server-keys';
import { DomainError, invalid, type FieldProblem } from '../../platform/errors';
import { getResponder } from '../../responders/service';
import { findProgram } from '../../program/repo';
import type { Principal } from '../principal';
import {
  deleteInvite,
  findLiveInvite,
  findPublicKey,
  hasCredential,
  insertPasskeyOnlyCredential,
} from '../repo/credentials';
import {
  countLiveSignInChallenges,
  deleteExpiredChallenges,
  deletePasskey,
  findPasskeyForSignIn,
  insertChallenge,
  insertPasskey,
  passkeysOf,
  recordPasskeyUse,
  takeChallenge,
} from './repo';
import {
  decodeBase64url,
  normaliseSignInName,
  PUBLIC_KEY_BYTES,
  SIGN_IN_NAME,
  WRAPPED_KEY_MAX_BYTES,
} from '../protocol';
import { createSession, type NewSession } from '../sessions/service';
import { accountOf, nameKey, type Account, type SignInDeps } from '../sign-in/service';
import { recordFailure, recordSuccess, throttledFor, type Throttled } from '../sign-in/throttle';

/**
 * Passkeys (WebAuthn) whose PRF output wraps the responder's private key (docs/SIGN-IN.md).
 *
 * Checking attestations and assertions — CBOR, COSE keys, signature formats, flags, counters — is
 * done by @simplewebauthn/server: it is not Kith's craft and must not be written by hand here.
 * This module decides what is asked, what is stored and who it signs in.
 */
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
/**
 * The library and its ASN.1 and X.509 dependencies are loaded at the first passkey request, not at
 * start: they are some 300 modules, about a quarter of the server's start-up CPU (docs/PERFORMANCE.md).
 */
let library: Promise<typeof import('@simplewebauthn/server')> | undefined;
let helpers: Promise<typeof import('@simplewebauthn/server/helpers')> | undefined;
const webauthn = () => (library ??= import('@simplewebauthn/server'));
const webauthnHelpers = () => (helpers ??= import('@simplewebauthn/server/helpers'));

/** Sign-in challenges can be asked for by anyone, so only this many may wait at once. */
export const LIVE_SIGN_IN_CHALLENGES_MAX = 1000;
export const PASSKEYS_PER_RESPONDER_MAX = 10;
/**
 * The PRF input, the same for every credential: the output still differs per credential (it is
 * the authenticator's secret for that credential applied to it), and a fixed input lets a sign-in
 * ask for it before anyone knows which credential will answer.
 */
export const PRF_SALT = Buffer.from('kith/prf/v1', 'utf8').toString('base64url');
/** Credential ids are at most 1023 bytes (WebAuthn); as base64url that is at most 1364 characters. */
const CREDENTIAL_ID = /^[A-Za-z0-9_-]{1,1364}$/;

export interface PasskeyDeps extends SignInDeps {
  publicUrl: string;
}

export const UNUSABLE = 'That passkey can’t sign in here. It may have been removed; sign in with your passphrase.';
export const NO_PRF =
  'This authenticator can’t give the value that unlocks your key (the WebAuthn PRF extension); keep using your passphrase on this device';

function relyingParty(publicUrl: string): { rpID: string; origin: string } {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

function newChallenge(): { challenge: string; challengeHash: string } {
  const challenge = randomBytes(32).toString('base64url');
  return { challenge, challengeHash: hashToken(challenge) };
}

/** The WebAuthn JSON form carries binary values as base64url; our PRF input goes in as such. */
function withPrf<T extends { extensions?: unknown }>(options: T): T {
  return { ...options, extensions: { prf: { eval: { first: PRF_SALT } } } };
}

export interface PasskeySummary {
  id: string;
  createdAt: number;
  lastUsedAt: number | null;
}

// ---- registration (signed in, key in the page's memory) ----------------------------------------

export async function registrationOptions(
  deps: PasskeyDeps,
  who: Principal,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  if ((await findPublicKey(deps.db, who.responderId)) === undefined) {
    throw new DomainError('conflict', 'Set up sign-in with a passphrase first; a passkey is added to an existing key');
  }
  const existing = await passkeysOf(deps.db, who.responderId);
  if (existing.length >= PASSKEYS_PER_RESPONDER_MAX) throw tooManyPasskeys();
  const program = await findProgram(deps.db, who.programId);
  const now = deps.clock.now();
  // One random handle per responder (reused while they have passkeys): never the id or a name.
  const userHandle = existing[0]?.userHandle ?? randomBytes(16).toString('base64url');
  const { challenge, challengeHash } = newChallenge();
  await deleteExpiredChallenges(deps.db, now);
  await insertChallenge(deps.db, {
    challengeHash,
    responderId: who.responderId,
    purpose: 'register',
    userHandle,
    expiresAt: now + CHALLENGE_LIFETIME_MS,
  });
  return creationOptions(deps, program?.name ?? '', userHandle, challenge, existing);
}

/** Creation options, the same for adding a passkey and for joining with one. */
async function creationOptions(
  deps: PasskeyDeps,
  programName: string,
  userHandle: string,
  challenge: string,
  exclude: { id: string; transports: string[] }[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  // What a phone's passkey list shows. Not the person's name: a seized phone should not say who
  // on it belongs to a crisis line more plainly than it must.
  const label = `Kith – ${programName}`.trim();
  const options = await (
    await webauthn()
  ).generateRegistrationOptions({
    rpName: 'Kith',
    rpID: relyingParty(deps.publicUrl).rpID,
    userName: label,
    userDisplayName: label,
    userID: new Uint8Array(Buffer.from(userHandle, 'base64url')),
    challenge: new Uint8Array(Buffer.from(challenge, 'base64url')),
    timeout: CHALLENGE_LIFETIME_MS,
    attestationType: 'none',
    excludeCredentials: exclude.map((p) => ({ id: p.id, transports: p.transports })),
    // Discoverable (no name to type at sign-in) and verified (PIN or biometrics): the passkey alone opens the key.
    authenticatorSelection: { residentKey: 'required', requireResidentKey: true, userVerification: 'required' },
  });
  return withPrf(options);
}

const tooManyPasskeys = () =>
  new DomainError('conflict', `At most ${PASSKEYS_PER_RESPONDER_MAX} passkeys; remove one first`);

/** The PRF extension's client output, read loosely: it comes from the browser and is only advisory. */
function prfReported(response: { clientExtensionResults?: unknown }): boolean {
  const results = response.clientExtensionResults;
  if (typeof results !== 'object' || results === null || !('prf' in results)) return false;
  const prf = results.prf;
  return typeof prf === 'object' && prf !== null && 'enabled' in prf && prf.enabled === true;
}

/**
 * A PRF output in a request means a client is sending the secret that unwraps the key: refuse it
 * loudly, so such a client fails its first test instead of leaking quietly in production.
 */
function refusePrfOutput(response: { clientExtensionResults?: unknown }, field: string): void {
  const results = response.clientExtensionResults;
  if (typeof results !== 'object' || results === null || !('prf' in results)) return;
  const prf = results.prf;
  if (typeof prf === 'object' && prf !== null && 'results' in prf) {
    throw invalid([
      {
        field: `${field}/clientExtensionResults/prf/results`,
        message: 'must never be sent: the PRF output unwraps your key and stays in the browser',
      },
    ]);
  }
}

export async function registerPasskey(
  deps: PasskeyDeps,
  who: Principal,
  input: { response: RegistrationResponseJSON; wrappedKey: Record<string, unknown> },
): Promise<PasskeySummary> {
  refusePrfOutput(input.response, '/attestation');
  // The browser could only have wrapped the key with a PRF output; without PRF there is nothing to keep.
  if (!prfReported(input.response))
    throw invalid([{ field: '/attestation/clientExtensionResults/prf', message: NO_PRF }]);
  const publicKey = await findPublicKey(deps.db, who.responderId);
  if (publicKey === undefined) throw new DomainError('conflict', 'Set up sign-in with a passphrase first');
  checkWrappedKey(input.wrappedKey, input.response.id, publicKey);

  const now = deps.clock.now();
  const { credential, userHandle } = await verifyNewCredential(
    deps,
    input.response,
    { purpose: 'register', responderId: who.responderId, inviteHash: null },
    now,
  );
  if ((await passkeysOf(deps.db, who.responderId)).length >= PASSKEYS_PER_RESPONDER_MAX) throw tooManyPasskeys();
  await insertPasskey(
    deps.db,
    passkeyRow(who.responderId, userHandle, credential, JSON.stringify(input.wrappedKey), now),
  );
  return { id: credential.id, createdAt: now, lastUsedAt: null };
}

type NewCredential = { id: string; publicKey: Uint8Array; counter: number; transports?: string[] | undefined };

function passkeyRow(
  responderId: string,
  userHandle: string,
  credential: NewCredential,
  wrappedKey: string,
  now: number,
) {
  return {
    id: credential.id,
    responderId,
    userHandle,
    publicKey: Buffer.from(credential.publicKey).toString('base64url'),
    counter: credential.counter,
    transports: (credential.transports ?? []).filter((t) => /^[a-z-]{1,20}$/.test(t)).slice(0, 8),
    wrappedKey,
    createdAt: now,
  };
}

/**
 * Verifies a new credential's attestation against a challenge of this purpose (used up here,
 * whatever follows): challenge, origin, relying party and user verification.
 */
async function verifyNewCredential(
  deps: PasskeyDeps,
  response: RegistrationResponseJSON,
  expected: { purpose: 'register' | 'join'; responderId: string; inviteHash: string | null },
  now: number,
): Promise<{ credential: NewCredential; userHandle: string }> {
  const { rpID, origin } = relyingParty(deps.publicUrl);
  let userHandle: string | null = null;
  let verified;
  try {
    verified = await (
      await webauthn()
    ).verifyRegistrationResponse({
      response,
      expectedChallenge: async (challenge) => {
        const taken = await takeChallenge(
          deps.db,
          hashToken(challenge),
          expected.purpose,
          expected.responderId,
          now,
          expected.inviteHash,
        );
        userHandle = taken?.userHandle ?? null;
        return taken !== undefined;
      },
      expectedOrigin: origin,
      expectedRPID: rpID,
      requireUserVerification: true,
    });
  } catch {
    throw notVerified();
  }
  if (!verified.verified || userHandle === null || verified.registrationInfo.credential.id !== response.id)
    throw notVerified();
  return { credential: verified.registrationInfo.credential, userHandle };
}

const notVerified = () =>
  invalid([
    {
      field: '/attestation',
      message:
        'could not be verified: the challenge is unknown, used or expired, or the origin, relying party or signature is wrong',
    },
  ]);

/**
 * The server cannot check that the wrapped key opens (it never holds the PRF output), only that
 * it is the right kind of object, bound to this credential, for this responder's public key.
 */
function checkWrappedKey(wrapped: Record<string, unknown>, credentialId: string, publicKey: string): void {
  const problems = [];
  if (wrapped.alg !== KEY_WRAP_ALG || wrapped.v !== 1)
    problems.push({ field: '/wrappedKey/alg', message: `must be ${KEY_WRAP_ALG} version 1` });
  if (wrapped.label !== credentialId)
    problems.push({ field: '/wrappedKey/label', message: 'must be the credential id' });
  if (wrapped.publicKey !== publicKey)
    problems.push({ field: '/wrappedKey/publicKey', message: 'must be your account’s public key' });
  if (Buffer.byteLength(JSON.stringify(wrapped), 'utf8') > WRAPPED_KEY_MAX_BYTES) {
    problems.push({ field: '/wrappedKey', message: `must be at most ${WRAPPED_KEY_MAX_BYTES} bytes as JSON` });
  }
  if (problems.length > 0) throw invalid(problems);
}

export async function listPasskeys(deps: PasskeyDeps, who: Principal): Promise<PasskeySummary[]> {
  const rows = await passkeysOf(deps.db, who.responderId);
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt }));
}

export async function removePasskey(deps: PasskeyDeps, who: Principal, id: string): Promise<void> {
  // Another responder's passkey and no passkey at all look the same.
  if (!(await deletePasskey(deps.db, who.responderId, id))) throw new DomainError('not_found', 'Passkey not found');
}

// ---- joining with a passkey alone (an invite, no passphrase) -----------------------------------

const badInvite = () =>
  new DomainError(
    'not_found',
    'That invite link is not valid, was already used, or has expired. Ask your coordinator for a new one.',
  );

/** Creation options for the person holding this invite; the challenge is bound to the invite (its hash). */
export async function joinOptions(deps: PasskeyDeps, invite: string): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const now = deps.clock.now();
  const inviteHash = hashToken(invite);
  const found = await findLiveInvite(deps.db, inviteHash, now);
  if (!found) throw badInvite();
  const userHandle = randomBytes(16).toString('base64url');
  const { challenge, challengeHash } = newChallenge();
  await deleteExpiredChallenges(deps.db, now);
  await insertChallenge(deps.db, {
    challengeHash,
    responderId: found.responderId,
    purpose: 'join',
    userHandle,
    inviteHash,
    expiresAt: now + CHALLENGE_LIFETIME_MS,
  });
  return creationOptions(deps, found.programName, userHandle, challenge, []);
}

export interface PasskeyEnrolment {
  invite: string;
  response: RegistrationResponseJSON;
  publicKey: string;
  wrappedKey: Record<string, unknown>;
  /** Optional: only needed to add a device with a one-time code later. */
  signInName?: string | undefined;
}

/**
 * Joining with a passkey: checks everything that can be checked without touching the invite (PRF,
 * the key's shape and wrap), verifies the attestation (which uses its challenge up), then in one
 * transaction uses the invite up, stores the public key and the passkey with its wrapped key, and
 * starts a session. Any refusal before that last step leaves the invite usable.
 */
export async function acceptInviteWithPasskey(
  deps: PasskeyDeps,
  input: PasskeyEnrolment,
): Promise<{ account: Account; session: NewSession }> {
  refusePrfOutput(input.response, '/attestation');
  if (!prfReported(input.response))
    throw invalid([{ field: '/attestation/clientExtensionResults/prf', message: NO_PRF }]);
  const problems: FieldProblem[] = [];
  if (!decodeBase64url(input.publicKey, PUBLIC_KEY_BYTES))
    problems.push({ field: '/publicKey', message: `must be ${PUBLIC_KEY_BYTES} bytes in unpadded base64url` });
  if (input.signInName !== undefined && !SIGN_IN_NAME.test(normaliseSignInName(input.signInName))) {
    problems.push({ field: '/signInName', message: 'must be 3 to 40 letters, digits, dots, dashes or underscores' });
  }
  if (problems.length > 0) throw invalid(problems);
  checkWrappedKey(input.wrappedKey, input.response.id, input.publicKey);

  const now = deps.clock.now();
  const inviteHash = hashToken(input.invite);
  const invite = await findLiveInvite(deps.db, inviteHash, now);
  if (!invite) throw badInvite();
  const { credential, userHandle } = await verifyNewCredential(
    deps,
    input.response,
    { purpose: 'join', responderId: invite.responderId, inviteHash },
    now,
  );
  const wrappedKey = JSON.stringify(input.wrappedKey);
  return deps.db.transaction().execute(async (trx) => {
    if (!(await findLiveInvite(trx, inviteHash, now)) || !(await deleteInvite(trx, inviteHash))) throw badInvite();
    if (await hasCredential(trx, invite.responderId)) {
      throw new DomainError(
        'conflict',
        'This person already has sign-in set up; a coordinator can reset it, then send a new invite',
      );
    }
    await insertPasskeyOnlyCredential(trx, {
      responderId: invite.responderId,
      nameKey: input.signInName === undefined ? null : nameKey(deps.keys, input.signInName),
      publicKey: input.publicKey,
      createdAt: now,
    });
    await insertPasskey(trx, passkeyRow(invite.responderId, userHandle, credential, wrappedKey, now));
    const responder = await getResponder({ ...deps, db: trx }, invite.programId, invite.responderId);
    const session = await createSession(trx, invite.responderId, now);
    const account = accountOf({
      responderId: responder.id,
      programId: responder.programId,
      roles: responder.roles,
      publicKey: input.publicKey,
      wrappedKey,
    });
    return { account, session };
  });
}

// ---- sign-in (no name: the authenticator offers its discoverable credential) ---------------------

export async function signInOptions(deps: PasskeyDeps): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const now = deps.clock.now();
  await deleteExpiredChallenges(deps.db, now);
  if ((await countLiveSignInChallenges(deps.db, now)) >= LIVE_SIGN_IN_CHALLENGES_MAX) {
    throw new DomainError(
      'rate_limited',
      'Too many passkey sign-ins are under way on this line. Please wait a minute and try again.',
    );
  }
  const { challenge, challengeHash } = newChallenge();
  await insertChallenge(deps.db, {
    challengeHash,
    responderId: null,
    purpose: 'sign-in',
    userHandle: null,
    expiresAt: now + CHALLENGE_LIFETIME_MS,
  });
  const options = await (
    await webauthn()
  ).generateAuthenticationOptions({
    rpID: relyingParty(deps.publicUrl).rpID,
    allowCredentials: [],
    challenge: new Uint8Array(Buffer.from(challenge, 'base64url')),
    timeout: CHALLENGE_LIFETIME_MS,
    userVerification: 'required',
  });
  return withPrf(options);
}

export type PasskeySignInResult =
  | { kind: 'signed_in'; account: Account; session: NewSession }
  | ({ kind: 'throttled' } & Throttled)
  | { kind: 'unusable' };

/** Failures are counted by credential (as a keyed hash, like names) and towards the install's ceiling. */
function credentialKey(deps: PasskeyDeps, credentialId: string): string {
  // NUL never occurs in a sign-in name, which keeps these keys apart from nameKey's.
  return deps.keys.index('name', `passkey\u0000${credentialId}`);
}

async function challengeOf(response: AuthenticationResponseJSON): Promise<string | undefined> {
  const { decodeClientDataJSON } = await webauthnHelpers();
  try {
    const challenge = decodeClientDataJSON(response.response.clientDataJSON).challenge;
    return typeof challenge === 'string' ? challenge : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Checks the assertion's challenge (single use), origin, relying party, user verification,
 * signature and counter, then signs in exactly as a passphrase does, returning this passkey's
 * wrapped key. An unknown passkey, a replayed or forged challenge and a bad signature all get the
 * same answer.
 */
export async function passkeySignIn(
  deps: PasskeyDeps,
  response: AuthenticationResponseJSON,
): Promise<PasskeySignInResult> {
  refusePrfOutput(response, '/assertion');
  const now = deps.clock.now();
  const id = CREDENTIAL_ID.test(response.id) ? response.id : '';
  const key = credentialKey(deps, id);
  const throttled = await throttledFor(deps.db, key, now, 'that passkey');
  if (throttled) return { kind: 'throttled', ...throttled };

  // The challenge is used up first, whatever follows, so no answer can be tried twice.
  const challenge = await challengeOf(response);
  const fresh =
    challenge !== undefined && (await takeChallenge(deps.db, hashToken(challenge), 'sign-in', null, now)) !== undefined;
  const found = id === '' ? undefined : await findPasskeyForSignIn(deps.db, id);
  const fail = async (): Promise<PasskeySignInResult> => {
    await recordFailure(deps.db, key, now);
    return { kind: 'unusable' };
  };
  if (!fresh || !found) return fail();
  // A discoverable credential names its user; it must be the one this passkey was made for.
  if (response.response.userHandle !== undefined && response.response.userHandle !== found.userHandle) return fail();

  const { rpID, origin } = relyingParty(deps.publicUrl);
  let newCounter: number;
  try {
    const verified = await (
      await webauthn()
    ).verifyAuthenticationResponse({
      response,
      expectedChallenge: (offered) => offered === challenge,
      expectedOrigin: origin,
      expectedRPID: rpID,
      credential: {
        id: found.id,
        publicKey: new Uint8Array(Buffer.from(found.credentialPublicKey, 'base64url')),
        counter: found.counter,
        transports: found.transports,
      },
      requireUserVerification: true,
    });
    if (!verified.verified) return fail();
    newCounter = verified.authenticationInfo.newCounter;
  } catch {
    // Includes a counter that went backwards: a sign of a cloned authenticator.
    return fail();
  }
  if (!(await recordPasskeyUse(deps.db, found.id, found.counter, newCounter, now))) return fail();
  await recordSuccess(deps.db, key);
  const session = await createSession(deps.db, found.responderId, now);
  return {
    kind: 'signed_in',
    session,
    account: accountOf({
      responderId: found.responderId,
      programId: found.programId,
      roles: found.roles,
      publicKey: found.publicKey,
      wrappedKey: found.wrappedKey,
    }),
  };
}
