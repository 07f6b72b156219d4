import type { Kysely } from 'kysely';
import { hashToken } from '../../crypto/server-keys';
import type { Database } from '../../db/schema';
import { newSecretToken } from '../../platform/ids';
import type { Principal } from '../principal';
import { SESSION_IDLE_MS, SESSION_LIFETIME_MS, SESSION_TOUCH_MS } from '../protocol';
import {
  deleteDeadSessions,
  deleteSession,
  deleteSessionsOf,
  findSession,
  insertSession,
  markKeptWhileOut,
  touchKeptSessions,
  touchSession,
} from './repo';

/**
 * Browser sessions: a random cookie token, stored only hashed. A session ends at the first of:
 * sign-out, 12 hours after sign-in, 30 minutes without a request, or a coordinator revoking it.
 * One exception to the idle limit: a session marked as its responder's own phone does not idle out
 * while they are out on a field response (the dispatch sweep keeps it alive); the 12 hours still hold.
 */
export interface NewSession {
  token: string;
  expiresAt: number;
}

export async function createSession(db: Kysely<Database>, responderId: string, now: number): Promise<NewSession> {
  await deleteDeadSessions(db, now, SESSION_IDLE_MS);
  const token = newSecretToken('sess');
  const expiresAt = now + SESSION_LIFETIME_MS;
  await insertSession(db, { tokenHash: hashToken(token), responderId, createdAt: now, expiresAt });
  return { token, expiresAt };
}

export interface LiveSession {
  principal: Principal;
  expiresAt: number;
  /** When the session ends if no further request comes. */
  idleUntil: number;
  /** Marked as the responder's own phone: kept signed in while they are out on a field response. */
  keptWhileOut: boolean;
}

/** The session behind a cookie token, sliding its idle timer; undefined once it has ended. */
export async function liveSession(db: Kysely<Database>, token: string, now: number): Promise<LiveSession | undefined> {
  const tokenHash = hashToken(token);
  const row = await findSession(db, tokenHash);
  if (!row) return undefined;
  if (now >= row.expiresAt || now - row.lastSeenAt >= SESSION_IDLE_MS) {
    await deleteSession(db, tokenHash);
    return undefined;
  }
  let lastSeenAt = row.lastSeenAt;
  if (now - row.lastSeenAt >= SESSION_TOUCH_MS) {
    await touchSession(db, tokenHash, now);
    lastSeenAt = now;
  }
  return {
    principal: { responderId: row.responderId, programId: row.programId, roles: row.roles },
    expiresAt: row.expiresAt,
    idleUntil: Math.min(row.expiresAt, lastSeenAt + SESSION_IDLE_MS),
    keptWhileOut: row.keptWhileOut,
  };
}

/** "This is my own phone": this session stays signed in while its responder is out (or stops). */
export async function keepWhileOut(db: Kysely<Database>, token: string, keep: boolean): Promise<void> {
  await markKeptWhileOut(db, hashToken(token), keep);
}

/** Called by the dispatch sweep for the responders out right now: their marked sessions do not idle out. */
export async function keepFieldSessionsAlive(
  db: Kysely<Database>,
  responderIds: string[],
  now: number,
): Promise<number> {
  return touchKeptSessions(db, responderIds, now, { idleMs: SESSION_IDLE_MS, touchMs: SESSION_TOUCH_MS });
}

export async function endSession(db: Kysely<Database>, token: string): Promise<void> {
  await deleteSession(db, hashToken(token));
}

/** Every session of one responder, at once (a lost phone). Returns how many ended. */
export async function endSessionsOf(db: Kysely<Database>, responderId: string): Promise<number> {
  return deleteSessionsOf(db, responderId);
}
