import type { SealedRecord } from '../crypto/e2e';
import type { MessageDirection } from '../db/schema-texting';
import { recordFor } from '../notes/sealed';
import * as repo from './repo';
import type { Db, StoredReader } from './types';

/**
 * A conversation's thread: every message is stored sealed (or with no words at all), with one
 * sealed copy of its data key per reader. The server appends and hands back ciphertext; it never
 * holds the words of a message once this returns.
 */

export interface Appended {
  id: string;
  direction: MessageDirection;
  /** The responder who wrote it; null for the person. */
  authorId: string | null;
  /** The sealed body (`storedBody`), or null where no one could read it and the words were dropped. */
  sealed: string | null;
  readers: StoredReader[];
  mediaCount: number;
  /** A keyed hash of the provider's id, so a retried webhook stores nothing twice. */
  providerKey: string | null;
  /** The automatic texts this message earned, so a retry gets the same ones. */
  autoReplies: string[];
  at: number;
}

/** Adds a message at the end of the thread and counts it on the conversation. */
export async function appendMessage(db: Db, conversationId: string, message: Appended): Promise<void> {
  const seq = await repo.nextSeq(db, conversationId, message.direction, message.mediaCount, message.at);
  await repo.insertMessage(db, { ...message, conversationId, seq });
}

/** A responder's reply: appended, and the time of the conversation's first response kept. */
export async function appendReply(db: Db, conversationId: string, message: Appended): Promise<void> {
  await appendMessage(db, conversationId, message);
  await repo.noteFirstResponse(db, conversationId, message.at);
}

export interface ThreadMessage {
  id: string;
  seq: number;
  direction: MessageDirection;
  authorId: string | null;
  at: number;
  mediaCount: number;
  delivery: string | null;
  /** False where nothing was kept: a picture alone, or words nobody could have read. */
  hasWords: boolean;
  /** Sealed to this reader alone; null where they are not one (or there are no words). */
  record: SealedRecord | null;
}

/** The thread as one reader gets it: each message with their own sealed key, where they have one. */
export async function threadFor(db: Db, conversationId: string, reader: string): Promise<ThreadMessage[]> {
  const rows = await repo.messagesFor(db, conversationId, reader);
  return rows.map((m) => ({
    id: m.id,
    seq: m.seq,
    direction: m.direction,
    authorId: m.author_id,
    at: m.at,
    mediaCount: m.media_count,
    delivery: m.delivery,
    hasWords: m.sealed !== null,
    record:
      m.sealed && m.key_id && m.sealed_key
        ? recordFor(m.id, m.sealed, { keyId: m.key_id, sealedKey: m.sealed_key })
        : null,
  }));
}

/** Whether a message with this id is stored already (a page's retry of one it sent). */
export const messageExists = (db: Db, id: string): Promise<boolean> => repo.messageExists(db, id);

/** A teammate's copies of earlier messages' keys, re-sealed to them in the holder's browser. */
export async function addReaders(db: Db, rows: { messageId: string; reader: StoredReader }[]): Promise<void> {
  await repo.addReaders(db, rows);
}

/** The provider's reference for a sent reply, and how its delivery stands. */
export async function recordSent(db: Db, messageId: string, providerRef: string, delivery: string): Promise<void> {
  await repo.setProviderRef(db, messageId, providerRef, delivery);
}

/** A delivery status from the provider, for the reply it was sent as. */
export async function recordDelivery(db: Db, providerRef: string, delivery: string): Promise<void> {
  await repo.setDelivery(db, providerRef, delivery);
}

/** The program of the text the provider knows by this id, if Kith stored one (a delivery report's line). */
export async function programOfMessage(db: Db, providerRef: string): Promise<string | undefined> {
  return repo.programOfMessage(db, providerRef);
}
