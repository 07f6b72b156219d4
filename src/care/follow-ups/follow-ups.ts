import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { FollowUpKind } from '../../db/schema-dispatch';
import { DomainError, invalid, notFound, type FieldProblem } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { parseClock } from '../../platform/local-time';
import { toE164 } from '../../platform/phone';
import { DAY, instantAtWall, wallClock, wallDate, wallOf } from '../../platform/wall-time';
import { getProgram } from '../../program/service';
import { truncateWal } from '../../db/erase';
import { reachableResponse } from '../closing';
import type { Actor, DispatchDeps } from '../../dispatch/types';

/**
 * Aftercare (docs/DISPATCH.md "Close and care"): follow-ups on a date in the program's time zone, and
 * — with the person's consent — their number, sealed under the server key and bound to the response,
 * kept only while a follow-up still needs it. It is erased in the same transaction as the last
 * follow-up is done or removed; the sweep (care-sweep.ts) erases it too once every follow-up left is
 * missed, or when none was ever scheduled.
 */

/** A follow-up not done this long after it was due is missed: it no longer holds the number. */
export const MISSED_AFTER_MS = 2 * DAY;
/** A number given with no follow-up scheduled is kept this long for the team to schedule one. */
export const CONTACT_UNSCHEDULED_MS = 2 * 60 * 60_000;

type Db = Kysely<Database>;

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
  await reachableResponse(deps.db, who, responseId);
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
  await deps.db
    .updateTable('field_responses')
    .set({ contact_sealed: deps.keys.seal(e164, responseId), contact_erase_after: eraseAfter, updated_at: now })
    .where('id', '=', responseId)
    .execute();
  deps.live.publish(who.programId, 'dispatch');
  return { held: true, eraseAfter };
}

/** Forgets the number now (the person changed their mind); follow-ups that need it can no longer be made. */
export async function forgetContact(deps: DispatchDeps, who: Actor, responseId: string): Promise<ContactHeld> {
  await reachableResponse(deps.db, who, responseId);
  await deps.db
    .updateTable('field_responses')
    .set({ contact_sealed: null, contact_erase_after: null, updated_at: deps.clock.now() })
    .where('id', '=', responseId)
    .execute();
  await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
  return { held: false, eraseAfter: null };
}

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
  await reachableResponse(deps.db, who, responseId);
  const now = deps.clock.now();
  const { at, problems } = dueInstant(program.timeZone, input.date, input.time);
  if (at !== undefined && at < now)
    problems.push({ field: '/time', message: `is already past in ${program.timeZone}` });
  const assignee = await deps.db
    .selectFrom('responders')
    .select(['id', 'status'])
    .where('id', '=', input.assignedTo)
    .where('program_id', '=', who.programId)
    .executeTakeFirst();
  if (!assignee || assignee.status !== 'active')
    problems.push({ field: '/assignedTo', message: 'must be an active member of the team' });
  if (input.kind !== 'accompany') {
    const response = await deps.db
      .selectFrom('field_responses')
      .select('contact_sealed')
      .where('id', '=', responseId)
      .executeTakeFirstOrThrow();
    if (response.contact_sealed === null)
      problems.push({
        field: '/kind',
        message:
          'a call or text needs the person’s number: keep it first (PUT /api/dispatch/:id/contact), with their consent',
      });
  }
  if (problems.length > 0 || at === undefined) throw invalid(problems);
  const id = newId('fup');
  await deps.db
    .insertInto('follow_ups')
    .values({
      id,
      response_id: responseId,
      program_id: who.programId,
      kind: input.kind,
      assigned_to: input.assignedTo,
      due_at: at,
      reminded_at: null,
      done_at: null,
      created_at: now,
    })
    .execute();
  deps.live.publish(who.programId, 'dispatch');
  const [view] = await views(deps.db, program.timeZone, now, { id });
  if (!view) throw notFound('Follow-up');
  return view;
}

