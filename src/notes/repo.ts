import type { Kysely } from 'kysely';
import { refusingDuplicates } from '../db/open';
import type { Database } from '../db/schema';
import { DomainError } from '../platform/errors';

/** Notes and their readers: the only code that knows their SQL. Every read is scoped to a program. */

type Db = Kysely<Database>;

export interface NoteRow {
  id: string;
  callId: string | null;
  /** When that call began, read with the note so a list of notes needs no request per call. */
  callStartedAt: number | null;
  authorId: string;
  authorName: string;
  createdAt: number;
  updatedAt: number;
  sealed: string;
  /** The asking reader's own entry. */
  keyId: string;
  sealedKey: string;
}

export interface ReaderKey {
  responderId: string;
  keyId: string;
  sealedKey: string;
}

const duplicateId = () =>
  new DomainError('conflict', 'A note with this id already exists; make a new id and seal again', [
    { field: '/id', message: 'is already used' },
  ]);

export async function insertNote(
  db: Db,
  note: { id: string; programId: string; authorId: string; callId: string | null; sealed: string; now: number },
  reader: ReaderKey,
): Promise<void> {
  await refusingDuplicates(
    () =>
      db.transaction().execute(async (trx) => {
        await trx
          .insertInto('notes')
          .values({
            id: note.id,
            program_id: note.programId,
            author_id: note.authorId,
            call_id: note.callId,
            sealed: note.sealed,
            created_at: note.now,
            updated_at: note.now,
          })
          .execute();
        await trx
          .insertInto('note_readers')
          .values({
            note_id: note.id,
            responder_id: reader.responderId,
            key_id: reader.keyId,
            sealed_key: reader.sealedKey,
            added_by: note.authorId,
            added_at: note.now,
          })
          .execute();
      }),
    duplicateId,
  );
}

/**
 * Notes a responder can open now: they have a reader row sealed to the key they hold today. A row
 * sealed to a key they no longer have (after a reset) opens for nobody, so it is not offered.
 */
export async function readableNotes(
  db: Db,
  who: { programId: string; responderId: string; keyId: string },
  filter: { id?: string; callId?: string },
): Promise<NoteRow[]> {
  let query = db
    .selectFrom('notes')
    .innerJoin('note_readers', 'note_readers.note_id', 'notes.id')
    .innerJoin('responders as author', 'author.id', 'notes.author_id')
    .leftJoin('calls', 'calls.id', 'notes.call_id')
    .select([
      'notes.id as id',
      'notes.call_id as callId',
      'calls.started_at as callStartedAt',
      'notes.author_id as authorId',
      'author.name as authorName',
      'notes.created_at as createdAt',
      'notes.updated_at as updatedAt',
      'notes.sealed as sealed',
      'note_readers.key_id as keyId',
      'note_readers.sealed_key as sealedKey',
    ])
    .where('notes.program_id', '=', who.programId)
    .where('note_readers.responder_id', '=', who.responderId)
    .where('note_readers.key_id', '=', who.keyId);
  if (filter.id !== undefined) query = query.where('notes.id', '=', filter.id);
  if (filter.callId !== undefined) query = query.where('notes.call_id', '=', filter.callId);
  return query.orderBy('notes.created_at', 'desc').orderBy('notes.id').execute();
}

/** Who can read each note, by name, author first then in the order they were added. */
export async function readerNames(
  db: Db,
  noteIds: readonly string[],
): Promise<Map<string, { responderId: string; name: string }[]>> {
  const byNote = new Map<string, { responderId: string; name: string }[]>();
  if (noteIds.length === 0) return byNote;
  const rows = await db
    .selectFrom('note_readers')
    .innerJoin('notes', 'notes.id', 'note_readers.note_id')
    .innerJoin('responders', 'responders.id', 'note_readers.responder_id')
    .select([
      'note_readers.note_id as noteId',
      'note_readers.responder_id as responderId',
      'responders.name as name',
      'notes.author_id as authorId',
    ])
    .where('note_readers.note_id', 'in', [...noteIds])
    .orderBy('note_readers.added_at')
    .orderBy('note_readers.responder_id')
    .execute();
  for (const row of rows) {
    const list = byNote.get(row.noteId) ?? [];
    const entry = { responderId: row.responderId, name: row.name };
    if (row.responderId === row.authorId) list.unshift(entry);
    else list.push(entry);
    byNote.set(row.noteId, list);
  }
  return byNote;
}

export async function findReaderKey(db: Db, noteId: string, responderId: string): Promise<ReaderKey | undefined> {
  const row = await db
    .selectFrom('note_readers')
    .select(['responder_id', 'key_id', 'sealed_key'])
    .where('note_id', '=', noteId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return row ? { responderId: row.responder_id, keyId: row.key_id, sealedKey: row.sealed_key } : undefined;
}

export async function updateSealed(db: Db, id: string, sealed: string, now: number): Promise<void> {
  await db.updateTable('notes').set({ sealed, updated_at: now }).where('id', '=', id).execute();
}

const alreadyReads = () =>
  new DomainError('conflict', 'They can already read this note', [
    { field: '/responderId', message: 'already reads this note' },
  ]);

/** Adds a reader; a concurrent share of the same person loses with a conflict rather than a duplicate. */
export async function insertReader(
  db: Db,
  noteId: string,
  reader: ReaderKey,
  addedBy: string,
  now: number,
): Promise<void> {
  await refusingDuplicates(
    () =>
      db
        .insertInto('note_readers')
        .values({
          note_id: noteId,
          responder_id: reader.responderId,
          key_id: reader.keyId,
          sealed_key: reader.sealedKey,
          added_by: addedBy,
          added_at: now,
        })
        .execute(),
    alreadyReads,
  );
}

/** Replaces a reader's copy sealed to a key they no longer hold, only if it is still that stale one. */
export async function replaceStaleReader(
  db: Db,
  noteId: string,
  staleKeyId: string,
  reader: ReaderKey,
  addedBy: string,
  now: number,
): Promise<boolean> {
  const result = await db
    .updateTable('note_readers')
    .set({ key_id: reader.keyId, sealed_key: reader.sealedKey, added_by: addedBy, added_at: now })
    .where('note_id', '=', noteId)
    .where('responder_id', '=', reader.responderId)
    .where('key_id', '=', staleKeyId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteReader(db: Db, noteId: string, responderId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('note_readers')
    .where('note_id', '=', noteId)
    .where('responder_id', '=', responderId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A note's owner and program, for checks that need neither its content nor its readers. */
export async function findNoteHead(
  db: Db,
  programId: string,
  id: string,
): Promise<{ id: string; authorId: string } | undefined> {
  const row = await db
    .selectFrom('notes')
    .select(['id', 'author_id'])
    .where('id', '=', id)
    .where('program_id', '=', programId)
    .executeTakeFirst();
  return row ? { id: row.id, authorId: row.author_id } : undefined;
}

/** Teammates and the public keys they enrolled with (null before they first sign in). Never numbers. */
export async function teammates(db: Db, programId: string, filter: { id?: string; activeOnly?: boolean } = {}) {
  let query = db
    .selectFrom('responders')
    .leftJoin('credentials', 'credentials.responder_id', 'responders.id')
    .select(['responders.id as id', 'responders.name as name', 'credentials.public_key as publicKey'])
    .where('responders.program_id', '=', programId);
  if (filter.id !== undefined) query = query.where('responders.id', '=', filter.id);
  if (filter.activeOnly) query = query.where('responders.status', '=', 'active');
  return query.orderBy('responders.name').orderBy('responders.id').execute();
}
