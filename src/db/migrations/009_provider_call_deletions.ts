import type { Kysely } from 'kysely';

/**
 * Owed deletions at the provider now cover call records as well as texts: a provider's call record
 * holds the caller's number, so it is deleted after the program's number grace. `kind` says which
 * API deletes the ref; existing rows are texts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('provider_deletions')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('message'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('provider_deletions').dropColumn('kind').execute();
}
