import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { briefingStateOf, type BriefingState } from '../../program/briefing';

/**
 * The only SQL of the shift-start briefing: each responder's briefing columns on the roster
 * (migration 020; the roster is src/responders', these columns are the briefing's) and the
 * one-time links.
 */
type Db = Kysely<Database>;

export async function stateOf(db: Db, programId: string, responderId: string): Promise<BriefingState | undefined> {
  const row = await db
    .selectFrom('responders')
    .select(['briefed_version', 'briefed_shifts', 'shift_seen_at'])
    .where('program_id', '=', programId)
    .where('id', '=', responderId)
    .executeTakeFirst();
  return row && briefingStateOf(row);
}

/**
 * An acknowledgement. On shift it covers this shift (counted now if the sweep has not yet);
 * off shift it covers the next one, which the sweep counts when it begins.
 */
export async function acknowledge(
  db: Db,
  programId: string,
  responderId: string,
  version: number,
  now: number,
  onShift: boolean,
): Promise<void> {
  await db
    .updateTable('responders')
    .set((eb) => ({
      briefed_version: version,
      briefed_at: now,
      briefed_shifts: onShift ? 1 : 0,
      shift_seen_at: onShift ? eb.fn.coalesce('shift_seen_at', eb.val(now)) : null,
    }))
    .where('program_id', '=', programId)
    .where('id', '=', responderId)
    .execute();
}

/**
 * The sweep's view of shifts: each of `onCall` (with the start of the stretch they are on) whom it
 * had not seen on this stretch is marked seen and the shift counted — returned, so each is told
 * once even with two instances (the update claims them). Everyone else is off shift again.
 */
export async function seeShifts(
  db: Db,
  programId: string,
  onCall: readonly { responderId: string; since: number }[],
  now: number,
): Promise<string[]> {
  const begun: string[] = [];
  for (const { responderId, since } of onCall) {
    const claimed = await db
      .updateTable('responders')
      .set((eb) => ({ shift_seen_at: now, briefed_shifts: eb('briefed_shifts', '+', 1) }))
      .where('program_id', '=', programId)
      .where('id', '=', responderId)
      // Not seen, or last seen on an earlier stretch (the sweep slept through its end).
      .where((eb) => eb.or([eb('shift_seen_at', 'is', null), eb('shift_seen_at', '<', since)]))
      .returning('id')
      .execute();
    if (claimed.length > 0) begun.push(responderId);
  }
  let ended = db
    .updateTable('responders')
    .set({ shift_seen_at: null })
    .where('program_id', '=', programId)
    .where('shift_seen_at', 'is not', null);
  if (onCall.length > 0)
    ended = ended.where(
      'id',
      'not in',
      onCall.map((o) => o.responderId),
    );
  await ended.execute();
  return begun;
}

export interface TeamBriefingRow {
  id: string;
  name: string;
  status: string;
  briefedVersion: number;
  briefedAt: number | null;
}

/** Everyone on the roster, with the version they last acknowledged: names and numbers of versions only. */
export async function teamBriefings(db: Db, programId: string): Promise<TeamBriefingRow[]> {
  return db
    .selectFrom('responders')
    .select(['id', 'name', 'status', 'briefed_version as briefedVersion', 'briefed_at as briefedAt'])
    .where('program_id', '=', programId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

export interface LinkRow {
  programId: string;
  responderId: string;
  version: number;
}

export async function insertLink(
  db: Db,
  link: LinkRow & { tokenHash: string; createdAt: number; expiresAt: number },
): Promise<void> {
  await db
    .insertInto('briefing_links')
    .values({
      token_hash: link.tokenHash,
      program_id: link.programId,
      responder_id: link.responderId,
      version: link.version,
      created_at: link.createdAt,
      expires_at: link.expiresAt,
    })
    .execute();
}

export async function findLink(db: Db, tokenHash: string, now: number): Promise<LinkRow | undefined> {
  return db
    .selectFrom('briefing_links')
    .select(['program_id as programId', 'responder_id as responderId', 'version'])
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** A used link, and every other link of that person: one acknowledgement answers them all. */
export async function useLinks(db: Db, responderId: string): Promise<void> {
  await db.deleteFrom('briefing_links').where('responder_id', '=', responderId).execute();
}

export async function purgeLinks(db: Db, now: number): Promise<number> {
  const result = await db.deleteFrom('briefing_links').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
