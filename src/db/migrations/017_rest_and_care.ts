import type { Kysely } from 'kysely';

/**
 * Looking after the team (issue 17). Columns only, on tables already covered by retention, burn and
 * backups, and none holds a word anyone wrote:
 * - `programs.care`: rest rules and the cool-down after a hard call (JSON, defaults applied when read).
 * - `responders.break_until` / `break_kind`: a break that ends by itself (a cool-down; stepping back
 *   until the shift ends). A plain break keeps both null and still has no end time.
 * - `responders.cool_down_offered_at`: when the responder last marked a call or conversation hard;
 *   `cool_down_settled_at`: when they last took or waved off a cool-down (an offer older is closed).
 * - `shift_rules.rest_override` / `shift_overrides.rest_override`: a coordinator's reason category
 *   for a shift that breaks a rest rule, with who and when (JSON); such a shift is rung as written.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('programs')
    .addColumn('care', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('responders').addColumn('break_until', 'bigint').execute();
  await db.schema.alterTable('responders').addColumn('break_kind', 'text').execute();
  await db.schema.alterTable('responders').addColumn('cool_down_offered_at', 'bigint').execute();
  await db.schema.alterTable('responders').addColumn('cool_down_settled_at', 'bigint').execute();
  await db.schema.alterTable('shift_rules').addColumn('rest_override', 'text').execute();
  await db.schema.alterTable('shift_overrides').addColumn('rest_override', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('shift_overrides').dropColumn('rest_override').execute();
  await db.schema.alterTable('shift_rules').dropColumn('rest_override').execute();
  await db.schema.alterTable('responders').dropColumn('cool_down_settled_at').execute();
  await db.schema.alterTable('responders').dropColumn('cool_down_offered_at').execute();
  await db.schema.alterTable('responders').dropColumn('break_kind').execute();
  await db.schema.alterTable('responders').dropColumn('break_until').execute();
  await db.schema.alterTable('programs').dropColumn('care').execute();
}
