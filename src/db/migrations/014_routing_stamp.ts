import type { Kysely } from 'kysely';

/**
 * A program's routing stamp: a fresh random id written whenever anything an incoming call's routing
 * reads from the program or its shifts changes. Each Kith caches the program and its shifts, and an
 * incoming call's one read compares the stamp, so no instance can route on settings or shifts that
 * changed, whichever instance changed them (see src/calls/routing-cache.ts). Random rather than a
 * counter: a restored backup brings back an old stamp, and a counter would repeat old values.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('routing_stamp', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('programs').dropColumn('routing_stamp').execute();
}
