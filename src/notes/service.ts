import type { Kysely } from 'kysely';
import { mayWriteNote } from '../access/policy';
import { recordAccess } from '../access/service';
import type { Principal } from '../auth/principal';
import { callRecord } from '../calls/service';
import { keyId, ready, type SealedKey, type SealedRecord } from '../crypto/e2e';
import type { Database } from '../db/schema';
import type { Clock } from '../platform/clock';
import { DomainError, invalid, notFound, type FieldProblem } from '../platform/errors';
import * as repo from './repo';
import { checkSealedBody, checkSealedKey, recordFor, storedBody } from './sealed';

/**
 * Sealed notes. The server never holds a key that opens one: it checks shapes, keeps who may read
 * what, and hands each reader the record with their own sealed key only. Every rule that matters
 * for secrecy is also enforced by cryptography (docs/CRYPTO.md); these checks keep the data tidy
 * and the answers honest.
 */

export interface NoteDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface NoteView {
  id: string;
  callId: string | null;
  callStartedAt: number | null;
  authorId: string;
  authorName: string;
  createdAt: number;
  updatedAt: number;
  record: SealedRecord;
  readers: { responderId: string; name: string }[];
}

type Who = Pick<Principal, 'responderId' | 'programId'>;

export interface DirectoryEntry {
  id: string;
  name: string;
  publicKey: string | null;
  keyId: string | null;
}

async function idOfKey(publicKey: string): Promise<string> {
  await ready(); // keyId uses libsodium; awaiting here keeps the domain independent of boot order
  return keyId(publicKey);
}

/** The key id a responder holds today, or undefined before they have enrolled (e.g. an API-token-only member). */
async function currentKeyId(deps: NoteDeps, who: Who): Promise<string | undefined> {
  const [me] = await repo.teammates(deps.db, who.programId, { id: who.responderId });
  return me?.publicKey ? idOfKey(me.publicKey) : undefined;
}

/** Active teammates and their public keys: whom a note can be shared with. */
export async function directory(deps: NoteDeps, programId: string): Promise<DirectoryEntry[]> {
  const rows = await repo.teammates(deps.db, programId, { activeOnly: true });
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      name: row.name,
      publicKey: row.publicKey,
      keyId: row.publicKey ? await idOfKey(row.publicKey) : null,
    })),
  );
}

async function views(deps: NoteDeps, rows: repo.NoteRow[]): Promise<NoteView[]> {
  const readers = await repo.readerNames(
    deps.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    callId: row.callId,
    callStartedAt: row.callStartedAt,
    authorId: row.authorId,
    authorName: row.authorName,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    record: recordFor(row.id, row.sealed, { keyId: row.keyId, sealedKey: row.sealedKey }),
    readers: readers.get(row.id) ?? [],
  }));
}

/** Notes I can open, newest first; optionally those about one call. */
export async function listNotes(
  deps: NoteDeps,
  who: Who,
  filter: { callId?: string | undefined },
): Promise<NoteView[]> {
  const mine = await currentKeyId(deps, who);
  if (!mine) return [];
  const rows = await repo.readableNotes(
    deps.db,
    { ...who, keyId: mine },
    filter.callId === undefined ? {} : { callId: filter.callId },
  );
  return views(deps, rows);
}

/** One note, if I can open it. Not being a reader — a coordinator included — looks exactly like no such note. */
export async function getNote(deps: NoteDeps, who: Who, id: string): Promise<NoteView> {
  const mine = await currentKeyId(deps, who);
  const rows = mine ? await repo.readableNotes(deps.db, { ...who, keyId: mine }, { id }) : [];
  const [view] = await views(deps, rows);
  if (!view) throw notFound('Note');
  return view;
}

/**
 * Opening one note (the note view), as opposed to the list or the answer to my own change: kept as
 * an access record (src/access). Only a successful open is an access; a "not found" records nothing.
 */
export async function openNote(deps: NoteDeps, who: Who, id: string): Promise<NoteView> {
  const view = await getNote(deps, who, id);
  await recordAccess(deps.db, {
    programId: who.programId,
    kind: 'note',
    recordId: id,
    responderId: who.responderId,
    at: deps.clock.now(),
  });
  return view;
}

export interface NewNote {
  id: string;
  callId: string | null;
  record: SealedRecord;
}

