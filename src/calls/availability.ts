import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { briefingDue, type PlanVersion } from '../program/briefing';
import { programByNumber } from '../program/service';
import type { Program } from '../program/types';
import { ringableAt, type OnCallEntry, type Tier } from '../shifts/on-call';
import { routingRead, sharedRoutingRead, type RingableRow } from './repo/incoming';
import type { RoutingCache } from './routing-cache';
import type { Phase } from './types';

export interface Candidate {
  responderId: string;
  /** Still sealed: numbers are opened only at the moment someone is rung. */
  phoneSealed: string;
  languages: string[];
}

/** Ringing and whisper legs count as busy for this long without news; talking legs for longer. */
export const STALE_LIMITS = { ringingMs: 5 * 60_000, talkingMs: 6 * 60 * 60_000 } as const;

export type Available = Candidate & { tier: Tier };

interface AvailabilityDeps {
  db: Kysely<Database>;
  /** This instance's cache of programs and shifts; without one, everything is read afresh. */
  routing?: RoutingCache;
}

/** A cached answer that the database contradicted (a change, here or elsewhere) is tried again, this often. */
const TRIES = 3;

/**
 * Who may be rung right now: on shift for the phone role, within the program's rest rules, briefed
 * (program/briefing.ts), active (not paused), not on break (a cool-down or stepping back is a break that ends by itself), with a
 * number, and not already on a Kith call — with the tier each is on call for. Roster order (oldest member first)
 * is the ring order. Who is on shift comes from the routing cache when there is one; what changes
 * by the minute (busy, break, paused, roles) is read each time, in one query that also checks the cache.
 */
export async function availableOnCall(deps: AvailabilityDeps, program: Program, now: number): Promise<Available[]> {
  const routing = deps.routing;
  if (routing) {
    let stamp = (await routing.programs.ofId(deps.db, program.id))?.stamp;
    for (let i = 0; i < TRIES && stamp !== undefined; i++) {
      const read = await stampedAvailability(deps.db, routing, program, stamp, now);
      if (!read) return [];
      if (read.stamp === stamp) return read.available;
      routing.invalidate(program.id);
      // Rows read from now on are at least as new as this stamp, so they may carry it.
      stamp = read.stamp;
    }
  }
  const scheduled = await ringableAt(deps.db, program, now, 'phone');
  const read = await routingRead(deps.db, program.id, idsOf(scheduled), now, STALE_LIMITS);
  return read ? candidates(program, read.plan, scheduled, read.ringable) : [];
}

/**
 * An incoming call's routing: the program its number reaches and who may be rung now. From the
 * routing cache, trusted only once the database's routing stamp — read in the same query as who is
 * busy — matches the one the cached program was read with; otherwise read again. Undefined when no
 * program has the number.
 */
export async function routeIncoming(
  deps: { db: Kysely<Database>; routing: RoutingCache },
  phoneNumber: string,
  now: number,
): Promise<{ program: Program; available: Available[] } | undefined> {
  for (let i = 0; i < TRIES; i++) {
    const held = await deps.routing.programs.ofNumber(deps.db, phoneNumber);
    if (!held) return undefined;
    const read = await stampedAvailability(deps.db, deps.routing, held.program, held.stamp, now, sharedRoutingRead);
    if (read?.stamp === held.stamp) return { program: held.program, available: read.available };
    deps.routing.invalidate(held.program.id);
  }
  // Changed under us on every try (or gone): read everything afresh, as without a cache.
  const program = await programByNumber(deps, phoneNumber);
  return program && { program, available: await availableOnCall({ db: deps.db }, program, now) };
}

/**
 * Who is available, by the shifts cached under `stamp`, and the stamp the database holds now. An
 * incoming call reads with `sharedRoutingRead` (calls arriving together share the read); ringing
 * reads alone, each after the legs the last placed.
 */
async function stampedAvailability(
  db: Kysely<Database>,
  routing: RoutingCache,
  program: Program,
  stamp: string,
  now: number,
  read: typeof routingRead = routingRead,
): Promise<{ stamp: string; available: Available[] } | undefined> {
  const scheduled = await routing.onCall.at(db, program, stamp, now, 'phone');
  const fresh = await read(db, program.id, idsOf(scheduled), now, STALE_LIMITS);
  return fresh && { stamp: fresh.stamp, available: candidatesOnce(program, fresh.plan, scheduled, fresh.ringable) };
}

/** Calls that shared one read share what it yields too (nobody changes it), instead of parsing the rows again. */
const yielded = new WeakMap<readonly RingableRow[], { scheduled: readonly OnCallEntry[]; available: Available[] }>();
function candidatesOnce(
  program: Program,
  plan: PlanVersion,
  scheduled: readonly OnCallEntry[],
  rows: readonly RingableRow[],
): Available[] {
  const held = yielded.get(rows);
  if (held?.scheduled === scheduled) return held.available;
  const available = candidates(program, plan, scheduled, rows);
  yielded.set(rows, { scheduled, available });
  return available;
}

const idsOf = (scheduled: readonly OnCallEntry[]): string[] => [...new Set(scheduled.map((e) => e.responderId))];

function candidates(
  program: Program,
  plan: PlanVersion,
  scheduled: readonly OnCallEntry[],
  rows: readonly RingableRow[],
): Available[] {
  const tierOf = new Map(scheduled.map((entry) => [entry.responderId, entry.tier]));
  // A shift outlives a role that was later taken away: only people who still hold the phone role ring.
  return rows.flatMap((row) => {
    if (!(JSON.parse(row.roles) as string[]).includes('phone')) return [];
    // Not until they have read the plan (the shift-start briefing; the rota sweep tells the coordinator).
    if (briefingDue(plan, program.care.briefEveryShifts, row.briefing)) return [];
    return {
      responderId: row.id,
      phoneSealed: row.phone_sealed,
      languages: JSON.parse(row.languages) as string[],
      tier: tierOf.get(row.id) ?? 'primary',
    };
  });
}

const TIER_OF: Record<Exclude<Phase, 'exhausted'>, Tier> = {
  primary_lang: 'primary',
  primary_other: 'primary',
  backup_lang: 'backup',
  backup_other: 'backup',
};

/** The responders a phase rings: its tier's speakers of the caller's language, or the rest of the tier. */
export function inPhase(
  available: readonly (Candidate & { tier: Tier })[],
  phase: Exclude<Phase, 'exhausted'>,
  language: string,
): Candidate[] {
  const speaks = (c: Candidate) => c.languages.includes(language);
  const tier = available.filter((c) => c.tier === TIER_OF[phase]);
  return phase.endsWith('_lang') ? tier.filter(speaks) : tier.filter((c) => !speaks(c));
}