async function views(
  db: Db,
  zone: string,
  now: number,
  filter: { id?: string; assignedTo?: string; programId?: string; doneSince?: number },
): Promise<FollowUpView[]> {
  let query = db
    .selectFrom('follow_ups')
    .innerJoin('field_responses', 'field_responses.id', 'follow_ups.response_id')
    .innerJoin('responders', 'responders.id', 'follow_ups.assigned_to')
    .selectAll('follow_ups')
    .select([
      'field_responses.alias as alias',
      'responders.name as assigneeName',
      'field_responses.contact_sealed as contactSealed',
    ]);
  if (filter.id !== undefined) query = query.where('follow_ups.id', '=', filter.id);
  if (filter.assignedTo !== undefined) query = query.where('follow_ups.assigned_to', '=', filter.assignedTo);
  if (filter.programId !== undefined) query = query.where('follow_ups.program_id', '=', filter.programId);
  if (filter.doneSince !== undefined) {
    const since = filter.doneSince;
    query = query.where((eb) => eb.or([eb('follow_ups.done_at', 'is', null), eb('follow_ups.done_at', '>=', since)]));
  }
  const rows = await query.orderBy('follow_ups.due_at').orderBy('follow_ups.id').execute();
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

/** A follow-up the actor may act on: its assignee, a coordinator, or someone who may act on its response. */
async function reachableFollowUp(deps: DispatchDeps, who: Actor, id: string) {
  const row = await deps.db
    .selectFrom('follow_ups')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', who.programId)
    .executeTakeFirst();
  if (!row) throw notFound('Follow-up');
  if (row.assigned_to !== who.responderId)
    await reachableResponse(deps.db, who, row.response_id).catch(() => Promise.reject(notFound('Follow-up')));
  return row;
}

/**
 * Erases the response's number when no follow-up still needs it — none left undone that is not yet
 * missed — once one was scheduled, or once the time to schedule one has run out. Whether erased.
 */
export async function eraseContactIfUnneeded(db: Db, responseId: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('field_responses')
    .set({ contact_sealed: null, contact_erase_after: null, updated_at: now })
    .where('id', '=', responseId)
    .where('contact_sealed', 'is not', null)
    .where((eb) => {
      const followUps = () =>
        eb
          .selectFrom('follow_ups')
          .select('follow_ups.id')
          .whereRef('follow_ups.response_id', '=', 'field_responses.id');
      return eb.and([
        eb.not(
          eb.exists(
            followUps()
              .where('follow_ups.done_at', 'is', null)
              .where('follow_ups.due_at', '>', now - MISSED_AFTER_MS),
          ),
        ),
        eb.or([eb.exists(followUps()), eb('contact_erase_after', '<=', now)]),
      ]);
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function markFollowUpDone(deps: DispatchDeps, who: Actor, id: string): Promise<FollowUpView> {
  const row = await reachableFollowUp(deps, who, id);
  const now = deps.clock.now();
  const erased = await deps.db.transaction().execute(async (trx) => {
    const done = await trx
      .updateTable('follow_ups')
      .set({ done_at: now })
      .where('id', '=', id)
      .where('done_at', 'is', null)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) === 0) throw new DomainError('conflict', 'This follow-up is already done');
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
    await trx.deleteFrom('follow_ups').where('id', '=', id).execute();
    // With every follow-up removed, nothing is scheduled any more: the number is not kept "for later".
    const left = await trx
      .selectFrom('follow_ups')
      .select('id')
      .where('response_id', '=', row.response_id)
      .executeTakeFirst();
    if (!left) {
      const result = await trx
        .updateTable('field_responses')
        .set({ contact_sealed: null, contact_erase_after: null, updated_at: now })
        .where('id', '=', row.response_id)
        .where('contact_sealed', 'is not', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    }
    return eraseContactIfUnneeded(trx, row.response_id, now);
  });
  if (erased) await truncateWal(deps.db);
  deps.live.publish(who.programId, 'dispatch');
}
