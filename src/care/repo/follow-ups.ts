import type { Insertable } from 'kysely';
import type { FollowUpsTable } from '../../db/schema-dispatch';
import type { Db } from './db';

export async function insertFollowUp(db: Db, row: Insertable<FollowUpsTable>): Promise<void> {
  await db.insertInto('follow_ups').values(row).execute();
}

export async function findFollowUp(db: Db, programId: string, id: string) {
  return db
    .selectFrom('follow_ups')
    .selectAll()
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** Follow-ups with their response's alias, their assignee's name and whether a number is held; by due time. */
export async function followUpRows(
  db: Db,
  filter: { id?: string; assignedTo?: string; programId?: string; doneSince?: number },
) {
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
  return query.orderBy('follow_ups.due_at').orderBy('follow_ups.id').execute();
}

/** Marks it done; whether this call did (it may have been done already). */
export async function markFollowUpDone(db: Db, id: string, now: number): Promise<boolean> {
  const done = await db
    .updateTable('follow_ups')
    .set({ done_at: now })
    .where('id', '=', id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(done.numUpdatedRows) > 0;
}

export async function deleteFollowUp(db: Db, id: string): Promise<void> {
  await db.deleteFrom('follow_ups').where('id', '=', id).execute();
}

export async function hasFollowUps(db: Db, responseId: string): Promise<boolean> {
  const left = await db.selectFrom('follow_ups').select('id').where('response_id', '=', responseId).executeTakeFirst();
  return left !== undefined;
}

/** Undone follow-ups due in `(after, now]` not yet reminded, with their response's alias; by due time. */
export async function dueForReminder(db: Db, now: number, after: number) {
  return db
    .selectFrom('follow_ups')
    .innerJoin('field_responses', 'field_responses.id', 'follow_ups.response_id')
    .select([
      'follow_ups.id as id',
      'follow_ups.program_id as programId',
      'follow_ups.kind as kind',
      'follow_ups.assigned_to as assignedTo',
      'follow_ups.due_at as dueAt',
      'field_responses.alias as alias',
    ])
    .where('follow_ups.done_at', 'is', null)
    .where('follow_ups.reminded_at', 'is', null)
    .where('follow_ups.due_at', '<=', now)
    .where('follow_ups.due_at', '>', after)
    .orderBy('follow_ups.due_at')
    .execute();
}

/** Claims a reminder by setting `reminded_at` first, so two instances never both send; whether claimed. */
export async function claimReminder(db: Db, id: string, now: number): Promise<boolean> {
  const claimed = await db
    .updateTable('follow_ups')
    .set({ reminded_at: now })
    .where('id', '=', id)
    .where('reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(claimed.numUpdatedRows) === 1;
}

/** For the assignee's answered call: the response, whether it is done, the sealed number and the community number. */
export async function followUpCall(db: Db, followUpId: string) {
  return db
    .selectFrom('follow_ups')
    .innerJoin('field_responses', 'field_responses.id', 'follow_ups.response_id')
    .innerJoin('programs', 'programs.id', 'follow_ups.program_id')
    .select([
      'follow_ups.response_id as responseId',
      'follow_ups.done_at as doneAt',
      'field_responses.alias',
      'field_responses.contact_sealed as sealed',
      'programs.phone_number as from',
    ])
    .where('follow_ups.id', '=', followUpId)
    .executeTakeFirst();
}
