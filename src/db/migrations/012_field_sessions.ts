import type { Kysely } from 'kysely';

/**
 * A field member's console on their own phone stays signed in while they are out: the console's
 * "this is my own phone" choice marks that one session (`kept_while_out`), and while its responder
 * is out on an open response the dispatch sweep keeps it from idling out. Any other session of theirs
 * (a desk left open) still signs itself out after 30 idle minutes.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('sessions')
    .addColumn('kept_while_out', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sessions').dropColumn('kept_while_out').execute();
}
