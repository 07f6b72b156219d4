import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface PlaceRow {
  id: string;
  program_id: string;
  number: number;
  words: string;
}

export async function placesOf(db: Kysely<Database>, programId: string): Promise<PlaceRow[]> {
  return db.selectFrom('member_places').selectAll().where('program_id', '=', programId).orderBy('number').execute();
}

/** The book is replaced whole, as the code book is: the list is short and edited as one form. */
export async function replacePlaces(db: Kysely<Database>, programId: string, rows: PlaceRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('member_places').where('program_id', '=', programId).execute();
    if (rows.length > 0) await trx.insertInto('member_places').values(rows).execute();
  });
}
