import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';

type Db = Kysely<Database> | Transaction<Database>;

export interface CodeRow {
  id: string;
  program_id: string;
  code: string;
  meaning: string;
  words: string;
  tells: string;
  position: number;
  keys: string | null;
}

export async function codesOf(db: Db, programId: string): Promise<CodeRow[]> {
  return db.selectFrom('member_codes').selectAll().where('program_id', '=', programId).orderBy('position').execute();
}

/** Writes the book as given, the first time only (two first reads at once write it once). */
export async function insertIfNone(db: Kysely<Database>, programId: string, rows: CodeRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const any = await trx
      .selectFrom('member_codes')
      .select('id')
      .where('program_id', '=', programId)
      .executeTakeFirst();
    if (any) return;
    await trx
      .insertInto('member_codes')
      .values(rows)
      .onConflict((oc) => oc.columns(['program_id', 'code']).doNothing())
      .execute();
  });
}

export async function replaceCodes(db: Kysely<Database>, programId: string, rows: CodeRow[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('member_codes').where('program_id', '=', programId).execute();
    if (rows.length > 0) await trx.insertInto('member_codes').values(rows).execute();
  });
}
