import type { IncomingHttpHeaders } from 'node:http';
import type { Kysely } from 'kysely';
import { hashToken } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError } from '../platform/errors';
import type { Principal } from './principal';
import { SESSION_COOKIE, SESSION_LIFETIME_MS } from './protocol';
import { findPrincipalByTokenHash } from './repo';
import { liveSession } from './sessions';

/**
 * Who is asking: an API token (`Authorization: Bearer …`, for the CLI and scripts) or the
 * console's session cookie. Kept free of the HTTP framework: it needs only the method and headers.
 */
export interface AuthRequest {
  method: string;
  headers: IncomingHttpHeaders;
}

/** What cookie sessions need beyond the database; without it only bearer tokens are honoured. */
export interface SessionSettings {
  clock: Clock;
  publicUrl: string;
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
  requireOwnOrigin(request, deps.sessions.publicUrl);
  return (await liveSession(deps.db, token, deps.sessions.clock.now()))?.principal;
}

/**
 * CSRF: a request that a cookie alone authenticates and that can change something (any method
 * but GET/HEAD, or any request with a body) must come from Kith's own pages. Browsers always
 * send `Origin` on such requests; SameSite=Strict is the first wall, this is the second.
 */
export function requireOwnOrigin(request: AuthRequest, publicUrl: string): void {
  const method = request.method.toUpperCase();
  const hasBody = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
  if ((method === 'GET' || method === 'HEAD') && !hasBody) return;
  if (request.headers.origin !== new URL(publicUrl).origin) {
    throw new DomainError('forbidden', 'This request must come from the Kith console itself');
  }
}

/** For endpoints that start a session without one: a browser's foreign Origin is refused; non-browser clients send none. */
export function refuseForeignOrigin(request: AuthRequest, publicUrl: string): void {
  if (request.headers.origin !== undefined) requireOwnOrigin(request, publicUrl);
}

export function sessionToken(headers: IncomingHttpHeaders): string | undefined {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (name === SESSION_COOKIE && /^[A-Za-z0-9_-]{1,200}$/.test(value)) return value;
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
