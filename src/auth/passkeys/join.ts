import { randomBytes } from 'node:crypto';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { hashToken } from '../../crypto/server-keys';
import { invalid, type FieldProblem } from '../../platform/errors';
import { alreadySetUp, badInvite, joinedAccount } from '../joined';
import { deleteInvite, findLiveInvite, hasCredential, insertPasskeyOnlyCredential } from '../repo/credentials';
import { deleteExpiredChallenges, insertChallenge, insertPasskey } from './repo';
import { decodeBase64url, normaliseSignInName, PUBLIC_KEY_BYTES, SIGN_IN_NAME } from '../protocol';
import type { NewSession } from '../sessions/service';
import { nameKey, type Account } from '../sign-in/service';
import {
  CHALLENGE_LIFETIME_MS,
  NO_PRF,
  creationOptions,
  prfReported,
  refusePrfOutput,
  passkeyRow,
  verifyNewCredential,
  checkWrappedKey,
  newChallenge,
  type PasskeyDeps,
  type WithPrf,
} from './webauthn';

// Joining with a passkey alone: an invite, no passphrase (docs/SIGN-IN.md).

/** Creation options for the person holding this invite; the challenge is bound to the invite (its hash). */
export async function joinOptions(
  deps: PasskeyDeps,
  invite: string,
): Promise<WithPrf<PublicKeyCredentialCreationOptionsJSON>> {
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
    if (await hasCredential(trx, invite.responderId)) throw alreadySetUp();
    await insertPasskeyOnlyCredential(trx, {
      responderId: invite.responderId,
      nameKey: input.signInName === undefined ? null : nameKey(deps.keys, input.signInName),
      publicKey: input.publicKey,
      createdAt: now,
    });
    await insertPasskey(trx, passkeyRow(invite.responderId, userHandle, credential, wrappedKey, now));
    return joinedAccount(deps, trx, invite, { publicKey: input.publicKey, wrappedKey }, now);
  });
}
