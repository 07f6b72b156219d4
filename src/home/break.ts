import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError } from '../platform/errors';
import { endBreak, startBreak } from './repo';

/**
 * A break (promise 6, capacity-informed): while it lasts the responder is never rung, whatever
 * their shifts say (calls/availability.ts reads the same column). It has no end time: it ends
 * when they come back, because rest should not run on a timer someone else set.
 */
export interface BreakDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export async function goOnBreak(
  deps: BreakDeps,
  who: { programId: string; responderId: string },
): Promise<{ onBreakSince: number }> {
  const now = deps.clock.now();
  if (!(await startBreak(deps.db, who.programId, who.responderId, now))) {
    throw new DomainError('conflict', 'You are already on a break');
  }
  return { onBreakSince: now };
}

export async function comeBack(
  deps: BreakDeps,
  who: { programId: string; responderId: string },
): Promise<{ onBreakSince: null }> {
  if (!(await endBreak(deps.db, who.programId, who.responderId))) {
    throw new DomainError('conflict', 'You are not on a break');
  }
  return { onBreakSince: null };
}
