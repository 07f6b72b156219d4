import type { Kysely } from 'kysely';
import { truncateWal } from '../db/erase';
import type { Database } from '../db/schema';
import { DomainError, invalid, notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import { onCallAt } from '../shifts/on-call';
import * as repo from '../dispatch/repo';
import { OUT, WENT, type Actor, type DispatchDeps } from '../dispatch/types';

/**
 * The care side of a field response (docs/DISPATCH.md "Close and care"): closing it, and the
 * access rule shared by events, debriefs and follow-ups. Closing shreds what was only
 * ever meant for the time out — the brief and every reader's key to it — in the same transaction
 * that records the outcome, and leaves the support person a debrief task with each member who went.
 */

type Db = Kysely<Database>;

export interface ReachableResponse {
  id: string;
  alias: string;
  state: string;
  requestedBy: string;
  closedAt: number | null;
}

/**
 * The response, if the actor may act on it: a coordinator, its requester, or a member who said yes
 * (field or support). Anyone else gets "not found", exactly as for a response that does not exist.
 */
export async function reachableResponse(db: Db, who: Actor, id: string): Promise<ReachableResponse> {
  const row = await db
    .selectFrom('field_responses')
    .select(['id', 'alias', 'state', 'requested_by', 'closed_at'])
    .where('id', '=', id)
    .where('program_id', '=', who.programId)
    .executeTakeFirst();
  if (!row) throw notFound('Response');
  if (!who.coordinator && row.requested_by !== who.responderId) {
    const member = await db
      .selectFrom('field_members')
      .select('status')
      .where('response_id', '=', id)
      .where('responder_id', '=', who.responderId)
      .where('status', 'in', [...WENT])
      .executeTakeFirst();
    if (!member) throw notFound('Response');
  }
  return { id: row.id, alias: row.alias, state: row.state, requestedBy: row.requested_by, closedAt: row.closed_at };
}

export interface CloseResult {
  id: string;
  alias: string;
  state: 'closed';
  outcome: string;
  closedAt: number;
  /** One per field member who went; held by `debriefHolder`. */
  debriefs: { responderId: string; supportId: string | null }[];
}

/**
 * Who holds the debriefs when the team had no support person: a coordinator on call now, or else
 * the program's first active coordinator (coordinators rarely have shifts) — never one who went out
 * themselves; null if there is none.
 */
async function coordinatorToHold(
  db: Db,
  program: { id: string; timeZone: string },
  now: number,
  went: readonly string[],
): Promise<string | null> {
  const active = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', program.id)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Someone who went out is debriefed, not the one holding the debriefs.
  const coordinators = active
    .filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator') && !went.includes(r.id))
    .map((r) => r.id);
  const onCall = (await onCallAt(db, program, now, 'coordinator'))
    .map((e) => e.responderId)
    .find((id) => coordinators.includes(id));
  return onCall ?? coordinators[0] ?? null;
}

/**
 * Closes a response with an outcome from the program's list (the requester, a member who went, or a
 * coordinator). In one transaction: members still out become clear, those still asked are released;
 * the brief's body and every reader's key are deleted; a debrief task is made for each field member
 * who went, held by the support person who accepted (or a coordinator). Then the freed pages are
 * checkpointed out of SQLite's log, and consoles hear `dispatch`.
 */
export async function closeResponse(deps: DispatchDeps, who: Actor, id: string, outcome: string): Promise<CloseResult> {
  const program = await getProgram(deps, who.programId);
  if (!program.dispatch.outcomes.includes(outcome)) {
    throw invalid([
      { field: '/outcome', message: `must be one of the program’s outcomes: ${program.dispatch.outcomes.join(', ')}` },
    ]);
  }
  await reachableResponse(deps.db, who, id);
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const response = await repo.lockResponse(trx, who.programId, id);
    if (!response) throw notFound('Response');
    if (response.state === 'closed' || response.state === 'no_team')
      throw new DomainError('conflict', 'This response has already ended');

    const members = await trx
      .selectFrom('field_members')
      .select(['responder_id', 'role', 'status'])
      .where('response_id', '=', id)
      .execute();
    const went = members.filter((m) => m.role === 'field' && WENT.includes(m.status)).map((m) => m.responder_id);
    const support = members.find((m) => m.role === 'support' && WENT.includes(m.status))?.responder_id;
    const holder = support ?? (went.length > 0 ? await coordinatorToHold(trx, program, now, went) : null);

    await trx
      .updateTable('field_members')
      .set({ status: 'clear', updated_at: now })
      .where('response_id', '=', id)
      .where('status', 'in', [...OUT])
      .execute();
    await trx
      .updateTable('field_members')
      .set({ status: 'released', updated_at: now })
      .where('response_id', '=', id)
      .where('status', '=', 'asked')
      .execute();
    // The brief was for the time out: its keys and its body go in the same transaction as the outcome.
    await repo.dropBrief(trx, id, now);
    await trx
      .updateTable('field_responses')
      .set({ state: 'closed', closed_at: now, outcome, check_in_due_at: null, updated_at: now })
      .where('id', '=', id)
      .execute();
    for (const responderId of went) {
      await trx
        .insertInto('debriefs')
        .values({
          response_id: id,
          responder_id: responderId,
          support_id: holder,
          done_at: null,
          sealed: null,
          updated_at: now,
        })
        .onConflict((oc) => oc.columns(['response_id', 'responder_id']).doNothing())
        .execute();
    }
    return {
      id,
      alias: response.alias,
      state: 'closed' as const,
      outcome,
      closedAt: now,
      debriefs: went.map((responderId) => ({ responderId, supportId: holder })),
    };
  });
  await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
  return result;
}
