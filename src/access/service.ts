import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal';
import type { Database } from '../db/schema';
import { notFound } from '../platform/errors';
import { mayReadConversation, mayReadNote, mayReviewAccess, whoOf } from './policy';
import * as repo from './repo';
import type { AccessRow, Opening, RecordKind } from './repo';

/**
 * Access records: who on the team opened which note or conversation, and when. Nothing about the
 * person who reached out is ever written here (no number, no words, no alias): only a responder id,
 * a record id and a time. They live as long as the record they describe and are shredded with it
 * (retention/purge.ts, burn), so the list cannot outlive what it is about.
 */

export type { AccessRow, Opening, RecordKind };

export const RECORD_KINDS: readonly RecordKind[] = ['note', 'conversation'];

/**
 * One record per responder per record per ten minutes. A console refetches a conversation on every
 * live event and a note after each change; a row per fetch would make the list unreadable, and
 * would turn it into a fine-grained timeline of a responder's screen — the surveillance log this
 * is meant not to be. Ten minutes still tells a reviewer "who opened it, and roughly when".
 */
export const COALESCE_MS = 10 * 60_000;

/**
 * Records that a responder opened a record, unless they already did in the last COALESCE_MS.
 * Check-then-insert, not a constraint: two simultaneous opens may both be kept, which only adds a
 * near-duplicate line; the alternative (a bucketed unique key) would misplace the window's edges.
 * Returns whether a row was written.
 */
export async function recordAccess(db: Kysely<Database>, opening: Opening): Promise<boolean> {
  if (await repo.openedSince(db, opening, opening.at - COALESCE_MS)) return false;
  await repo.insertAccess(db, opening);
  return true;
}

/** Who opened the record and when, newest first. No authorization here: see `reviewAccess`. */
export async function accessTo(
  db: Kysely<Database>,
  programId: string,
  kind: RecordKind,
  recordId: string,
): Promise<AccessRow[]> {
  return repo.accessList(db, programId, kind, recordId);
}

/**
 * The access list, for a coordinator or someone who can read the record. Anyone else — and anyone
 * asking about a record that is not this program's, or is gone — gets the same "not found", as the
 * notes API answers non-readers: the list would otherwise confirm that a note exists.
 */
export async function reviewAccess(
  db: Kysely<Database>,
  who: Pick<Principal, 'programId' | 'responderId' | 'roles'>,
  kind: RecordKind,
  recordId: string,
): Promise<AccessRow[]> {
  const label = kind === 'note' ? 'Note' : 'Conversation';
  if (!(await repo.recordExists(db, who.programId, kind, recordId))) throw notFound(label);
  const askerReads =
    kind === 'note'
      ? mayReadNote(whoOf(who), { askerReads: await repo.readsNote(db, recordId, who.responderId) })
      : mayReadConversation(who, await repo.conversationFacts(db, recordId, who.responderId));
  if (!mayReviewAccess(whoOf(who), { askerReads })) throw notFound(label);
  return accessTo(db, who.programId, kind, recordId);
}

/** For a burn: every access record of the program, in the burn's own transaction. Returns how many. */
export async function deleteAccessRecordsOf(
  trx: Transaction<Database> | Kysely<Database>,
  programId: string,
): Promise<number> {
  return repo.deleteOfProgram(trx, programId);
}

/**
 * For a purge or an erasure: the access records of the notes or conversations given (a list of ids
 * or a subquery), deleted before or with the rows in the same transaction, so no list of who read
 * what outlives the words. Returns how many.
 */
export async function deleteAccessRecordsFor(
  db: Transaction<Database> | Kysely<Database>,
  kind: RecordKind,
  recordIds: Parameters<typeof repo.deleteOfRecords>[2],
): Promise<number> {
  return repo.deleteOfRecords(db, kind, recordIds);
}
