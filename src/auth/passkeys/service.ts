import type { Kysely } from 'kysely';
import { randomBytes } from 'node:crypto';
import type { PublicKeyCredentialCreationOptionsJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Database } from '../../db/schema';
import { DomainError, invalid } from '../../platform/errors';
import { findProgramById } from '../../program/service';
import type { Principal } from '../principal';
import { findPublicKey } from '../repo/credentials';
import {
  deleteExpiredChallenges,
  deletePasskey,
  deletePasskeysOf,
  insertChallenge,
  insertPasskey,
  passkeysOf,
} from './repo';
import {
  PASSKEYS_PER_RESPONDER_MAX,
  CHALLENGE_LIFETIME_MS,
  NO_PRF,
  creationOptions,
  tooManyPasskeys,
  prfReported,
  refusePrfOutput,
  passkeyRow,
  verifyNewCredential,
  checkWrappedKey,
  newChallenge,
  type PasskeyDeps,
  type WithPrf,
} from './webauthn';

// A signed-in responder's own passkeys: adding one (the key is in the page's memory), listing, removing.

export interface PasskeySummary {
  id: string;
  createdAt: number;
  lastUsedAt: number | null;
}

// ---- registration (signed in, key in the page's memory) ----------------------------------------

export async function registrationOptions(
  deps: PasskeyDeps,
  who: Principal,
): Promise<WithPrf<PublicKeyCredentialCreationOptionsJSON>> {
  if ((await findPublicKey(deps.db, who.responderId)) === undefined) {
    throw new DomainError('conflict', 'Set up sign-in with a passphrase first; a passkey is added to an existing key');
  }
  const existing = await passkeysOf(deps.db, who.responderId);
  if (existing.length >= PASSKEYS_PER_RESPONDER_MAX) throw tooManyPasskeys();
  const program = await findProgramById(deps, who.programId);
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

export async function listPasskeys(deps: PasskeyDeps, who: Principal): Promise<PasskeySummary[]> {
  const rows = await passkeysOf(deps.db, who.responderId);
  return rows.map((row) => ({ id: row.id, createdAt: row.createdAt, lastUsedAt: row.lastUsedAt }));
}

export async function removePasskey(deps: PasskeyDeps, who: Principal, id: string): Promise<void> {
  // Another responder's passkey and no passkey at all look the same.
  if (!(await deletePasskey(deps.db, who.responderId, id))) throw new DomainError('not_found', 'Passkey not found');
}

/** A coordinator's revocation or reset (auth/enrolment.ts) ends every passkey, inside its transaction. */
export async function forgetPasskeysOf(db: Kysely<Database>, responderId: string): Promise<void> {
  await deletePasskeysOf(db, responderId);
}
