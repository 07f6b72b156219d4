import { mayWriteFollowUp } from '../../access/policy';
import { truncateWal } from '../../db/erase';
import type { FollowUpKind } from '../../db/schema-dispatch';
import { reachableResponse, responseFactsFor } from '../../dispatch/service';
import type { Actor, DispatchDeps } from '../../dispatch/types';
import { DomainError, invalid, notFound, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseClock } from '../../platform/local-time';
import { DAY, instantAtWall, wallClock, wallDate, wallOf } from '../../platform/wall-time';
import { getProgram } from '../../program/service';
import * as repo from '../repo';
import { eraseContactIfUnneeded, MISSED_AFTER_MS } from './contact';

/**
 * Aftercare (docs/DISPATCH.md "Close and care"): follow-ups on a date in the program's time zone,
 * each texted to its assignee as a reminder when it falls due (care/sweep.ts). One that needs the
 * person's number (a call or a text) can be made only while one is held (./contact.ts).
 */

export interface FollowUpInput {
  kind: FollowUpKind;
  /** Local date and time in the program's time zone. */
  date: string;
  time: string;
  assignedTo: string;
}

export interface FollowUpView {
  id: string;
  responseId: string;
  alias: string;
  kind: FollowUpKind;
  assignedTo: string;
  assigneeName: string;
  dueAt: number;
  /** The due time on the program's wall clock. */
  date: string;
  time: string;
  remindedAt: number | null;
  doneAt: number | null;
  /** Not done two days after it was due. */
  missed: boolean;
  /** Whether the response holds a number to call or text through the line (POST /api/follow-ups/:id/call or /text); the number itself is never shown. */
  contactHeld: boolean;
  createdAt: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant a local date and time arrives in `zone` (a skipped time: when the clocks jump). */
export function dueInstant(zone: string, date: string, time: string): { at?: number; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const match = DATE.exec(date);
  const minutes = parseClock(time);
  let wallDay: number | undefined;
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const day = Date.UTC(y, m - 1, d);
    if (wallDate(day) === date) wallDay = day;
  }
  if (wallDay === undefined) problems.push({ field: '/date', message: 'must be a real date, YYYY-MM-DD' });
  if (minutes === undefined) problems.push({ field: '/time', message: 'must be a time, HH:MM (24-hour)' });
  if (wallDay === undefined || minutes === undefined) return { problems };
  return { at: instantAtWall(zone, wallDay + minutes * 60_000), problems };
}

export async function createFollowUp(
  deps: DispatchDeps,
  who: Actor,
  responseId: string,
  input: FollowUpInput,
): Promise<FollowUpView> {
  const program = await getProgram(deps, who.programId);
  await reachableResponse(deps, who, responseId);
  const now = deps.clock.now();
  const { at, problems } = dueInstant(program.timeZone, input.date, input.time);
  if (at !== undefined && at < now)
    problems.push({ field: '/time', message: `is already past in ${program.timeZone}` });
  const assignee = await repo.responderStatus(deps.db, who.programId, input.assignedTo);
  if (!assignee || assignee.status !== 'active')
    problems.push({ field: '/assignedTo', message: 'must be an active member of the team' });
  if (input.kind !== 'accompany') {
    const response = await repo.contactOf(deps.db, responseId);
    if (!response || response.contactSealed === null)
      problems.push({
        field: '/kind',
        message:
          'a call or text needs the person’s number: keep it first (PUT /api/dispatch/:id/contact), with their consent',
      });
  }
  if (problems.length > 0 || at === undefined) throw invalid(problems);
  const id = newId('fup');
  await repo.insertFollowUp(deps.db, {
    id,
    response_id: responseId,
    program_id: who.programId,
    kind: input.kind,
    assigned_to: input.assignedTo,
    due_at: at,
    reminded_at: null,
    done_at: null,
    created_at: now,
  });
  deps.live.publish(who.programId, 'dispatch');
  const [view] = await views(deps.db, program.timeZone, now, { id });
  if (!view) throw notFound('Follow-up');
  return view;
}

async function views(
  db: repo.Db,
  zone: string,
  now: number,
  filter: Parameters<typeof repo.followUpRows>[1],
): Promise<FollowUpView[]> {
  const rows = await repo.followUpRows(db, filter);
  return rows.map((row) => {
    const wall = wallOf(row.due_at, zone);
    return {
      id: row.id,
      responseId: row.response_id,
      alias: row.alias,
      kind: row.kind,
      assignedTo: row.assigned_to,
      assigneeName: row.assigneeName,
      dueAt: row.due_at,
      date: wallDate(wall),
      time: wallClock(wall),
      remindedAt: row.reminded_at,
      doneAt: row.done_at,
      missed: row.done_at === null && row.due_at + MISSED_AFTER_MS <= now,
      contactHeld: row.contactSealed !== null,
      createdAt: row.created_at,
    };
  });
}

/** Mine: not done yet, or done in the last day. */
export async function myFollowUps(deps: DispatchDeps, who: Actor): Promise<FollowUpView[]> {
  const program = await getProgram(deps, who.programId);
  const now = deps.clock.now();
  return views(deps.db, program.timeZone, now, {
    assignedTo: who.responderId,
    programId: who.programId,
    doneSince: now - DAY,
  });
}

/**
 * A follow-up the actor may act on (the access policy: its assignee, or whoever may act on its
 * response). Anyone else is told "not found", as for no such follow-up.
 */
async function reachableFollowUp(deps: DispatchDeps, who: Actor, id: string) {
  const row = await repo.findFollowUp(deps.db, who.programId, id);
  if (!row) throw notFound('Follow-up');
  const response = await responseFactsFor(deps, who, row.response_id);
  if (!response || !mayWriteFollowUp(who, { assignedTo: row.assigned_to }, response)) throw notFound('Follow-up');
  return row;
}

export async function markFollowUpDone(deps: DispatchDeps, who: Actor, id: string): Promise<FollowUpView> {
  const row = await reachableFollowUp(deps, who, id);
  const now = deps.clock.now();
  const erased = await deps.db.transaction().execute(async (trx) => {
    if (!(await repo.markFollowUpDone(trx, id, now)))
      throw new DomainError('conflict', 'This follow-up is already done');
    return eraseContactIfUnneeded(trx, row.response_id, now);
  });
  if (erased) await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
  const program = await getProgram(deps, who.programId);
  const [view] = await views(deps.db, program.timeZone, now, { id });
  if (!view) throw notFound('Follow-up');
  return view;
}

/** Removes a follow-up; with it gone, the number goes too if nothing else needs it. */
export async function removeFollowUp(deps: DispatchDeps, who: Actor, id: string): Promise<void> {
  const row = await reachableFollowUp(deps, who, id);
  const now = deps.clock.now();
  const erased = await deps.db.transaction().execute(async (trx) => {
    await repo.deleteFollowUp(trx, id);
    // With every follow-up removed, nothing is scheduled any more: the number is not kept "for later".
    if (!(await repo.hasFollowUps(trx, row.response_id))) return repo.eraseContact(trx, row.response_id, now);
    return eraseContactIfUnneeded(trx, row.response_id, now);
  });
  if (erased) await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
}
