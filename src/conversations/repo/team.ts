import { briefingStateOf, type BriefingState, type PlanVersion } from '../../program/briefing';
import type { Db } from '../types';

/**
 * What texting reads of the team: names to show, phones to alert, public keys to seal to. Read-only
 * and narrow on purpose; the responders and their credentials are src/responders' and src/auth's.
 */

export async function responderNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('responders').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function responderStatus(
  db: Db,
  programId: string,
  id: string,
): Promise<{ id: string; status: string } | undefined> {
  return db
    .selectFrom('responders')
    .select(['id', 'status'])
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** A responder's phone, sealed under the server's keys, and the languages to text them in. */
export interface ResponderPhone {
  id: string;
  /** JSON list, first is theirs. */
  languages: string;
  phoneSealed: string | null;
}

export async function responderPhone(db: Db, id: string): Promise<ResponderPhone | undefined> {
  return db
    .selectFrom('responders')
    .select(['id', 'languages', 'phone_sealed as phoneSealed'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The public key each of these responders has set up (absent: not signed in yet). */
export async function publicKeysOf(db: Db, ids: string[]): Promise<{ responderId: string; publicKey: string }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('credentials')
    .select(['responder_id', 'public_key'])
    .where('responder_id', 'in', ids)
    .execute();
  return rows.map((row) => ({ responderId: row.responder_id, publicKey: row.public_key }));
}

export async function publicKeyOf(db: Db, id: string): Promise<string | undefined> {
  return (await publicKeysOf(db, [id]))[0]?.publicKey;
}

/** Someone on a shift, as texting alerts them and seals to them. `roles` is a JSON list. */
export interface OnCallResponder extends ResponderPhone {
  name: string;
  roles: string;
  publicKey: string | null;
}

/**
 * Of these responders, the active ones not on break, oldest first, with their phones and keys, and
 * whether they have read the plan (program/briefing.ts: the program's version beside their state).
 */
export async function availableAmong(
  db: Db,
  ids: string[],
  now: number,
): Promise<(OnCallResponder & { plan: PlanVersion; briefing: BriefingState })[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .innerJoin('programs', 'programs.id', 'responders.program_id')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'responders.phone_sealed as phoneSealed',
      'credentials.public_key as publicKey',
      'responders.briefed_version',
      'responders.briefed_shifts',
      'responders.shift_seen_at',
      'programs.plan_version',
      'programs.plan_version_at',
    ])
    .where('responders.id', 'in', ids)
    .where('responders.status', '=', 'active')
    // A break with an end (a cool-down, stepping back to the shift's end) is over once it passes.
    .where((eb) => eb.or([eb('responders.on_break_since', 'is', null), eb('responders.break_until', '<=', now)]))
    .orderBy('responders.created_at')
    .execute();
  return rows.map(({ briefed_version, briefed_shifts, shift_seen_at, plan_version, plan_version_at, ...row }) => ({
    ...row,
    plan: { version: plan_version, at: plan_version_at },
    briefing: briefingStateOf({ briefed_version, briefed_shifts, shift_seen_at }),
  }));
}

/** The program's active responders who have a key, with their roles (a JSON list). */
export async function activeWithKeys(
  db: Db,
  programId: string,
): Promise<{ id: string; roles: string; publicKey: string }[]> {
  return db
    .selectFrom('responders')
    .innerJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select(['responders.id as id', 'responders.roles as roles', 'credentials.public_key as publicKey'])
    .where('responders.program_id', '=', programId)
    .where('responders.status', '=', 'active')
    .execute();
}

/** A responder texting the community number from their own phone: who they are, in which language to answer. */
export async function texter(db: Db, id: string): Promise<{ id: string; name: string; languages: string }> {
  return db.selectFrom('responders').select(['id', 'name', 'languages']).where('id', '=', id).executeTakeFirstOrThrow();
}
