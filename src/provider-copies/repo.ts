import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema';
import type { ProviderDeletionsTable } from '../db/schema-texting';

/** The deletions owed at the provider: one row per copy, its provider id and kind, nothing else. */
type Db = Kysely<Database>;

/** Owes each copy once; a copy already owed keeps its place in the retry schedule. */
export async function insertOwed(db: Db, kind: string, refs: readonly string[], notBefore: number): Promise<void> {
  await db
    .insertInto('provider_deletions')
    .values(refs.map((ref) => ({ message_ref: ref, kind, attempts: 0, not_before: notBefore })))
    .onConflict((oc) => oc.column('message_ref').doNothing())
    .execute();
}

/** Owes a copy whose first deletion failed: tried once, due again at `notBefore`. */
export async function oweAfterFirstTry(db: Db, kind: string, ref: string, notBefore: number): Promise<void> {
  await db
    .insertInto('provider_deletions')
    .values({ message_ref: ref, kind, attempts: 1, not_before: notBefore })
    .onConflict((oc) => oc.column('message_ref').doUpdateSet({ attempts: 1, not_before: notBefore }))
    .execute();
}

/** The debt is settled (the provider deleted it) or given up. */
export async function clearOwed(db: Db, ref: string): Promise<void> {
  await db.deleteFrom('provider_deletions').where('message_ref', '=', ref).execute();
}

/** Clears several debts in one statement (batched.ts). */
export async function clearOwedMany(db: Db, refs: readonly string[]): Promise<void> {
  if (refs.length === 0) return;
  await db.deleteFrom('provider_deletions').where('message_ref', 'in', refs).execute();
}

/** Deletions due by `now` of these kinds, oldest first, a batch at a time. */
export async function dueOwed(
  db: Db,
  kinds: readonly string[],
  now: number,
  limit: number,
): Promise<Selectable<ProviderDeletionsTable>[]> {
  return db
    .selectFrom('provider_deletions')
    .selectAll()
    .where('not_before', '<=', now)
    .where('kind', 'in', kinds)
    .orderBy('not_before')
    .limit(limit)
    .execute();
}

/** A refused deletion waits: one more attempt counted, due again at `notBefore`. */
export async function postponeOwed(db: Db, ref: string, attempts: number, notBefore: number): Promise<void> {
  await db
    .updateTable('provider_deletions')
    .set({ attempts, not_before: notBefore })
    .where('message_ref', '=', ref)
    .execute();
}
