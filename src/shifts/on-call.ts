import type { Kysely } from 'kysely';
import type { Role } from '../auth/principal';
import type { Database } from '../db/schema';
import { clipTimeAway, expandRules, overrideOccurrence } from './occurrences';
import { findOverrides, findRules } from './repo';
import { REST_LOOKBACK_MS, pastRestOf, restRulesOn, type RestLimits } from './rest';
import type { Occurrence, ShiftOverride, ShiftRule, Tier } from './types';
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

/**
 * Who may be rung for `role` at `at`: as `onCallAt`, less anyone past one of the program's rest
 * rules. Without the routing cache (calls/availability.ts has one), so it reads the rows rest
 * needs once for everyone scheduled — two queries, whatever the number of people.
 */
export async function ringableAt(
  db: Kysely<Database>,
  program: { id: string; timeZone: string; care: RestLimits },
  at: number,
  role: Role,
): Promise<OnCallEntry[]> {
  const scheduled = await scheduledAt(db, program, at, role);
  if (scheduled.length === 0 || !restRulesOn(program.care)) return scheduled;
  const ids = [...new Set(scheduled.map((e) => e.responderId))];
  const [rules, overrides] = await Promise.all([
    findRules(db, program.id, { responderIds: ids }),
    findOverrides(db, program.id, { endsAfter: at - REST_LOOKBACK_MS, responderIds: ids }),
  ]);
  const tired = pastRestOf(program.care, { rules, overrides }, program.timeZone, at, ids);
  return scheduled.filter((e) => !tired.has(e.responderId));
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
  return scheduledFrom(rules, overrides, program.timeZone, at);
}

/**
 * Who is scheduled at `at`, from rules and overrides already read (any superset of what
 * `scheduledAt` reads gives the same answer: rules of other weekdays and overrides outside the
 * lookahead change nothing). Pure, so a cache can hold the rows and call it.
 */
export function scheduledFrom(
  rules: readonly ShiftRule[],
  overrides: readonly ShiftOverride[],
  zone: string,
  at: number,
): OnCallEntry[] {
  const near = overrides.filter((o) => o.endsAt > at && o.startsAt < at + LOOKAHEAD_MS);
  const covers = (o: { start: number; end: number }) => o.start <= at && at < o.end;
  const candidates = [
    ...expandRules(rules, zone, { start: at, end: at + 1 }),
    ...near.map(overrideOccurrence).filter((o): o is Occurrence => o !== undefined && covers(o)),
  ];
  // Time away starting later still shortens "until": the caller must not promise more than that.
  return clipTimeAway(candidates, near)
    .filter(covers)
    .sort(
      (a, b) => tierRank(a.tier) - tierRank(b.tier) || a.start - b.start || a.responderId.localeCompare(b.responderId),
    )
    .map((o) => ({ responderId: o.responderId, role: o.role, tier: o.tier, endsAt: o.end }));
}

/**
 * The first instant after `at` when `scheduledFrom` could answer differently: the nearest start or
 * end of any occurrence or time away within `horizonMs`, or `at + horizonMs` if none. Between `at`
 * and then, the same people cover the same stretches, so one answer serves every call.
 */
export function nextChangeAfter(
  rules: readonly ShiftRule[],
  overrides: readonly ShiftOverride[],
  zone: string,
  at: number,
  horizonMs: number,
): number {
  let next = at + horizonMs;
  const consider = (t: number) => {
    if (t > at && t < next) next = t;
  };
  for (const o of expandRules(rules, zone, { start: at, end: next })) {
    consider(o.start);
    consider(o.end);
  }
  for (const o of overrides) {
    consider(o.startsAt);
    consider(o.endsAt);
    // The lookahead window's own edge: an override starting just beyond it comes into view then.
    consider(o.startsAt - LOOKAHEAD_MS + 1);
  }
  return next;
}

const tierRank = (tier: Tier): number => (tier === 'primary' ? 0 : 1);
