import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema';

/** The only SQL of shift notes: `shift_notes` and `shift_note_readers` (migration 024). */
type Db = Kysely<Database>;

export interface ShiftNoteRow {
  id: string;
  authorId: string;
  authorName: string;
  startsAt: number;
  endsAt: number;
  createdAt: number;
  sealed: string;
  keyId: string;
  sealedKey: string;
}

/**
 * The notes one reader can open now: sealed to the key they hold today, and for a shift that has not
 * ended (the sweep may not have run yet: an ended note is never served, whatever the sweep's pace).
 */
export async function readable(
  db: Db,
  who: { programId: string; responderId: string; keyId: string },
  now: number,
  id?: string,
): Promise<ShiftNoteRow[]> {
  let query = db
    .selectFrom('shift_notes as n')
    .innerJoin('shift_note_readers as r', 'r.note_id', 'n.id')
    .innerJoin('responders as a', 'a.id', 'n.author_id')
    .select([
      'n.id as id',
      'n.author_id as authorId',
      'a.name as authorName',
      'n.starts_at as startsAt',
      'n.ends_at as endsAt',
      'n.created_at as createdAt',
      'n.sealed as sealed',
      'r.key_id as keyId',
      'r.sealed_key as sealedKey',
    ])
    .where('n.program_id', '=', who.programId)
    .where('r.responder_id', '=', who.responderId)
    .where('r.key_id', '=', who.keyId)
    .where('n.ends_at', '>', now);
  if (id !== undefined) query = query.where('n.id', '=', id);
  return query.orderBy('n.starts_at').orderBy('n.created_at').orderBy('n.id').execute();
}

/** Notes for a shift overlapping one of `windows` that this reader holds no key to today (joined later, or a new key). */
export async function unreadableCount(
  db: Db,
  who: { programId: string; responderId: string; keyId: string | undefined },
  windows: readonly { start: number; end: number }[],
  now: number,
): Promise<number> {
  if (windows.length === 0) return 0;
  const row = await db
    .selectFrom('shift_notes as n')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('n.program_id', '=', who.programId)
    .where('n.ends_at', '>', now)
    .where((eb) => eb.or(windows.map((w) => eb.and([eb('n.starts_at', '<', w.end), eb('n.ends_at', '>', w.start)]))))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('shift_note_readers as r')
            .select('r.note_id')
            .whereRef('r.note_id', '=', 'n.id')
            .where('r.responder_id', '=', who.responderId)
            .where('r.key_id', '=', who.keyId ?? ''),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function insert(
  db: Db,
  note: {
    id: string;
    programId: string;
    authorId: string;
    startsAt: number;
    endsAt: number;
    createdAt: number;
    sealed: string;
  },
  readers: readonly { responderId: string; keyId: string; sealedKey: string }[],
): Promise<'ok' | 'taken'> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('shift_notes').select('id').where('id', '=', note.id).executeTakeFirst();
    if (existing) return 'taken';
    await trx
      .insertInto('shift_notes')
      .values({
        id: note.id,
        program_id: note.programId,
        author_id: note.authorId,
        starts_at: note.startsAt,
        ends_at: note.endsAt,
        created_at: note.createdAt,
        sealed: note.sealed,
      })
      .execute();
    await trx
      .insertInto('shift_note_readers')
      .values(
        readers.map((r) => ({
          note_id: note.id,
          responder_id: r.responderId,
          key_id: r.keyId,
          sealed_key: r.sealedKey,
        })),
      )
      .execute();
    return 'ok';
  });
}

/** Every note whose shift has ended, keys first: what the sweep deletes. */
export async function deleteEnded(db: Db, now: number): Promise<number> {
  // A read first: most sweeps find nothing, and need not take SQLite's write lock for it.
  const any = await db.selectFrom('shift_notes').select('id').where('ends_at', '<=', now).limit(1).executeTakeFirst();
  if (!any) return 0;
  return db.transaction().execute(async (trx) => {
    const ended = trx.selectFrom('shift_notes').select('id').where('ends_at', '<=', now);
    await trx.deleteFrom('shift_note_readers').where('note_id', 'in', ended).execute();
    const result = await trx.deleteFrom('shift_notes').where('ends_at', '<=', now).executeTakeFirst();
    return Number(result.numDeletedRows);
  });
}

/** What deciding a delete needs: who wrote a note of this program that has not ended, and whether the asker holds a key to it now. */
export async function deleteFacts(
  db: Db,
  who: { programId: string; responderId: string; keyId: string | undefined },
  id: string,
  now: number,
): Promise<{ authorId: string; askerReads: boolean } | undefined> {
  const row = await db
    .selectFrom('shift_notes as n')
    .leftJoin('shift_note_readers as r', (join) =>
      join
        .onRef('r.note_id', '=', 'n.id')
        .on('r.responder_id', '=', who.responderId)
        .on('r.key_id', '=', who.keyId ?? ''),
    )
    .select(['n.author_id as authorId', 'r.note_id as readerOf'])
    .where('n.id', '=', id)
    .where('n.program_id', '=', who.programId)
    .where('n.ends_at', '>', now)
    .executeTakeFirst();
  return row ? { authorId: row.authorId, askerReads: row.readerOf !== null } : undefined;
}

/** One note and its keys, in one transaction: no key is left for a note that is gone. */
export async function deleteOne(db: Db, programId: string, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const note = await trx
      .selectFrom('shift_notes')
      .select('id')
      .where('id', '=', id)
      .where('program_id', '=', programId)
      .executeTakeFirst();
    if (!note) return false;
    await trx.deleteFrom('shift_note_readers').where('note_id', '=', id).execute();
    await trx.deleteFrom('shift_notes').where('id', '=', id).execute();
    return true;
  });
}
