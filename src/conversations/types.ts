import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { ConversationsTable } from '../db/schema-texting';

/** The database, or a transaction on it: texting's functions work inside either. */
export type Db = Kysely<Database> | Transaction<Database>;

/** A conversation as stored: never a number or a word in clear (see README.md). */
export type ConversationRow = Selectable<ConversationsTable>;

/** One reader's copy of a message's data key, sealed to their public key. */
export interface StoredReader {
  /** A responder's id, or `person` for the web-chat visitor. */
  reader: string;
  keyId: string;
  sealedKey: string;
}
