import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { hashToken } from '../../crypto/server-keys';
import { DomainError } from '../../platform/errors';
import {
  countLiveSignInChallenges,
  deleteExpiredChallenges,
  findPasskeyForSignIn,
  insertChallenge,
  recordPasskeyUse,
  takeChallenge,
} from './repo';
import { createSession, type NewSession } from '../sessions/service';
import { accountOf, type Account } from '../sign-in/service';
import { recordFailure, recordSuccess, throttledFor, type Attempt, type Throttled } from '../sign-in/throttle';
import {
  CHALLENGE_LIFETIME_MS,
  CREDENTIAL_ID,
  relyingParty,
  newChallenge,
  withPrf,
  refusePrfOutput,
  webauthn,
  webauthnHelpers,
  type PasskeyDeps,
  type WithPrf,
} from './webauthn';

// Signing in with a passkey: no name to type, the authenticator offers its discoverable credential.

/** Sign-in challenges can be asked for by anyone, so only this many may wait at once. */
export const LIVE_SIGN_IN_CHALLENGES_MAX = 1000;
export const UNUSABLE = 'That passkey can’t sign in here. It may have been removed; sign in with your passphrase.';
export async function signInOptions(deps: PasskeyDeps): Promise<WithPrf<PublicKeyCredentialRequestOptionsJSON>> {
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
  // A passkey's assertion cannot be guessed, so the install-wide ceiling (against guessing across
  // names) does not hold passkeys back: a spray of failures elsewhere must not keep one out.
  const attempt: Attempt = { key: credentialKey(deps, id), installWide: false };
  const throttled = await throttledFor(deps.db, attempt, now, 'that passkey');
  if (throttled) return { kind: 'throttled', ...throttled };

  // The challenge is used up first, whatever follows, so no answer can be tried twice.
  const challenge = await challengeOf(response);
  const fresh =
    challenge !== undefined && (await takeChallenge(deps.db, hashToken(challenge), 'sign-in', null, now)) !== undefined;
  const found = id === '' ? undefined : await findPasskeyForSignIn(deps.db, id);
  const fail = async (): Promise<PasskeySignInResult> => {
    await recordFailure(deps.db, attempt, now);
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
  await recordSuccess(deps.db, attempt);
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
