import { truncateWal } from '../db/erase';
import { endAsClosed, lockTeam, reachableResponse } from '../dispatch/service';
import type { Actor, DispatchDeps } from '../dispatch/types';
import { DomainError, invalid, notFound } from '../platform/errors';
import { getProgram } from '../program/service';
import { onCallAt } from '../shifts/on-call';
import * as repo from './repo';

/**
 * Closing a field response (docs/DISPATCH.md "Close and care"). Closing shreds what was only ever
 * meant for the time out — the brief and every reader's key to it — in the same transaction that
 * records the outcome, and leaves the support person a debrief task with each member who went.
 */

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
  db: repo.Db,
  program: { id: string; timeZone: string },
  now: number,
  went: readonly string[],
): Promise<string | null> {
  // Someone who went out is debriefed, not the one holding the debriefs.
  const coordinators = (await repo.activeCoordinators(db, program.id)).filter((id) => !went.includes(id));
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
  await reachableResponse(deps, who, id);
  const now = deps.clock.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const team = await lockTeam(trx, who.programId, id);
    if (!team) throw notFound('Response');
    const { row, went, support } = team;
    if (row.state === 'closed' || row.state === 'no_team')
      throw new DomainError('conflict', 'This response has already ended');
    const holder = support ?? (went.length > 0 ? await coordinatorToHold(trx, program, now, went) : null);
    await endAsClosed(trx, id, outcome, now);
    await repo.insertDebriefs(trx, id, went, holder, now);
    return {
      id,
      alias: row.alias,
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
