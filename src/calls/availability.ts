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
 * Who may be rung right now for `tier`: on shift for the phone role, active (not paused), with a
 * number, and not already on a Kith call. Roster order (oldest member first) is the ring order.
 */
export async function availableInTier(
  deps: { db: Kysely<Database>; keys: ServerKeys },
  program: Program,
  tier: Tier,
  now: number,
): Promise<Candidate[]> {
  const scheduled = (await onCallAt(deps.db, program, now, 'phone')).filter((entry) => entry.tier === tier);
  if (scheduled.length === 0) return [];
  const busy = await busyResponderIds(deps.db, program.id, now, STALE_LIMITS);
  const ids = scheduled.map((entry) => entry.responderId).filter((id) => !busy.has(id));
  if (ids.length === 0) return [];
  const rows = await deps.db
    .selectFrom('responders')
    .selectAll()
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows
    .map((row) => responderFromRow(row, deps.keys))
    .filter((r): r is typeof r & { phone: string } => r.phone !== null)
    .map((r) => ({ responderId: r.id, phone: r.phone, languages: r.languages }));
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
  const tier = await availableInTier(deps, program, TIER_OF[phase], now);
  const speaks = (c: Candidate) => c.languages.includes(language);
  return phase.endsWith('_lang') ? tier.filter(speaks) : tier.filter((c) => !speaks(c));
}
