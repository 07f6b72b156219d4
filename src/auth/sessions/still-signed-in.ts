import type { IncomingHttpHeaders } from 'node:http';
import type { Kysely } from 'kysely';
import { hashToken } from '../../crypto/server-keys';
import type { Database } from '../../db/schema';
import { SESSION_IDLE_MS } from '../protocol';
import { findPrincipalByTokenHash } from '../repo/tokens';
import { sessionToken } from '../resolve';
import { findSession } from './repo';

/**
 * For long-lived requests (the live event stream): does the credential that opened the request
 * still stand for the same responder? Unlike `liveSession`, it never slides the idle timer — an
 * open tab is not activity, so a console left open on a shared computer still signs itself out.
 */
export async function stillSignedIn(
  headers: IncomingHttpHeaders,
  responderId: string,
  deps: { db: Kysely<Database>; now: number },
): Promise<boolean> {
  const authorization = headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) return false;
    const principal = await findPrincipalByTokenHash(deps.db, hashToken(match[1]));
    return principal?.responderId === responderId;
  }
  const token = sessionToken(headers);
  if (token === undefined) return false;
  const session = await findSession(deps.db, hashToken(token));
  if (!session || session.responderId !== responderId) return false;
  return deps.now < session.expiresAt && deps.now - session.lastSeenAt < SESSION_IDLE_MS;
}