/** A new note is sealed to its author alone (promise 4: one reader by default); sharing comes after. */
export async function createNote(deps: NoteDeps, who: Who, input: NewNote): Promise<NoteView> {
  const problems: FieldProblem[] = checkSealedBody(input.record, input.id);
  const mine = await currentKeyId(deps, who);
  const [key] = input.record.keys;
  if (input.record.keys.length !== 1 || !key) {
    problems.push({
      field: '/record/keys',
      message: 'must hold exactly one sealed key, your own; share the note afterwards',
    });
  } else {
    problems.push(...checkSealedKey(key, '/record/keys/0'));
    if (!mine)
      problems.push({
        field: '/record/keys/0/keyId',
        message: 'you have no key on this server yet; sign in on the console first',
      });
    else if (key.keyId !== mine)
      problems.push({ field: '/record/keys/0/keyId', message: 'must be the id of your own public key' });
  }
  if (problems.length > 0 || !key) throw invalid(problems);
  if (input.callId !== null) await callRecord(deps, who.programId, input.callId); // 404 for another program's call
  await repo.insertNote(
    deps.db,
    {
      id: input.id,
      programId: who.programId,
      authorId: who.responderId,
      callId: input.callId,
      sealed: storedBody(input.record),
      now: deps.clock.now(),
    },
    { responderId: who.responderId, keyId: key.keyId, sealedKey: key.sealedKey },
  );
  return getNote(deps, who, input.id);
}

/** The note, if I am its author; a reader who is not gets a plain refusal, anyone else "not found". */
async function asAuthor(deps: NoteDeps, who: Who, id: string, doing: string): Promise<NoteView> {
  const note = await getNote(deps, who, id);
  if (!mayWriteNote(who, note)) throw new DomainError('forbidden', `Only the note’s author can ${doing}`);
  return note;
}

/**
 * An edit: new content sealed under the same data key (resealRecord in the browser). Readers and
 * their sealed keys are untouched; any `keys` sent along are ignored. The server cannot check that
 * the data key is the same one: a wrong one only makes the note unreadable, to the author too.
 */
export async function editNote(
  deps: NoteDeps,
  who: Who,
  id: string,
  record: Omit<SealedRecord, 'keys'>,
): Promise<NoteView> {
  await asAuthor(deps, who, id, 'change it');
  const problems = checkSealedBody(record, id);
  if (problems.length > 0) throw invalid(problems);
  await repo.updateSealed(deps.db, id, storedBody(record), deps.clock.now());
  return getNote(deps, who, id);
}

/**
 * Any reader may share with an enrolled teammate by sealing the data key to their current public key
 * (shareRecord in the browser). Sharing with someone who already reads it is a conflict; a copy sealed
 * to a key they no longer hold (they were reset) is replaced.
 */
export async function shareNote(
  deps: NoteDeps,
  who: Who,
  id: string,
  share: { responderId: string; sealedKey: SealedKey },
): Promise<NoteView> {
  await getNote(deps, who, id);
  const [target] = await repo.teammates(deps.db, who.programId, { id: share.responderId });
  if (!target) throw notFound('Responder');
  const problems = checkSealedKey(share.sealedKey, '/sealedKey');
  if (!target.publicKey)
    problems.push({ field: '/responderId', message: 'has not signed in yet, so has no key to share to' });
  else if (share.sealedKey.keyId !== (await idOfKey(target.publicKey))) {
    problems.push({
      field: '/sealedKey/keyId',
      message: 'must be the id of their current public key (see GET /api/directory)',
    });
  }
  if (problems.length > 0) throw invalid(problems);
  const reader = { responderId: target.id, keyId: share.sealedKey.keyId, sealedKey: share.sealedKey.sealedKey };
  const now = deps.clock.now();
  const existing = await repo.findReaderKey(deps.db, id, target.id);
  const conflict = new DomainError('conflict', 'They can already read this note', [
    { field: '/responderId', message: 'already reads this note' },
  ]);
  if (!existing) await repo.insertReader(deps.db, id, reader, who.responderId, now);
  else if (
    existing.keyId === reader.keyId ||
    !(await repo.replaceStaleReader(deps.db, id, existing.keyId, reader, who.responderId, now))
  )
    throw conflict;
  return getNote(deps, who, id);
}

/**
 * The author takes a reader's sealed copy away. This stops future access through Kith only: it
 * cannot unlearn what they read, nor a data key they kept (docs/CRYPTO.md).
 */
export async function unshareNote(deps: NoteDeps, who: Who, id: string, responderId: string): Promise<void> {
  await asAuthor(deps, who, id, 'take a reader away');
  if (responderId === who.responderId)
    throw invalid([{ field: '/responderId', message: 'is the author, who always reads their own note' }]);
  if (!(await repo.deleteReader(deps.db, id, responderId))) throw notFound('Reader');
}
