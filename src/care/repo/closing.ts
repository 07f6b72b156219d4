import type { Db } from './db';

/** Active coordinators of a program, oldest first: who may hold debriefs when a team had no support person. */
export async function activeCoordinators(db: Db, programId: string): Promise<string[]> {
  const active = await db
    .selectFrom('responders')
    .select(['id', 'roles'])
    .where('program_id', '=', programId)
    .where('status', '=', 'active')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return active.filter((r) => (JSON.parse(r.roles) as string[]).includes('coordinator')).map((r) => r.id);
}

/** A debrief task for each member who went, held by `supportId`; one already there is kept. */
export async function insertDebriefs(
  db: Db,
  responseId: string,
  responderIds: readonly string[],
  supportId: string | null,
  now: number,
): Promise<void> {
  for (const responderId of responderIds) {
    await db
      .insertInto('debriefs')
      .values({
        response_id: responseId,
        responder_id: responderId,
        support_id: supportId,
        done_at: null,
        sealed: null,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['response_id', 'responder_id']).doNothing())
      .execute();
  }
}
