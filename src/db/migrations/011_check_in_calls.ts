import type { Kysely } from 'kysely';

/**
 * A check-in by keypress: shortly before a team's check-in falls due, Kith rings those out and a press
 * of 1 checks the team in. `check_in_called_at` marks that this round's call went out (cleared by
 * every check-in), so a sweep every 30 seconds rings once per round, not once per sweep.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('field_responses').addColumn('check_in_called_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('field_responses').dropColumn('check_in_called_at').execute();
}
