import type { IncomingHttpHeaders } from 'node:http';
import type { Kysely } from 'kysely';
import { hashToken } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError } from '../platform/errors';
import type { Principal } from './principal';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './protocol';
import { findPrincipalByTokenHash } from './repo/tokens';
import { liveSession } from './sessions/service';

/**
 * Who is asking: an API token (`Authorization: Bearer …`, for the CLI and scripts) or the
 * console's session cookie. Kept free of the HTTP framework: it needs only the method and headers.
 */
export interface AuthRequest {
  method: string;
  headers: IncomingHttpHeaders;
}

/**
 * Where Kith's own pages are served from: the public URL and, when the line has one, its onion
 * service address (KITH_ONION_URL). `Config` is one.
 */
export interface OwnOrigins {
  publicUrl: string;
  onionUrl?: string | undefined;
}

/** What cookie sessions need beyond the database; without it only bearer tokens are honoured. */
export interface SessionSettings extends OwnOrigins {
  clock: Clock;
}

export async function resolvePrincipal(
  request: AuthRequest,
  deps: { db: Kysely<Database>; sessions: SessionSettings | undefined },
): Promise<Principal | undefined> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    // A request that names a token is judged by that token alone, never by a cookie beside it.
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ? findPrincipalByTokenHash(deps.db, hashToken(match[1])) : undefined;
  }
  const token = sessionToken(request.headers);
  if (token === undefined || deps.sessions === undefined) return undefined;
  // Checked before the session is read, so a forged request does not even keep a session alive.
  requireOwnOrigin(request, deps.sessions);
  return (await liveSession(deps.db, token, deps.sessions.clock.now()))?.principal;
}

/**
 * CSRF: a request that a cookie alone authenticates and that can change something (any method
 * but GET/HEAD, or any request with a body) must come from Kith's own pages. Browsers always
 * send `Origin` on such requests; SameSite=Strict is the first wall, this is the second.
 */
export function requireOwnOrigin(request: AuthRequest, own: OwnOrigins): void {
  const method = request.method.toUpperCase();
  const hasBody =
    request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if ((method === 'GET' || method === 'HEAD') && !hasBody) return;
  if (!isOwnOrigin(request.headers.origin, own)) {
    throw new DomainError('forbidden', 'This request must come from the Kith console itself');
  }
}

/** For endpoints that start a session without one: a browser's foreign Origin is refused; non-browser clients send none. */
export function refuseForeignOrigin(request: AuthRequest, own: OwnOrigins): void {
  if (request.headers.origin !== undefined) requireOwnOrigin(request, own);
}

/** Exactly one of the configured origins: never derived from `Host` or any other request header. */
export function isOwnOrigin(origin: string | undefined, own: OwnOrigins): boolean {
  if (origin === undefined) return false;
  return (
    origin === new URL(own.publicUrl).origin || (own.onionUrl !== undefined && origin === new URL(own.onionUrl).origin)
  );
}

/**
 * The hash that names the console session making this request (what per-device things, such as a
 * push subscription, hang off and are erased with); undefined for a bearer token or no session.
 */
export function sessionKeyOf(headers: IncomingHttpHeaders): string | undefined {
  if (headers.authorization !== undefined) return undefined;
  const token = sessionToken(headers);
  return token === undefined ? undefined : hashToken(token);
}

export function sessionToken(headers: IncomingHttpHeaders): string | undefined {
  return cookieValue(headers, SESSION_COOKIE, /^[A-Za-z0-9_-]{1,200}$/);
}

/** The first cookie of that name whose value has the expected shape; anything else is not ours. */
export function cookieValue(headers: IncomingHttpHeaders, cookie: string, shape: RegExp): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (name === cookie && shape.test(value)) return value;
  }
  return undefined;
}

/** HttpOnly (no script reads it), SameSite=Strict, Secure whenever Kith is served over https. */
export function sessionCookie(token: string, publicUrl: string): string {
  return `${SESSION_COOKIE}=${token}; ${attributes(publicUrl)}; Max-Age=${SESSION_LIFETIME_MS / 1000}`;
}

export function clearedSessionCookie(publicUrl: string): string {
  return `${SESSION_COOKIE}=; ${attributes(publicUrl)}; Max-Age=0`;
}

function attributes(publicUrl: string): string {
  const secure = new URL(publicUrl).protocol === 'https:' ? '; Secure' : '';
  return `Path=/; HttpOnly; SameSite=Strict${secure}`;
}
