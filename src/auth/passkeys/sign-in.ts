import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/server';
import { findPasskeyForSignIn, recordPasskeyUse } from './repo';
import { mintSignInChallenge, openSignInChallenge, type SpentChallenges } from './sign-in-challenge';
import { createSession, type NewSession } from '../sessions/service';
import { accountOf, type Account } from '../sign-in/service';
import { recordFailure, recordSuccess, throttledFor, type Attempt, type Throttled } from '../sign-in/throttle';
import {
  CHALLENGE_LIFETIME_MS,
  CREDENTIAL_ID,
  relyingParty,
  withPrf,
  refusePrfOutput,
  webauthn,
  webauthnHelpers,
  type PasskeyDeps,
  type WithPrf,
} from './webauthn';

// Signing in with a passkey: no name to type, the authenticator offers its discoverable credential.

export const UNUSABLE = 'That passkey can’t sign in here. It may have been removed; sign in with your passphrase.';

/**
 * Anyone may ask, as often as they like: the challenge is MACed, not stored (sign-in-challenge.ts),
 * so asking costs the server a keyed hash and writes nothing.
 */
export async function signInOptions(deps: PasskeyDeps): Promise<WithPrf<PublicKeyCredentialRequestOptionsJSON>> {
  const challenge = mintSignInChallenge(deps.keys, deps.clock.now() + CHALLENGE_LIFETIME_MS);
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
 * Checks the assertion's challenge (made by this server, unexpired, not answered before), origin,
 * relying party, user verification, signature and counter, then signs in exactly as a passphrase
 * does, returning this passkey's wrapped key. An unknown passkey, a replayed, expired or forged
 * challenge and a bad signature all get the same answer.
 */
export async function passkeySignIn(
  deps: PasskeyDeps,
  spent: SpentChallenges,
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

  const challenge = await challengeOf(response);
  const opened = challenge === undefined ? undefined : openSignInChallenge(deps.keys, challenge, now);
  const found = id === '' ? undefined : await findPasskeyForSignIn(deps.db, id);
  const fail = async (): Promise<PasskeySignInResult> => {
    await recordFailure(deps.db, attempt, now);
    return { kind: 'unusable' };
  };
  if (!opened || spent.has(opened) || !found) return fail();
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
  // Spent only once verified (junk answers cannot fill the set), and checked and added with no
  // await between, so of two copies of one answer racing here only the first signs in.
  if (!spent.spend(opened, now)) return fail();
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
