import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export async function replaceSetupToken(
  db: Kysely<Database>,
  tokenHash: string,
  now: number,
  expiresAt: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('setup_tokens').where('used_at', 'is', null).execute();
    await trx
      .insertInto('setup_tokens')
      .values({ token_hash: tokenHash, created_at: now, expires_at: expiresAt, used_at: null })
      .execute();
  });
}

/** Marks the setup token used; true only for the one request that used it first. */
export async function consumeSetupToken(db: Kysely<Database>, tokenHash: string, now: number): Promise<boolean> {
  const result = await db
    .updateTable('setup_tokens')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
