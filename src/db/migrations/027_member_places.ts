import type { Kysely } from 'kysely';

/**
 * The place book (issue 18): the program's numbered places ("2 Rosa's kitchen") that a member names
 * after a code — `GH P2` by text, or `2*2#` keyed on a call — as the zine's pager was followed by
 * where. Program settings like the code book, never about one member: a place is relayed to exactly the
 * people the code names and never stored with a member. Left out of backups and deleted by a burn, as a
 * place can say where members live or meet (src/backup/contents.ts, src/burn/burn.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('member_places')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('program_id', 'text', (c) => c.notNull().references('programs.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('words', 'text', (c) => c.notNull())
    .addUniqueConstraint('member_places_unique', ['program_id', 'number'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('member_places').execute();
}
