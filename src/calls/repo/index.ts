import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/open';
import type { CallLegRow, CallRow, CallUpdate, Database } from '../../db/schema';
import { ACTIVE_LEG_STATES, type LegState, type Phase } from '../types';

type Db = Kysely<Database>;

export async function findCall(db: Db, id: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCallByKey(db: Db, callKey: string): Promise<CallRow | undefined> {
  return db.selectFrom('calls').selectAll().where('call_key', '=', callKey).executeTakeFirst();
}

/** Applies `set` only if the call is still in one of `states`; true if this request won. */
export async function updateCallIf(db: Db, id: string, states: readonly string[], set: CallUpdate): Promise<boolean> {
  const result = await db
    .updateTable('calls')
    .set(set)
    .where('id', '=', id)
    .where('state', 'in', states)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes a call still in `state` (with no legs yet); true if this request won. */
export async function deleteCallIf(db: Db, id: string, state: string): Promise<boolean> {
  const result = await db.deleteFrom('calls').where('id', '=', id).where('state', '=', state).executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** A call recorded as answered whose caller, it turned out, was never connected to anyone. */
export async function markNeverConnected(db: Db, id: string): Promise<boolean> {
  const result = await db
    .updateTable('calls')
    .set({ outcome: 'caller_hung_up', answered_at: null })
    .where('id', '=', id)
    .where('state', '=', 'ended')
    .where('outcome', '=', 'answered')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/**
 * The provider's references for a call: the caller's leg (null once the call ended) and every
 * responder leg that was placed. Read to owe their deletion at the provider when the call ends.
 */
export async function providerRefsOfCall(db: Db, id: string): Promise<{ caller: string | null; legs: string[] }> {
  const call = await db.selectFrom('calls').select('caller_leg_ref').where('id', '=', id).executeTakeFirst();
  const legs = await db
    .selectFrom('call_legs')
    .select('provider_leg_ref')
    .where('call_id', '=', id)
    .where('provider_leg_ref', 'is not', null)
    .execute();
  return {
    caller: call?.caller_leg_ref ?? null,
    legs: legs.flatMap((l) => (l.provider_leg_ref === null ? [] : [l.provider_leg_ref])),
  };
}

/** Moves the ringing plan from one phase to the next; only one concurrent request can win. */
export async function advancePhase(db: Db, id: string, from: Phase | null, to: Phase, now: number): Promise<boolean> {
  let query = db
    .updateTable('calls')
    .set({ phase: to, phase_started_at: now, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', 'ringing');
  query = from === null ? query.where('phase', 'is', null) : query.where('phase', '=', from);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function legsOfCall(db: Db, callId: string): Promise<CallLegRow[]> {
  return db
    .selectFrom('call_legs')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function findLeg(db: Db, id: string): Promise<CallLegRow | undefined> {
  return db.selectFrom('call_legs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Claims a responder for a call before ringing them: false if they were already rung for it. */
export async function insertLegOnce(db: Db, leg: CallLegRow): Promise<boolean> {
  try {
    await db.insertInto('call_legs').values(leg).execute();
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function setLegRef(db: Db, id: string, ref: string, now: number): Promise<void> {
  await db.updateTable('call_legs').set({ provider_leg_ref: ref, updated_at: now }).where('id', '=', id).execute();
}

/** Moves a leg forward only from the states given, so late or repeated callbacks cannot undo progress. */
export async function updateLegIf(
  db: Db,
  id: string,
  from: readonly LegState[],
  to: LegState,
  now: number,
): Promise<boolean> {
  const ends = !ACTIVE_LEG_STATES.includes(to);
  const result = await db
    .updateTable('call_legs')
    .set({ state: to, updated_at: now, ...(ends ? { ended_at: now } : {}) })
    .where('id', '=', id)
    .where('state', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function activeLegsOfResponder(db: Db, responderId: string): Promise<CallLegRow[]> {
  return db
    .selectFrom('call_legs')
    .selectAll()
    .where('responder_id', '=', responderId)
    .where('ended_at', 'is', null)
    .execute();
}

export async function openLegs(db: Db): Promise<CallLegRow[]> {
  return db.selectFrom('call_legs').selectAll().where('ended_at', 'is', null).execute();
}

export async function openCallsQuietSince(db: Db, before: number): Promise<CallRow[]> {
  return db.selectFrom('calls').selectAll().where('state', '!=', 'ended').where('updated_at', '<', before).execute();
}

export async function listCalls(
  db: Db,
  programId: string,
  options: { from: number; to: number; limit: number },
): Promise<CallRow[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('program_id', '=', programId)
    .where('started_at', '>=', options.from)
    .where('started_at', '<', options.to)
    .orderBy('started_at', 'desc')
    .limit(options.limit)
    .execute();
}

export async function liveCalls(db: Db, programId: string): Promise<CallRow[]> {
  return db
    .selectFrom('calls')
    .selectAll()
    .where('program_id', '=', programId)
    .where('state', '!=', 'ended')
    .orderBy('started_at')
    .execute();
}

/** The first hold tick: the caller reached their queue, every disclosure heard. True if this request marked it. */
export async function markHeld(db: Db, id: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('calls')
    .set({ held_at: now })
    .where('id', '=', id)
    .where('held_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setEndReason(db: Db, id: string, reason: string, now: number): Promise<void> {
  await db
    .updateTable('calls')
    .set({ end_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('state', 'in', ['connected', 'ended'])
    .execute();
}

/** The languages a leg's responder speaks, to whisper to them in one of theirs. */
export async function responderLanguages(db: Db, responderId: string): Promise<string[]> {
  const row = await db.selectFrom('responders').select('languages').where('id', '=', responderId).executeTakeFirst();
  return row ? (JSON.parse(row.languages) as string[]) : [];
}

/** The last call this responder answered that ended after `since` (for the cool-down after a long call). */
export async function lastAnsweredBy(
  db: Db,
  programId: string,
  responderId: string,
  since: number,
): Promise<{ answered_at: number | null; ended_at: number | null } | undefined> {
  return db
    .selectFrom('calls')
    .select(['answered_at', 'ended_at'])
    .where('program_id', '=', programId)
    .where('accepted_by', '=', responderId)
    .where('ended_at', '>', since)
    .orderBy('ended_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** How many calls each responder answered in [from, to): counts by `accepted_by`, nothing else read. */
export async function answeredCounts(
  db: Db,
  programId: string,
  window: { from: number; to: number },
): Promise<{ responderId: string; count: number }[]> {
  const rows = await db
    .selectFrom('calls')
    .select(['accepted_by', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('program_id', '=', programId)
    .where('accepted_by', 'is not', null)
    .where('answered_at', '>=', window.from)
    .where('answered_at', '<', window.to)
    .groupBy('accepted_by')
    .execute();
  return rows.map((r) => ({ responderId: r.accepted_by ?? '', count: Number(r.n) }));
}
