import type { Db } from './db';

/** Current public keys of these responders (those who have signed in once). */
export async function publicKeysOf(db: Db, responderIds: readonly string[]): Promise<Map<string, string>> {
  if (responderIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('credentials')
    .select(['responder_id', 'public_key'])
    .where('responder_id', 'in', [...responderIds])
    .execute();
  return new Map(rows.filter((r) => r.public_key !== null).map((r) => [r.responder_id, r.public_key]));
}

/** Debriefs of the program, newest response first: those `participant` takes part in, or one by its key. */
export async function debriefRows(
  db: Db,
  programId: string,
  filter: { participant?: string; responseId?: string; responderId?: string },
) {
  let query = db
    .selectFrom('debriefs')
    .innerJoin('field_responses', 'field_responses.id', 'debriefs.response_id')
    .innerJoin('responders as member', 'member.id', 'debriefs.responder_id')
    .leftJoin('responders as support', 'support.id', 'debriefs.support_id')
    .selectAll('debriefs')
    .select([
      'field_responses.alias as alias',
      'field_responses.closed_at as closedAt',
      'member.name as responderName',
      'support.name as supportName',
    ])
    .where('field_responses.program_id', '=', programId);
  const { participant, responseId, responderId } = filter;
  if (participant !== undefined)
    query = query.where((eb) =>
      eb.or([eb('debriefs.responder_id', '=', participant), eb('debriefs.support_id', '=', participant)]),
    );
  if (responseId !== undefined) query = query.where('debriefs.response_id', '=', responseId);
  if (responderId !== undefined) query = query.where('debriefs.responder_id', '=', responderId);
  return query
    .orderBy('field_responses.closed_at', 'desc')
    .orderBy('debriefs.response_id')
    .orderBy('debriefs.responder_id')
    .execute();
}

export async function markDebriefDone(
  db: Db,
  key: { responseId: string; responderId: string },
  change: { doneAt: number; sealed: string | null; now: number },
): Promise<void> {
  await db
    .updateTable('debriefs')
    .set({ done_at: change.doneAt, sealed: change.sealed, updated_at: change.now })
    .where('response_id', '=', key.responseId)
    .where('responder_id', '=', key.responderId)
    .execute();
}
