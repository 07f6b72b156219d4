import type { FieldEventKind } from '../../db/schema-dispatch';
import type { Db } from './db';

export async function insertEvent(
  db: Db,
  event: { id: string; responseId: string; kind: FieldEventKind; category: string; recordedBy: string; at: number },
): Promise<void> {
  await db
    .insertInto('field_events')
    .values({
      id: event.id,
      response_id: event.responseId,
      kind: event.kind,
      category: event.category,
      recorded_by: event.recordedBy,
      at: event.at,
    })
    .execute();
}

/** The raw counts behind a program's evaluation of `[fromAt, toAt)`: numbers and categories only. */
export async function evaluationCounts(db: Db, programId: string, fromAt: number, toAt: number) {
  const responses = db
    .selectFrom('field_responses')
    .where('program_id', '=', programId)
    .where('created_at', '>=', fromAt)
    .where('created_at', '<', toAt);
  const [byState, byOutcome, byUrgency, events, debriefs, followUps] = await Promise.all([
    responses
      .select((eb) => ['state as key', eb.fn.countAll().as('n')])
      .groupBy('state')
      .execute(),
    responses
      .select((eb) => ['outcome as key', eb.fn.countAll().as('n')])
      .where('outcome', 'is not', null)
      .groupBy('outcome')
      .execute(),
    responses
      .select((eb) => ['urgency as key', eb.fn.countAll().as('n')])
      .groupBy('urgency')
      .execute(),
    db
      .selectFrom('field_events')
      .innerJoin('field_responses', 'field_responses.id', 'field_events.response_id')
      .select((eb) => ['field_events.kind as kind', 'field_events.category as key', eb.fn.countAll().as('n')])
      .where('field_responses.program_id', '=', programId)
      .where('field_events.at', '>=', fromAt)
      .where('field_events.at', '<', toAt)
      .groupBy(['field_events.kind', 'field_events.category'])
      .execute(),
    db
      .selectFrom('debriefs')
      .innerJoin('field_responses', 'field_responses.id', 'debriefs.response_id')
      .select(['debriefs.done_at as doneAt'])
      .where('field_responses.program_id', '=', programId)
      .where('field_responses.created_at', '>=', fromAt)
      .where('field_responses.created_at', '<', toAt)
      .execute(),
    db
      .selectFrom('follow_ups')
      .select(['done_at as doneAt', 'due_at as dueAt'])
      .where('program_id', '=', programId)
      .where('due_at', '>=', fromAt)
      .where('due_at', '<', toAt)
      .execute(),
  ]);
  return { byState, byOutcome, byUrgency, events, debriefs, followUps };
}
