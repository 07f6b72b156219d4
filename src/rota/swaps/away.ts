import type { Principal } from '../../auth/principal';
import type { AwayState } from '../../db/schema-rota';
import { DomainError, invalid, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { getProgram } from '../../program/service';
import type { Program } from '../../program/types';
import { listResponders } from '../../responders/service';
import { addTimeAway, gapsOpenedBy } from '../../shifts/moves';
import type { Interval } from '../../shifts/occurrences';
import { parseLocalDateTime, LIMITS } from '../../shifts/validate';
import type { RotaDeps } from '../deps';
import { AWAY_REASONS, type AwayReason } from './reasons';
import * as repo from './repo';
import { tellCoordinators, tellOne } from './tell';

/**
 * A responder asks for time away (issue 17): a stretch and, if they like, a reason category — never
 * free text, since nobody owes the team their story. By default a coordinator approves it, because
 * time away can open a gap in opening hours and the coordinator is who has to fill it; they see the
 * gap it would open (`gapsOpenedBy`) before saying yes. A program that turns approval off
 * (`care.awayNeedsApproval`) gets it at once, and the coordinators are told as for a take.
 * Approved, it is the existing time away (a `shift_overrides` row of kind `off`).
 */

type Who = Pick<Principal, 'programId' | 'responderId'>;

const decided = (): DomainError =>
  new DomainError('conflict', 'This request was already settled', [], undefined, { why: 'gone' });

function spanOf(program: Program, input: { start: string; end: string }, now: number): Interval {
  const start = parseLocalDateTime(input.start, program.timeZone);
  const end = parseLocalDateTime(input.end, program.timeZone);
  const problems = [
    ...('problem' in start ? [{ field: '/start', message: start.problem }] : []),
    ...('problem' in end ? [{ field: '/end', message: end.problem }] : []),
  ];
  if ('at' in start && 'at' in end) {
    if (end.at <= start.at) problems.push({ field: '/end', message: 'must be after start' });
    else if (end.at - start.at > LIMITS.awayMs) problems.push({ field: '/end', message: 'at most 366 days away' });
    if (end.at <= now) problems.push({ field: '/end', message: 'must be later than now' });
  }
  if (problems.length > 0 || !('at' in start) || !('at' in end)) throw invalid(problems);
  return { start: start.at, end: end.at };
}

export async function askAway(
  deps: RotaDeps,
  who: Who,
  input: { start: string; end: string; reason?: AwayReason | undefined },
): Promise<repo.AwayRow> {
  const program = await getProgram(deps, who.programId);
  const now = deps.clock.now();
  const span = spanOf(program, input, now);
  if (input.reason !== undefined && !(AWAY_REASONS as readonly string[]).includes(input.reason))
    throw invalid([{ field: '/reason', message: `must be one of ${AWAY_REASONS.join(', ')}` }]);
  const row: repo.AwayRow = {
    id: newId('awr'),
    programId: program.id,
    responderId: who.responderId,
    startsAt: span.start,
    endsAt: span.end,
    reason: input.reason ?? null,
    state: 'pending',
    createdAt: now,
  };
  const name = (await listResponders(deps, program.id)).find((r) => r.id === who.responderId)?.name ?? '';
  const stretch = { role: '', start: span.start, end: span.end };
  await repo.insertAway(deps.db, row);
  if (!program.care.awayNeedsApproval) {
    // No coordinator in the way: it becomes time away now, claimed as a coordinator's approval would be.
    await addTimeAway(deps, program.id, who.responderId, span, (trx) =>
      repo.moveAway(trx, { id: row.id, programId: program.id, from: 'pending', to: 'approved', now }),
    );
    deps.live.publish(program.id, 'shifts');
    return { ...row, state: 'approved' };
  }
  deps.live.publish(program.id, 'shifts');
  await tellCoordinators(deps, program, 'awayAsked', stretch, { name }, [who.responderId]);
  return row;
}

/** The person takes a request back while it waits. */
export async function withdrawAway(deps: RotaDeps, who: Who, id: string): Promise<void> {
  const now = deps.clock.now();
  const change = { id, programId: who.programId, from: 'pending' as const, to: 'withdrawn' as const, now };
  if (!(await repo.moveAway(deps.db, { ...change, responderId: who.responderId }))) {
    const found = await repo.findAway(deps.db, who.programId, id);
    if (!found || found.responderId !== who.responderId) throw notFound('Time-away request');
    throw decided();
  }
  deps.live.publish(who.programId, 'shifts');
}

/** A coordinator says yes (it becomes time away) or no; the person is told either way. */
export async function decideAway(deps: RotaDeps, coordinator: Who, id: string, approve: boolean): Promise<void> {
  const program = await getProgram(deps, coordinator.programId);
  const request = await repo.findAway(deps.db, program.id, id);
  if (!request) throw notFound('Time-away request');
  const now = deps.clock.now();
  const to: AwayState = approve ? 'approved' : 'declined';
  const claim = (db: typeof deps.db) =>
    repo.moveAway(db, { id, programId: program.id, from: 'pending', to, now, decidedBy: coordinator.responderId });
  const span = { start: request.startsAt, end: request.endsAt };
  const done = approve
    ? (await addTimeAway(deps, program.id, request.responderId, span, claim)) !== false
    : await claim(deps.db);
  if (!done) throw decided();
  deps.live.publish(program.id, 'shifts');
  await tellOne(deps, program, request.responderId, approve ? 'awayApproved' : 'awayDeclined', {
    role: '',
    ...span,
  });
}

export const myAway = (deps: RotaDeps, who: Who): Promise<repo.AwayRow[]> =>
  repo.awayIn(deps.db, who.programId, ['pending', 'approved', 'declined'], deps.clock.now(), {
    responderId: who.responderId,
  });

/** What waits for a coordinator, each with the gaps in opening hours it would open. */
export async function pendingAway(deps: RotaDeps, programId: string): Promise<(repo.AwayRow & { gaps: Interval[] })[]> {
  const program = await getProgram(deps, programId);
  const rows = await repo.awayIn(deps.db, programId, ['pending'], deps.clock.now());
  return Promise.all(
    rows.map(async (row) => ({
      ...row,
      gaps: await gapsOpenedBy(deps, program, row.responderId, { start: row.startsAt, end: row.endsAt }),
    })),
  );
}
