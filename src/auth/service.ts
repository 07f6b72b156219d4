import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import { hashToken } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { notFound } from '../platform/errors';
import { newId, newSecretToken } from '../platform/ids';
import { getResponder } from '../responders/service';
import type { IssuedApiToken } from './issued';
import { anyWayIn, insertApiToken, listApiTokens, revokeApiToken } from './repo/tokens';

/** API tokens: for the command line and scripts; each is shown once and stored only hashed. */
export interface AuthDeps {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
}

/** A new API token for a responder; the token itself is returned once and stored only hashed. */
export async function issueApiToken(
  deps: AuthDeps,
  programId: string,
  responderId: string,
  label: string,
): Promise<IssuedApiToken> {
  await getResponder(deps, programId, responderId); // same program, or "not found"
  const token = newSecretToken('kith');
  const id = newId('tok');
  await insertApiToken(deps.db, { id, responderId, tokenHash: hashToken(token), label, createdAt: deps.clock.now() });
  return { tokenId: id, token };
}

export async function revokeToken(deps: AuthDeps, programId: string, tokenId: string): Promise<void> {
  if (!(await revokeApiToken(deps.db, programId, tokenId, deps.clock.now()))) throw notFound('Token');
}

/** The program's API tokens, never their secrets. */
export async function listTokens(deps: Pick<AuthDeps, 'db'>, programId: string) {
  return listApiTokens(deps.db, programId);
}

/**
 * Whether any of these people can get in: a console sign-in (a passphrase or a passkey) or a live
 * API token. First-time setup asks it of the first coordinators (setup/service.ts).
 */
export async function canAnyoneSignIn(deps: Pick<AuthDeps, 'db'>, responderIds: readonly string[]): Promise<boolean> {
  return anyWayIn(deps.db, responderIds);
}
