import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { DomainError } from '../platform/errors';
import { getResponder } from '../responders/service';
import { createSession, type NewSession } from './sessions/service';
import { accountOf, type Account, type SignInDeps } from './sign-in/service';

/** What both ways of joining (a passphrase in enrolment.ts, a passkey in passkeys/join.ts) share. */

export const badInvite = () =>
  new DomainError(
    'not_found',
    'That invite link is not valid, was already used, or has expired. Ask your coordinator for a new one.',
  );

export const alreadySetUp = () =>
  new DomainError(
    'conflict',
    'This person already has sign-in set up; a coordinator can reset it, then send a new invite',
  );

/** The end of joining, inside its transaction: the account the browser holds, and its first session. */
export async function joinedAccount(
  deps: SignInDeps,
  trx: Kysely<Database>,
  invite: { programId: string; responderId: string },
  keys: { publicKey: string; wrappedKey: string },
  now: number,
): Promise<{ account: Account; session: NewSession }> {
  const responder = await getResponder({ ...deps, db: trx }, invite.programId, invite.responderId);
  const session = await createSession(trx, invite.responderId, now);
  const account = accountOf({
    responderId: responder.id,
    programId: responder.programId,
    roles: responder.roles,
    ...keys,
  });
  return { account, session };
}
