import type { Kysely } from 'kysely';

/** Per-program retention settings (JSON), defaults applied when read, so `{}` keeps every default. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('retention', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('programs').dropColumn('retention').execute();
}
