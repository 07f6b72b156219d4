import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import { clipTimeAway, expandRules, overrideOccurrence } from './occurrences';
import { findOverrides, findRules } from './repo';
import type { Occurrence, Tier } from './types';
import { DAY, localDayWall, weekdayOfWall } from '../platform/wall-time';

export type { Tier } from './types';

export interface OnCallEntry {
  responderId: string;
  role: Role;
  tier: Tier;
  endsAt: number;
}

/** A shift covering now can run at most this much longer (a 48-hour one-off); time away beyond it can't shorten it. */
const LOOKAHEAD_MS = 49 * 60 * 60_000;

/**
 * Who is scheduled for `role` at instant `at` (does NOT look at paused/busy — the caller of this does).
 * Runs on every incoming call, so it reads only what can matter: rules that start on the local
 * today or yesterday (the longest rule is 24 wall-clock hours) and overrides around `at`.
 */
export async function onCallAt(
  db: Kysely<Database>,
  program: { id: string; timeZone: string },
  at: number,
  role: Role,
): Promise<OnCallEntry[]> {
  return scheduledAt(db, program, at, role);
}

/** As `onCallAt`, for one role or (with none given) every role. Primary tier first, then who started first. */
export async function scheduledAt(
  db: Kysely<Database>,
  program: { id: string; timeZone: string },
  at: number,
  role?: Role,
): Promise<OnCallEntry[]> {
  const today = localDayWall(at, program.timeZone);
  const weekdays = [weekdayOfWall(today), weekdayOfWall(today - DAY)];
  const [rules, overrides] = await Promise.all([
    findRules(db, program.id, role === undefined ? { weekdays } : { weekdays, role }),
    findOverrides(db, program.id, {
      endsAfter: at,
      startsBefore: at + LOOKAHEAD_MS,
      ...(role === undefined ? {} : { roleOrAway: role }),
    }),
  ]);
  const covers = (o: { start: number; end: number }) => o.start <= at && at < o.end;
  const candidates = [
    ...expandRules(rules, program.timeZone, { start: at, end: at + 1 }),
    ...overrides.map(overrideOccurrence).filter((o): o is Occurrence => o !== undefined && covers(o)),
  ];
  // Time away starting later still shortens "until": the caller must not promise more than that.
  return clipTimeAway(candidates, overrides)
    .filter(covers)
    .sort(
      (a, b) => tierRank(a.tier) - tierRank(b.tier) || a.start - b.start || a.responderId.localeCompare(b.responderId),
    )
    .map((o) => ({ responderId: o.responderId, role: o.role, tier: o.tier, endsAt: o.end }));
}

const tierRank = (tier: Tier): number => (tier === 'primary' ? 0 : 1);
