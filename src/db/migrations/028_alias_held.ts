import { sql, type Kysely } from 'kysely';

/**
 * The aliases a new conversation may not take (issue 14): those of open conversations and of closed
 * ones still in their grace (their number kept, so a late reply could still reach the person). A new
 * conversation drew its alias from every such row, read whole — 500 rows a text by the end of a
 * surge; now it draws a few at random and asks this index which are held, one look-up each.
 * Partial, so it holds only the rows that matter; the query repeats its condition word for word
 * (`aliasesHeld`, src/conversations/repo/conversations.ts) so both databases use it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('conversations_alias_held')
    .on('conversations')
    .columns(['program_id', 'alias'])
    .where(sql<boolean>`state <> 'closed' or sender_index is not null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('conversations_alias_held').execute();
}
