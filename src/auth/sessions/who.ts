import type { Kysely } from 'kysely';
import type { ServerKeys } from '../../crypto/server-keys';
import type { Database } from '../../db/schema';
import type { Clock } from '../../platform/clock';
import { getResponder } from '../../responders/service';
import type { Principal } from '../principal';
import { findPublicKey } from '../repo/credentials';
import { liveSession } from './service';

/**
 * Who is signed in, and until when: what the console shows of its own sign-in. A request by API
 * token has no session (`session` is null), even when the same browser also holds a cookie.
 */
export async function whoIsSignedIn(
  deps: { db: Kysely<Database>; clock: Clock; keys: ServerKeys },
  who: Principal,
  cookieToken: string | undefined,
) {
  const responder = await getResponder(deps, who.programId, who.responderId);
  const session = cookieToken === undefined ? undefined : await liveSession(deps.db, cookieToken, deps.clock.now());
  return {
    responderId: who.responderId,
    programId: who.programId,
    name: responder.name,
    roles: [...who.roles],
    publicKey: (await findPublicKey(deps.db, who.responderId)) ?? null,
    session: session
      ? { expiresAt: session.expiresAt, idleUntil: session.idleUntil, keptWhileOut: session.keptWhileOut }
      : null,
  };
}
