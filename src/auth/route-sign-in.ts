import type { Kysely } from 'kysely';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError } from '../platform/errors';
import { sessionCookie, sessionToken } from './resolve';
import { endSession, type NewSession } from './sessions/service';
import { deviceEntries } from './sign-in/device-cookie';
import { rememberDevice, type Account } from './sign-in/service';
import type { Throttled } from './sign-in/throttle';

/**
 * The HTTP ends every way in (passphrase, passkey, device code) shares, so each answers alike.
 * Log lines name responders by id only: never a token, a credential id, a code, a key or a sign-in name.
 */
export interface SignInEdge {
  db: Kysely<Database>;
  clock: Clock;
  keys: ServerKeys;
  publicUrl: string;
}

/**
 * The end of every successful sign-in: this browser's previous session ends, the new one is set,
 * and so is a fresh device cookie, so that next time this browser is a known device for the account.
 */
export async function signedIn(
  edge: SignInEdge,
  request: FastifyRequest,
  reply: FastifyReply,
  result: { account: Account; session: NewSession },
  how: string,
) {
  // Signing in again from the same browser replaces its session rather than leaving one behind.
  const previous = sessionToken(request.headers);
  if (previous !== undefined) await endSession(edge.db, previous);
  request.log.info({ responderId: result.account.responderId, how }, 'signed in');
  const devices = deviceEntries(request.headers, edge.clock.now());
  const device = await rememberDevice(edge, result.account.responderId, devices);
  // The session cookie last: it is the one that matters now, and clients reading one header take the last.
  const cookies = [...(device === undefined ? [] : [device]), sessionCookie(result.session.token, edge.publicUrl)];
  return reply.header('set-cookie', cookies).send(result.account);
}

/** Too many failures for this name (or passkey), or on the whole line: 429 with Retry-After. */
export function refuseThrottled(reply: FastifyReply, throttled: Throttled): never {
  // The error mapper keeps headers already set on the reply, so the wait travels with the 429.
  reply.header('retry-after', String(throttled.retryAfterSeconds));
  throw new DomainError('rate_limited', throttled.message);
}

/**
 * Adding a way in is done from the console, whose page holds the key. An API token (a script)
 * cannot wrap the key, and must not be able to turn itself into a browser session either.
 */
export function consoleOnly(request: FastifyRequest): void {
  if (request.headers.authorization !== undefined)
    throw new DomainError('forbidden', 'Passkeys and device codes are added from the console, signed in');
}
