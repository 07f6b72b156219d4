import { briefingStateOf, type BriefingState, type PlanVersion } from '../../program/briefing';
import type { Db } from './db';

/** The roster as dispatch needs it: names, languages, roles, skills and public keys — never numbers. */

export interface ResponderLite {
  id: string;
  name: string;
  languages: string[];
  roles: string[];
  skills: string[];
  publicKey: string | null;
  /** Their briefing and the program's plan version, for program/briefing.ts `briefingDue`. */
  briefing: BriefingState;
  plan: PlanVersion;
}

/** Active responders of a program, not on break, by id: names, languages, roles, skills and public keys — never numbers. */
export async function respondersLite(db: Db, programId: string, ids: string[], now: number): Promise<ResponderLite[]> {
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
      'responders.skills as skills',
      'credentials.public_key as publicKey',
      'responders.briefed_version',
      'responders.briefed_shifts',
      'responders.shift_seen_at',
      'programs.plan_version',
      'programs.plan_version_at',
    ])
    .where('responders.program_id', '=', programId)
    .where('responders.id', 'in', [...new Set(ids)])
    .where('responders.status', '=', 'active')
    // A break with an end (a cool-down, stepping back to the shift's end) is over once it passes.
    .where((eb) => eb.or([eb('responders.on_break_since', 'is', null), eb('responders.break_until', '<=', now)]))
    .orderBy('responders.created_at')
    .orderBy('responders.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    languages: JSON.parse(r.languages) as string[],
    roles: JSON.parse(r.roles) as string[],
    skills: JSON.parse(r.skills) as string[],
    publicKey: r.publicKey ?? null,
    briefing: briefingStateOf(r),
    plan: { version: r.plan_version, at: r.plan_version_at },
  }));
}

export async function responderBasics(
  db: Db,
  id: string,
): Promise<{ id: string; name: string; languages: string[]; roles: string[]; publicKey: string | null } | undefined> {
  const row = await db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select([
      'responders.id as id',
      'responders.name as name',
      'responders.languages as languages',
      'responders.roles as roles',
      'credentials.public_key as publicKey',
    ])
    .where('responders.id', '=', id)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        name: row.name,
        languages: JSON.parse(row.languages) as string[],
        roles: JSON.parse(row.roles) as string[],
        publicKey: row.publicKey ?? null,
      }
    : undefined;
}

/** Active coordinators of a program (ids), for when none is on call. */
export async function coordinators(db: Db, programId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .execute();
  return rows.filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator')).map((r) => r.id);
}

/** Languages and sealed phone numbers, for ringing people's own phones. */
export async function phonesOf(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; languages: string[]; phoneSealed: string | null }[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('responders')
    .select(['id', 'languages', 'phone_sealed'])
    .where('id', 'in', [...ids])
    .execute();
  return rows.map((r) => ({ id: r.id, languages: JSON.parse(r.languages) as string[], phoneSealed: r.phone_sealed }));
}
