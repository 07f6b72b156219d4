import type { Db } from './db';

/**
 * The person's number, kept with their consent on the response (sealed under the server key and
 * bound to it) only while a follow-up still needs it.
 */

export async function storeContact(db: Db, responseId: string, sealed: string, eraseAfter: number, now: number) {
  await db
    .updateTable('field_responses')
    .set({ contact_sealed: sealed, contact_erase_after: eraseAfter, updated_at: now })
    .where('id', '=', responseId)
    .execute();
}

/** Erases the number; whether one was held. */
export async function eraseContact(db: Db, responseId: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('field_responses')
    .set({ contact_sealed: null, contact_erase_after: null, updated_at: now })
    .where('id', '=', responseId)
    .where('contact_sealed', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The response's alias and sealed number (null when none is held). */
export async function contactOf(
  db: Db,
  responseId: string,
): Promise<{ alias: string; contactSealed: string | null } | undefined> {
  return db
    .selectFrom('field_responses')
    .select(['alias', 'contact_sealed as contactSealed'])
    .where('id', '=', responseId)
    .executeTakeFirst();
}

/**
 * Erases the number when no follow-up still needs it — none left undone that was due after
 * `missedBefore` — once one was scheduled, or once the time to schedule one has run out. Whether erased.
 */
export async function eraseContactIfUnneeded(
  db: Db,
  responseId: string,
  now: number,
  missedBefore: number,
): Promise<boolean> {
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
          eb.exists(followUps().where('follow_ups.done_at', 'is', null).where('follow_ups.due_at', '>', missedBefore)),
        ),
        eb.or([eb.exists(followUps()), eb('contact_erase_after', '<=', now)]),
      ]);
    })
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every response holding a number, in any program: for the sweep. */
export async function responsesHoldingContact(db: Db): Promise<{ id: string; program_id: string }[]> {
  return db
    .selectFrom('field_responses')
    .select(['id', 'program_id'])
    .where('contact_sealed', 'is not', null)
    .execute();
}
