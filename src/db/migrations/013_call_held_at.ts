import type { Kysely } from 'kysely';

/**
 * When the caller reached their hold queue, after every disclosure had been spoken. Responders are
 * rung while the disclosures play (issue 14), so one may press 1 before the caller is there to be
 * joined: until this is set they hear that the caller is still being told the line's promises.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calls').addColumn('held_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calls').dropColumn('held_at').execute();
}
