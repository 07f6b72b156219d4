import type { Kysely } from 'kysely';
import type { ServerKeys } from '../crypto/server-keys';
import type { Database } from '../db/schema';
import type { Program } from '../program/types';
import { responderFromRow } from '../responders/repo';
import { onCallAt, type Tier } from '../shifts/on-call';
import { busyResponderIds } from './repo';
import type { Phase } from './types';

export interface Candidate {
  responderId: string;
  phone: string;
  languages: string[];
}

/** Ringing and whisper legs count as busy for this long without news; talking legs for longer. */
export const STALE_LIMITS = { ringingMs: 5 * 60_000, talkingMs: 6 * 60 * 60_000 } as const;

/**
 * Who may be rung right now: on shift for the phone role, active (not paused), with a number, and
 * not already on a Kith call — with the tier each is on call for. Roster order (oldest member first)
 * is the ring order. Three queries whatever the roster's size: it runs on every incoming call.
 */
export async function availableOnCall(
  deps: { db: Kysely<Database>; keys: ServerKeys },
  program: Program,
  now: number,
): Promise<(Candidate & { tier: Tier })[]> {
  const scheduled = await onCallAt(deps.db, program, now, 'phone');
  if (scheduled.length === 0) return [];
  const busy = await busyResponderIds(deps.db, program.id, now, STALE_LIMITS);
  const tierOf = new Map(scheduled.filter((entry) => !busy.has(entry.responderId)).map((entry) => [entry.responderId, entry.tier]));
  if (tierOf.size === 0) return [];
  const rows = await deps.db
    .selectFrom('responders')
    .selectAll()
    .where('id', 'in', [...tierOf.keys()])
    .where('status', '=', 'active')
    .where('phone_sealed', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // A shift outlives a role that was later taken away: only people who still hold the phone role ring.
  return rows.flatMap((row) => {
    const responder = responderFromRow(row, deps.keys);
    if (!responder.roles.includes('phone')) return [];
    return { responderId: responder.id, phone: responder.phone ?? '', languages: responder.languages, tier: tierOf.get(responder.id) ?? 'primary' };
  });
}

const TIER_OF: Record<Exclude<Phase, 'exhausted'>, Tier> = {
  primary_lang: 'primary',
  primary_other: 'primary',
  backup_lang: 'backup',
  backup_other: 'backup',
};

/** The responders a phase rings: its tier's speakers of the caller's language, or the rest of the tier. */
export async function candidatesFor(
  deps: { db: Kysely<Database>; keys: ServerKeys },
  program: Program,
  phase: Exclude<Phase, 'exhausted'>,
  language: string,
  now: number,
): Promise<Candidate[]> {
  const tier = (await availableOnCall(deps, program, now)).filter((c) => c.tier === TIER_OF[phase]);
  const speaks = (c: Candidate) => c.languages.includes(language);
  return phase.endsWith('_lang') ? tier.filter(speaks) : tier.filter((c) => !speaks(c));
}
