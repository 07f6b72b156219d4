import type { ConversationRow, Db } from '../conversations/repo';

/** The session's newest conversation, closed ones included, so the visitor can see that it ended. */
export async function latestConversationOf(
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> {
  return db
    .selectFrom('conversations')
    .selectAll()
    .where('program_id', '=', programId)
    .where('sender_index', '=', senderIndex)
    .where('channel', '=', 'chat')
    .orderBy('opened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** The visitor came back with a new key (a new tab, or JavaScript turned off): later replies are sealed to it. */
export async function setPersonKey(db: Db, id: string, publicKey: string, now: number): Promise<void> {
  await db
    .updateTable('conversations')
    .set({ person_public_key: publicKey, updated_at: now })
    .where('id', '=', id)
    .execute();
}

/** The one program this install serves (the setup makes exactly one). */
export async function firstProgramId(db: Db): Promise<string | undefined> {
  return (await db.selectFrom('programs').select('id').orderBy('created_at').limit(1).executeTakeFirst())?.id;
}
