import type { Kysely } from 'kysely';

/**
 * A responder's device epoch: part of what every device cookie's MAC covers
 * (src/auth/sign-in/device-cookie.ts), replaced by a fresh random value when a coordinator signs
 * them out everywhere (a lost phone), so the lost phone's cookie stops counting as a known device.
 * Random rather than a counter, like the routing stamp (014): a restored backup brings back an old
 * value, and a counter would then repeat values that later cookies were made with. Existing
 * accounts start at '' and keep their device cookies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('credentials')
    .addColumn('device_epoch', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('credentials').dropColumn('device_epoch').execute();
}
