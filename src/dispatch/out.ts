import { mayWriteResponse } from '../access/policy';
import type { FieldMemberStatus } from '../db/schema-dispatch';
import { DomainError, notFound } from '../platform/errors';
import { briefingDue } from '../program/briefing';
import type { Program } from '../program/types';
import { reachableAmong } from '../responders/service';
import { scheduledAt } from '../shifts/on-call';
import { onCallCoordinators } from './candidates';
import { ringForBackup } from './backup-call';
import { responseFacts } from './facts';
import * as repo from './repo';
import { pageAll } from './tell';
import { OPEN_STATES, OUT, WENT, type Actor, type DispatchDeps } from './types';

const MINUTE = 60_000;

/** What a team member can say about themselves once they said yes. */
export type OutStatus = Extract<FieldMemberStatus, 'on_the_way' | 'on_scene' | 'leaving' | 'clear'>;
export const OUT_STATUSES: readonly OutStatus[] = ['on_the_way', 'on_scene', 'leaving', 'clear'];

/** The response and my place on its team, or not found: "not yours" and "not there" look the same. */
async function myPlace(deps: DispatchDeps, program: Program, actor: Actor, responseId: string) {
  const row = await repo.findResponse(deps.db, program.id, responseId);
  const me = row ? await repo.member(deps.db, responseId, actor.responderId) : undefined;
  if (!row || !me || !WENT.includes(me.status)) throw notFound('Response');
  if (!OPEN_STATES.includes(row.state)) throw new DomainError('conflict', 'This response is over');
  return { row, me };
}

/**
 * A safety check-in: the team is OK. Moves the due time on by `checkInMinutes` and clears a missed
 * check-in. Only once the team is formed (its clock starts then).
 */
async function checkpoint(deps: DispatchDeps, program: Program, responseId: string): Promise<void> {
  const now = deps.clock.now();
  await repo.checkpoint(deps.db, responseId, now, now + program.dispatch.checkInMinutes * MINUTE);
}

/** A team member's status (on the way with an ETA, on scene, leaving, clear); any change is also a check-in. */
export async function setStatus(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  responseId: string,
  status: OutStatus,
  etaMinutes: number | null,
): Promise<repo.ResponseRow> {
  const { row, me } = await myPlace(deps, program, actor, responseId);
  if (me.role !== 'field')
    throw new DomainError('conflict', 'Only someone going out has a status; the support person checks in instead');
  const eta = status === 'on_the_way' ? (etaMinutes ?? me.eta_minutes) : null;
  await repo.moveMember(deps.db, { responseId, responderId: actor.responderId }, WENT, {
    status,
    now: deps.clock.now(),
    etaMinutes: eta,
  });
  await checkpoint(deps, program, responseId);
  deps.live.publish(program.id, 'dispatch');
  return row;
}

/** `R4 OK`, or the console's check-in button: anyone on the team, the support person included. */
export async function checkIn(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  responseId: string,
): Promise<repo.ResponseRow> {
  const { row } = await myPlace(deps, program, actor, responseId);
  if (row.state !== 'formed')
    throw new DomainError('conflict', 'The team is not formed yet; check-ins start when it is');
  await checkpoint(deps, program, responseId);
  deps.live.publish(program.id, 'dispatch');
  return row;
}

/**
 * From the sweep: a formed team with someone still out let its check-in pass. The support person and
 * the on-call coordinators are texted once for this miss (peers, never police); the next check-in
 * clears it, and a later miss alerts again.
 */
export async function missedCheckIn(deps: DispatchDeps, program: Program, row: repo.ResponseRow): Promise<boolean> {
  const now = deps.clock.now();
  const members = await repo.membersOf(deps.db, [row.id]);
  if (!members.some((m) => m.role === 'field' && OUT.includes(m.status))) return false;
  if (!(await repo.markMissedCheckIn(deps.db, row.id, now))) return false;
  const support = members.filter((m) => m.role === 'support' && WENT.includes(m.status)).map((m) => m.responder_id);
  await pageAll(deps, program, [...support, ...(await onCallCoordinators(deps, program))], 'missedCheckIn', row);
  deps.live.publish(program.id, 'dispatch');
  return true;
}

/** Who may raise "need backup": whoever may act on the response (someone on the team, the requester, or a coordinator). */
async function mayRaiseBackup(deps: DispatchDeps, actor: Actor, row: repo.ResponseRow): Promise<boolean> {
  const me = await repo.member(deps.db, row.id, actor.responderId);
  return mayWriteResponse(actor, responseFacts(row, me ? [me] : [], actor.responderId));
}

/**
 * "Need backup": every on-shift field responder who is not already out is texted and rung (the call
 * says only "team R4 needs backup now; check your texts"). How many were told.
 */
export async function raiseBackup(
  deps: DispatchDeps,
  program: Program,
  actor: Actor,
  responseId: string,
): Promise<{ row: repo.ResponseRow; told: number }> {
  const row = await repo.findResponse(deps.db, program.id, responseId);
  if (!row || !(await mayRaiseBackup(deps, actor, row))) throw notFound('Response');
  if (!OPEN_STATES.includes(row.state)) throw new DomainError('conflict', 'This response is over');
  const scheduled = await scheduledAt(deps.db, program, deps.clock.now(), 'field');
  const out = await repo.outNow(deps.db, program.id);
  const people = (
    await reachableAmong(
      deps,
      program.id,
      scheduled.map((s) => s.responderId),
      deps.clock.now(),
    )
  )
    .filter(
      (r) =>
        r.roles.includes('field') &&
        !out.has(r.id) &&
        r.id !== actor.responderId &&
        !briefingDue(r.plan, program.care.briefEveryShifts, r.briefing),
    )
    .map((r) => r.id);
  await pageAll(deps, program, people, 'backup', row);
  await ringForBackup(deps, program, row, people);
  deps.live.publish(program.id, 'dispatch');
  return { row, told: people.length };
}
