import { truncateWal } from '../../db/erase';
import { reachableResponse } from '../../dispatch/service';
import type { Actor, DispatchDeps } from '../../dispatch/types';
import { invalid } from '../../platform/errors';
import { toE164 } from '../../platform/phone';
import { DAY } from '../../platform/wall-time';
import { getProgram } from '../../program/service';
import * as repo from '../repo';

/**
 * With the person's consent, their number — sealed under the server key and bound to the response —
 * kept only while a follow-up still needs it. It is erased in the same transaction as the last
 * follow-up is done or removed; the sweep (care/sweep.ts) erases it too once every follow-up left is
 * missed, or when none was ever scheduled.
 */

/** A follow-up not done this long after it was due is missed: it no longer holds the number. */
export const MISSED_AFTER_MS = 2 * DAY;
/** A number given with no follow-up scheduled is kept this long for the team to schedule one. */
export const CONTACT_UNSCHEDULED_MS = 2 * 60 * 60_000;

export interface ContactHeld {
  /** Whether a number is held for this response (never the number itself). */
  held: boolean;
  /** Erased then unless a follow-up still needs it. */
  eraseAfter: number | null;
}

/** Keeps the person's number for follow-ups. A bad number is refused naming `/number`, never repeating it. */
export async function setContact(
  deps: DispatchDeps,
  who: Actor,
  responseId: string,
  number: string,
): Promise<ContactHeld> {
  const program = await getProgram(deps, who.programId);
  await reachableResponse(deps, who, responseId);
  const e164 = toE164(number, program.defaultCountry);
  if (!e164) {
    throw invalid([
      {
        field: '/number',
        message: `is not a valid phone number for ${program.defaultCountry}; for another country start it with + and the country code`,
      },
    ]);
  }
  const now = deps.clock.now();
  const eraseAfter = now + CONTACT_UNSCHEDULED_MS;
  await repo.storeContact(deps.db, responseId, deps.keys.seal(e164, responseId), eraseAfter, now);
  deps.live.publish(who.programId, 'dispatch');
  return { held: true, eraseAfter };
}

/** Forgets the number now (the person changed their mind); follow-ups that need it can no longer be made. */
export async function forgetContact(deps: DispatchDeps, who: Actor, responseId: string): Promise<ContactHeld> {
  await reachableResponse(deps, who, responseId);
  await repo.eraseContact(deps.db, responseId, deps.clock.now());
  await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
  return { held: false, eraseAfter: null };
}

/**
 * Erases the response's number when no follow-up still needs it — none left undone that is not yet
 * missed — once one was scheduled, or once the time to schedule one has run out. Whether erased.
 */
export function eraseContactIfUnneeded(db: repo.Db, responseId: string, now: number): Promise<boolean> {
  return repo.eraseContactIfUnneeded(db, responseId, now, now - MISSED_AFTER_MS);
}
