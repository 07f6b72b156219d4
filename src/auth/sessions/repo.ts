import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Role } from '../principal';

/** Browser sessions: the only code that knows their SQL (sign-in failures are sign-in/repo.ts's). */

export async function insertSession(
  db: Kysely<Database>,
  session: { tokenHash: string; responderId: string; createdAt: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({
      token_hash: session.tokenHash,
      responder_id: session.responderId,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
      last_seen_at: session.createdAt,
    })
    .execute();
}

export async function findSession(db: Kysely<Database>, tokenHash: string) {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('responders', 'responders.id', 'sessions.responder_id')
    .select([
      'responders.id as responderId',
      'responders.program_id as programId',
      'responders.roles as roles',
      'sessions.expires_at as expiresAt',
      'sessions.last_seen_at as lastSeenAt',
      'sessions.kept_while_out as keptWhileOut',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row
    ? { ...row, roles: JSON.parse(row.roles) as Role[], keptWhileOut: Number(row.keptWhileOut) === 1 }
    : undefined;
}

export async function touchSession(db: Kysely<Database>, tokenHash: string, now: number): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('token_hash', '=', tokenHash).execute();
}

/** Marks (or unmarks) one session as its responder's own phone, kept signed in while they are out. */
export async function markKeptWhileOut(db: Kysely<Database>, tokenHash: string, keep: boolean): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ kept_while_out: keep ? 1 : 0 })
    .where('token_hash', '=', tokenHash)
    .execute();
}

/**
 * Slides the idle timer of the marked sessions of these responders. Only live ones: a session that
 * already ended stays ended. Written at most once per `touchMs`, like any request.
 */
export async function touchKeptSessions(
  db: Kysely<Database>,
  responderIds: string[],
  now: number,
  limits: { idleMs: number; touchMs: number },
): Promise<number> {
  if (responderIds.length === 0) return 0;
  const result = await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('responder_id', 'in', responderIds)
    .where('kept_while_out', '=', 1)
    .where('expires_at', '>', now)
    .where('last_seen_at', '>', now - limits.idleMs)
    .where('last_seen_at', '<=', now - limits.touchMs)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function deleteSession(db: Kysely<Database>, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteSessionsOf(db: Kysely<Database>, responderId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('responder_id', '=', responderId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions past either limit can never be used again; removing them keeps the table small. */
export async function deleteDeadSessions(db: Kysely<Database>, now: number, idleMs: number): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
    .execute();
}
