import * as repo from './repo';
import type { ConversationRow, Db } from './types';

/**
 * The person writing, as texting knows them: only by `sender_index`, a keyed hash of their number
 * (sender-index.ts) or of their web-chat session's secret — never who they are. These are the
 * lookups the web chat (src/chat) shares with inbound texts.
 */

export const isBlocked = (db: Db, programId: string, senderIndex: string): Promise<boolean> =>
  repo.isBlocked(db, programId, senderIndex);

/** The sender's conversation that is still open, if any. */
export const openConversationOf = (
  db: Db,
  programId: string,
  senderIndex: string,
): Promise<ConversationRow | undefined> => repo.openConversationOf(db, programId, senderIndex);

/** A chat session's newest conversation, closed ones included, so the visitor can see that it ended. */
export const latestChatOf = (db: Db, programId: string, senderIndex: string): Promise<ConversationRow | undefined> =>
  repo.latestChatOf(db, programId, senderIndex);

/** The visitor came back with a new key (a new tab, or JavaScript turned off): later replies are sealed to it. */
export const setPersonKey = (db: Db, conversationId: string, publicKey: string, now: number): Promise<void> =>
  repo.setPersonKey(db, conversationId, publicKey, now);
