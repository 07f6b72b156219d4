import type { Kysely } from 'kysely';

/**
 * Member codes by keypad (issue 18): a member on a call keys their number, then a code.
 * - `member_codes.keys`: the digits that key each code (a word such as GN has none of its own);
 *   null for a code that cannot be keyed.
 * - `members.duress_keys_index`: keyed hash, bound to the member, of their danger word spelled on the
 *   keypad's letters (BLUE is 2583), so the danger word can be keyed too; the digits are never stored.
 * Both tables stay out of backups (src/backup/contents.ts) and go with a burn, as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('member_codes').addColumn('keys', 'text').execute();
  await db.schema.alterTable('members').addColumn('duress_keys_index', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('members').dropColumn('duress_keys_index').execute();
  await db.schema.alterTable('member_codes').dropColumn('keys').execute();
}
