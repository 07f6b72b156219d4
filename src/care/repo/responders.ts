import type { Db } from './db';

/** A responder of the program and whether they are active: who a follow-up can be given to. */
export async function responderStatus(db: Db, programId: string, id: string) {
  return db
    .selectFrom('responders')
    .select(['id', 'status'])
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
}

/** A responder's own sealed number and languages: Kith rings them, then the person. */
export async function responderPhone(db: Db, id: string) {
  return db
    .selectFrom('responders')
    .select(['phone_sealed', 'languages'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}
