import type { FieldMemberStatus, FieldRole } from '../../db/schema-dispatch';
import { OPEN_STATES, OUT, WENT } from '../types';
import type { Db, MemberRow } from './db';

/** A response's team: who was asked, and where each of them is. */

export async function membersOf(db: Db, responseIds: string[]): Promise<(MemberRow & { name: string })[]> {
  if (responseIds.length === 0) return [];
  return db
    .selectFrom('field_members')
    .innerJoin('responders', 'responders.id', 'field_members.responder_id')
    .selectAll('field_members')
    .select('responders.name as name')
    .where('field_members.response_id', 'in', responseIds)
    .orderBy('field_members.asked_at')
    .orderBy('field_members.responder_id')
    .execute();
}

export async function member(db: Db, responseId: string, responderId: string): Promise<MemberRow | undefined> {
  return db
    .selectFrom('field_members')
    .selectAll()
    .where('response_id', '=', responseId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
}

export async function insertMember(
  db: Db,
  row: { responseId: string; responderId: string; role: FieldRole; now: number; answerBy: number },
): Promise<void> {
  await db
    .insertInto('field_members')
    .values({
      response_id: row.responseId,
      responder_id: row.responderId,
      role: row.role,
      status: 'asked',
      eta_minutes: null,
      asked_at: row.now,
      answer_by: row.answerBy,
      answered_at: null,
      updated_at: row.now,
    })
    .execute();
}

/** Moves a member from one of `from` to `to`; whether it moved (a concurrent change may have won). */
export async function moveMember(
  db: Db,
  key: { responseId: string; responderId: string },
  from: readonly FieldMemberStatus[],
  to: { status: FieldMemberStatus; now: number; etaMinutes?: number | null; answered?: boolean },
): Promise<boolean> {
  const result = await db
    .updateTable('field_members')
    .set({
      status: to.status,
      updated_at: to.now,
      ...(to.etaMinutes === undefined ? {} : { eta_minutes: to.etaMinutes }),
      ...(to.answered ? { answered_at: to.now } : {}),
    })
    .where('response_id', '=', key.responseId)
    .where('responder_id', '=', key.responderId)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Responders out right now on any open response: not candidates for another. */
export async function outNow(db: Db, programId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('field_members')
    .innerJoin('field_responses', 'field_responses.id', 'field_members.response_id')
    .select('field_members.responder_id as id')
    .where('field_responses.program_id', '=', programId)
    .where('field_responses.state', 'in', [...OPEN_STATES])
    .where('field_members.status', 'in', [...OUT])
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** When each responder last said yes to a field response, for "who has gone out least recently". */
export async function lastWentAt(db: Db, responderIds: string[]): Promise<Map<string, number>> {
  if (responderIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('field_members')
    .select(['responder_id', (eb) => eb.fn.max('answered_at').as('at')])
    .where('responder_id', 'in', responderIds)
    .where('status', 'in', [...WENT])
    .groupBy('responder_id')
    .execute();
  return new Map(rows.map((r) => [r.responder_id, Number(r.at ?? 0)]));
}

/** Everyone out right now (said yes, not yet clear) on an open response, in any program. */
export async function respondersOut(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('field_members')
    .innerJoin('field_responses', 'field_responses.id', 'field_members.response_id')
    .select('field_members.responder_id')
    .distinct()
    .where('field_members.status', 'in', [...OUT])
    .where('field_responses.state', 'in', [...OPEN_STATES])
    .execute();
  return rows.map((r) => r.responder_id);
}

/** Each member's role and status: what a team is counted from. */
export async function teamOf(
  db: Db,
  responseId: string,
): Promise<Pick<MemberRow, 'responder_id' | 'role' | 'status'>[]> {
  return db
    .selectFrom('field_members')
    .select(['responder_id', 'role', 'status'])
    .where('response_id', '=', responseId)
    .execute();
}

/** Moves every member in one of `from` to `to`. */
export async function moveAll(
  db: Db,
  responseId: string,
  from: readonly FieldMemberStatus[],
  to: FieldMemberStatus,
  now: number,
): Promise<void> {
  await db
    .updateTable('field_members')
    .set({ status: to, updated_at: now })
    .where('response_id', '=', responseId)
    .where('status', 'in', [...from])
    .execute();
}

/**
 * How many field responses each responder said yes to and went on (or is on), by when they said
 * yes, in [from, to); released and declined members are not counted. Counts only, through the
 * response's program.
 */
export async function joinedCounts(
  db: Db,
  programId: string,
  window: { from: number; to: number },
): Promise<{ responderId: string; count: number }[]> {
  const rows = await db
    .selectFrom('field_members')
    .innerJoin('field_responses', 'field_responses.id', 'field_members.response_id')
    .select(['field_members.responder_id', (eb) => eb.fn.countAll<number | string | bigint>().as('n')])
    .where('field_responses.program_id', '=', programId)
    .where('field_members.status', 'in', WENT)
    .where('field_members.answered_at', '>=', window.from)
    .where('field_members.answered_at', '<', window.to)
    .groupBy('field_members.responder_id')
    .execute();
  return rows.map((r) => ({ responderId: r.responder_id, count: Number(r.n) }));
}
