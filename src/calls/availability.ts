import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Program } from '../program/types';
import { onCallAt, type Tier } from '../shifts/on-call';
import { busyResponderIds, ringableResponders } from './repo';
import type { Phase } from './types';

export interface Candidate {
  responderId: string;
  /** Still sealed: numbers are opened only at the moment someone is rung. */
  phoneSealed: string;
  languages: string[];
}

/** Ringing and whisper legs count as busy for this long without news; talking legs for longer. */
export const STALE_LIMITS = { ringingMs: 5 * 60_000, talkingMs: 6 * 60 * 60_000 } as const;

/**
 * Who may be rung right now: on shift for the phone role, active (not paused), not on break, with a
 * number, and not already on a Kith call — with the tier each is on call for. Roster order (oldest member first)
 * is the ring order. Three queries whatever the roster's size: it runs on every incoming call.
 */
export async function availableOnCall(
  deps: { db: Kysely<Database> },
  program: Program,
  now: number,
): Promise<(Candidate & { tier: Tier })[]> {
  const scheduled = await onCallAt(deps.db, program, now, 'phone');
  if (scheduled.length === 0) return [];
  const busy = await busyResponderIds(deps.db, program.id, now, STALE_LIMITS);
  const tierOf = new Map(
    scheduled.filter((entry) => !busy.has(entry.responderId)).map((entry) => [entry.responderId, entry.tier]),
  );
  if (tierOf.size === 0) return [];
  const rows = await ringableResponders(deps.db, [...tierOf.keys()]);
  // A shift outlives a role that was later taken away: only people who still hold the phone role ring.
  return rows.flatMap((row) => {
    if (!row.phone_sealed || !(JSON.parse(row.roles) as string[]).includes('phone')) return [];
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
