import { randomBytes } from 'node:crypto';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { KEY_WRAP_ALG } from '../../crypto/e2e-wrap';
import { hashToken } from '../../crypto/server-keys';
import { DomainError, invalid } from '../../platform/errors';
import { takeChallenge } from './repo';
import { WRAPPED_KEY_MAX_BYTES } from '../protocol';
import type { SignInDeps } from '../sign-in/service';

/**
 * Passkeys (WebAuthn) whose PRF output wraps the responder's private key (docs/SIGN-IN.md).
 *
 * Checking attestations and assertions — CBOR, COSE keys, signature formats, flags, counters — is
 * done by @simplewebauthn/server: it is not Kith's craft and must not be written by hand here.
 * This folder decides what is asked, what is stored and who it signs in; this file holds what its
 * ceremonies share.
 */
export const CHALLENGE_LIFETIME_MS = 5 * 60 * 1000;
/**
 * The library and its ASN.1 and X.509 dependencies are loaded at the first passkey request, not at
 * start: they are some 300 modules, about a quarter of the server's start-up CPU (docs/PERFORMANCE.md).
 */
let library: Promise<typeof import('@simplewebauthn/server')> | undefined;
let helpers: Promise<typeof import('@simplewebauthn/server/helpers')> | undefined;
export const webauthn = () => (library ??= import('@simplewebauthn/server'));
export const webauthnHelpers = () => (helpers ??= import('@simplewebauthn/server/helpers'));

export const PASSKEYS_PER_RESPONDER_MAX = 10;
/**
 * The PRF input, the same for every credential: the output still differs per credential (it is
 * the authenticator's secret for that credential applied to it), and a fixed input lets a sign-in
 * ask for it before anyone knows which credential will answer.
 */
export const PRF_SALT = Buffer.from('kith/prf/v1', 'utf8').toString('base64url');
/** Credential ids are at most 1023 bytes (WebAuthn); as base64url that is at most 1364 characters. */
export const CREDENTIAL_ID = /^[A-Za-z0-9_-]{1,1364}$/;

export interface PasskeyDeps extends SignInDeps {
  publicUrl: string;
}

export const NO_PRF =
  'This authenticator can’t give the value that unlocks your key (the WebAuthn PRF extension); keep using your passphrase on this device';

export function relyingParty(publicUrl: string): { rpID: string; origin: string } {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

export function newChallenge(): { challenge: string; challengeHash: string } {
  const challenge = randomBytes(32).toString('base64url');
  return { challenge, challengeHash: hashToken(challenge) };
}

/** The WebAuthn JSON form carries binary values as base64url; our PRF input goes in as such. */
export type WithPrf<T> = T & { extensions: { prf: { eval: { first: string } } } };

export function withPrf<T extends { extensions?: unknown }>(options: T): WithPrf<T> {
  return { ...options, extensions: { prf: { eval: { first: PRF_SALT } } } };
}

/** Creation options, the same for adding a passkey and for joining with one. */
export async function creationOptions(
  deps: PasskeyDeps,
  programName: string,
  userHandle: string,
  challenge: string,
  exclude: { id: string; transports: string[] }[],
): Promise<WithPrf<PublicKeyCredentialCreationOptionsJSON>> {
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

export const tooManyPasskeys = () =>
  new DomainError('conflict', `At most ${PASSKEYS_PER_RESPONDER_MAX} passkeys; remove one first`);

/** The PRF extension's client output, read loosely: it comes from the browser and is only advisory. */
export function prfReported(response: { clientExtensionResults?: unknown }): boolean {
  const results = response.clientExtensionResults;
  if (typeof results !== 'object' || results === null || !('prf' in results)) return false;
  const prf = results.prf;
  return typeof prf === 'object' && prf !== null && 'enabled' in prf && prf.enabled === true;
}

/**
 * A PRF output in a request means a client is sending the secret that unwraps the key: refuse it
 * loudly, so such a client fails its first test instead of leaking quietly in production.
 */
export function refusePrfOutput(response: { clientExtensionResults?: unknown }, field: string): void {
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

export type NewCredential = { id: string; publicKey: Uint8Array; counter: number; transports?: string[] | undefined };

export function passkeyRow(
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
export async function verifyNewCredential(
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
export function checkWrappedKey(wrapped: Record<string, unknown>, credentialId: string, publicKey: string): void {
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
