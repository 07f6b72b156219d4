import { num, span, type Db, type Span } from './shared';

/** Notes, access records, calls and what the provider still holds. */

export interface NoteHoldings {
  /** By last change. */
  notes: Span;
  readers: Span;
  access: Span;
}

export async function noteHoldings(db: Db, programId: string): Promise<NoteHoldings> {
  const notes = () => db.selectFrom('notes').where('notes.program_id', '=', programId);
  const [n, r, a] = await Promise.all([
    notes()
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('updated_at').as('lo'), eb.fn.max('updated_at').as('hi')])
      .executeTakeFirst(),
    notes()
      .innerJoin('note_readers as r', 'r.note_id', 'notes.id')
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('notes.updated_at').as('lo'),
        eb.fn.max('notes.updated_at').as('hi'),
      ])
      .executeTakeFirst(),
    notes()
      .innerJoin('access_records as a', (join) =>
        join.onRef('a.record_id', '=', 'notes.id').on('a.record_kind', '=', 'note'),
      )
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('notes.updated_at').as('lo'),
        eb.fn.max('notes.updated_at').as('hi'),
      ])
      .executeTakeFirst(),
  ]);
  return { notes: span(n), readers: span(r), access: span(a) };
}

/** A shift's notes and their keys (rota/briefing/notes/), by the end of the shift they go with. */
export async function shiftNoteHoldings(db: Db, programId: string): Promise<{ notes: Span; readers: Span }> {
  const notes = () => db.selectFrom('shift_notes as n').where('n.program_id', '=', programId);
  const [n, r] = await Promise.all([
    notes()
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('n.ends_at').as('lo'), eb.fn.max('n.ends_at').as('hi')])
      .executeTakeFirst(),
    notes()
      .innerJoin('shift_note_readers as r', 'r.note_id', 'n.id')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('n.ends_at').as('lo'), eb.fn.max('n.ends_at').as('hi')])
      .executeTakeFirst(),
  ]);
  return { notes: span(n), readers: span(r) };
}

/** All of the program's access records, whatever they point at (to find any whose record is gone). */
export async function accessRecordCount(db: Db, programId: string): Promise<number> {
  return num(
    (
      await db
        .selectFrom('access_records')
        .where('program_id', '=', programId)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );
}

export interface CallHoldings {
  live: { calls: number; legs: number; callerLegRefs: number };
  /** Ended, by end time. */
  ended: { calls: Span; legs: Span };
}

export async function callHoldings(db: Db, programId: string): Promise<CallHoldings> {
  const calls = () => db.selectFrom('calls').where('calls.program_id', '=', programId);
  const [liveCalls, liveLegs, refs, endedCalls, endedLegs] = await Promise.all([
    calls()
      .where('ended_at', 'is', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .innerJoin('call_legs as l', 'l.call_id', 'calls.id')
      .where('calls.ended_at', 'is', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .where('caller_leg_ref', 'is not', null)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst(),
    calls()
      .where('ended_at', 'is not', null)
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('calls.ended_at').as('lo'),
        eb.fn.max('calls.ended_at').as('hi'),
      ])
      .executeTakeFirst(),
    calls()
      .innerJoin('call_legs as l', 'l.call_id', 'calls.id')
      .where('calls.ended_at', 'is not', null)
      .select((eb) => [
        eb.fn.countAll().as('n'),
        eb.fn.min('calls.ended_at').as('lo'),
        eb.fn.max('calls.ended_at').as('hi'),
      ])
      .executeTakeFirst(),
  ]);
  return {
    live: { calls: num(liveCalls?.n), legs: num(liveLegs?.n), callerLegRefs: num(refs?.n) },
    ended: { calls: span(endedCalls), legs: span(endedLegs) },
  };
}

/** The provider's ids Kith still owes a deletion for, by kind. Installation-wide: the table has no program. */
export async function providerDeletionCounts(db: Db): Promise<{ kind: string; count: number }[]> {
  const rows = await db
    .selectFrom('provider_deletions')
    .select((eb) => ['kind', eb.fn.countAll().as('n')])
    .groupBy('kind')
    .orderBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: num(r.n) }));
}
