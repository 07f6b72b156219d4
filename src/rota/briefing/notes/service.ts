import { mayDeleteShiftNote, whoOf } from '../../../access/policy';
import { ready, type SealedRecord } from '../../../crypto/e2e';
import { truncateWal } from '../../../db/erase';
import { directory } from '../../../notes/service';
import { checkSealedBody, checkSealedKey, recordFor, storedBody } from '../../../notes/sealed';
import { DomainError, invalid, notFound, type FieldProblem } from '../../../platform/errors';
import { SHIFT_NOTE_MAX_CHARS } from '../../../program/limits';
import { getProgram } from '../../../program/service';
import { shiftsOfProgram, shiftsOfResponder } from '../../../shifts/service';
import type { RotaDeps } from '../../deps';
import * as repo from './repo';

/**
 * Short notes for a shift (issue 17), carried by the briefing. Anyone on a shift writes one for that
 * shift from Home; their browser seals it to everyone on the shift with a key (and so to themselves),
 * and the server checks it is sealed to exactly those people, keeps it, and deletes it when the shift
 * ends. It never sees the words (docs/CRYPTO.md, "Shift notes"). Whoever joins the shift later
 * (a swap, cover) cannot open notes sealed before they joined; Home tells them so, plainly. Its
 * writer (or a coordinator who can read it) may take it back before then (`deleteShiftNote`).
 */
type Who = { programId: string; responderId: string; roles: readonly string[] };

/** Shifts one can write for: the one I am on and those starting within this long. */
export const SHIFT_NOTE_AHEAD_MS = 7 * 86_400_000;
/** At most this many of my shifts are offered: the current one and the next few. */
const WINDOWS_MAX = 3;
/** The server cannot count characters in a ciphertext: it bounds bytes (UTF-8: 4 a character at most) plus the tag. */
const CIPHERTEXT_MAX_BYTES = SHIFT_NOTE_MAX_CHARS * 4 + 16;

export interface Reader {
  id: string;
  name: string;
  /** Null: they have never signed in, so there is no key to seal to and they cannot read it. */
  publicKey: string | null;
  keyId: string | null;
}

export interface ShiftWindow {
  start: number;
  end: number;
  /** Everyone active on what is left of this shift: whom a note for it is sealed to. */
  readers: Reader[];
}

export interface ShiftNoteView {
  id: string;
  authorId: string;
  authorName: string;
  start: number;
  end: number;
  createdAt: number;
  /** With my own sealed key only. */
  record: SealedRecord;
  /** Whether I may take it back now: I wrote it, or I coordinate (and, reading it, can see what I delete). */
  mayDelete: boolean;
}

export interface MyShiftNotes {
  windows: ShiftWindow[];
  notes: ShiftNoteView[];
  /** Notes for my shifts sealed before I joined them (or to a key I no longer hold): I cannot open them. */
  unreadable: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

async function myKeyId(deps: RotaDeps, who: Who): Promise<string | undefined> {
  const team = await directory(deps, who.programId);
  return team.find((p) => p.id === who.responderId)?.keyId ?? undefined;
}

/** My shifts that have not ended and start within the week, each with everyone on it. */
export async function myWindows(deps: RotaDeps, who: Who): Promise<ShiftWindow[]> {
  const now = deps.clock.now();
  const program = await getProgram(deps, who.programId);
  const team = await directory(deps, who.programId);
  if (!team.some((p) => p.id === who.responderId)) return []; // paused or removed: on no shift
  const mine = await shiftsOfResponder(deps, who.programId, who.responderId, program.timeZone, {
    start: now,
    end: now + SHIFT_NOTE_AHEAD_MS,
  });
  const windows: { start: number; end: number }[] = [];
  for (const o of mine)
    if (o.end > now && !windows.some((w) => w.start === o.start && w.end === o.end))
      windows.push({ start: o.start, end: o.end });
  const chosen = windows.sort((a, b) => a.start - b.start).slice(0, WINDOWS_MAX);
  if (chosen.length === 0) return [];
  const all = await shiftsOfProgram(deps, who.programId, program.timeZone, {
    start: Math.min(...chosen.map((w) => w.start)),
    end: Math.max(...chosen.map((w) => w.end)),
  });
  return chosen.map((w) => {
    // What is left of the shift: someone whose overlapping shift has already ended is no longer on it.
    const left = { start: Math.max(w.start, now), end: w.end };
    const on = new Set(all.filter((o) => overlaps(o, left)).map((o) => o.responderId));
    const readers = team
      .filter((p) => on.has(p.id))
      .map((p) => ({ id: p.id, name: p.name, publicKey: p.publicKey, keyId: p.keyId }));
    return { ...w, readers };
  });
}

export async function myShiftNotes(deps: RotaDeps, who: Who): Promise<MyShiftNotes> {
  const now = deps.clock.now();
  const [windows, mine] = await Promise.all([myWindows(deps, who), myKeyId(deps, who)]);
  const rows = mine ? await repo.readable(deps.db, { ...who, keyId: mine }, now) : [];
  return {
    windows,
    notes: rows.map((row) => viewOf(who, row)),
    unreadable: await repo.unreadableCount(deps.db, { ...who, keyId: mine }, windows, now),
  };
}

/** One note, if I can open it now; anyone else (not on the shift, a coordinator included) gets 404. */
export async function getShiftNote(deps: RotaDeps, who: Who, id: string): Promise<ShiftNoteView> {
  const mine = await myKeyId(deps, who);
  const [row] = mine ? await repo.readable(deps.db, { ...who, keyId: mine }, deps.clock.now(), id) : [];
  if (!row) throw notFound('Shift note');
  return viewOf(who, row);
}

/** A row I was served is one I read: the policy decides whether I may also delete it. */
const viewOf = (who: Who, row: repo.ShiftNoteRow): ShiftNoteView => ({
  id: row.id,
  authorId: row.authorId,
  authorName: row.authorName,
  start: row.startsAt,
  end: row.endsAt,
  createdAt: row.createdAt,
  record: recordFor(row.id, row.sealed, { keyId: row.keyId, sealedKey: row.sealedKey }),
  mayDelete: mayDeleteShiftNote(whoOf(who), { authorId: row.authorId, askerReads: true }),
});

export interface NewShiftNote {
  id: string;
  window: { start: number; end: number };
  record: SealedRecord;
}

/**
 * A note for one of my shifts, sealed in my browser. It must be sealed to exactly the people on that
 * shift who have a key, under their current keys: someone missing could not read it, someone extra
 * (off the shift) must not. If the shift's people changed since the browser asked, 409: seal again.
 */
export async function writeShiftNote(deps: RotaDeps, who: Who, input: NewShiftNote): Promise<ShiftNoteView> {
  await ready();
  const problems: FieldProblem[] = [...checkSealedBody(input.record, input.id)];
  const bytes = Buffer.from(input.record.ciphertext, 'base64url').length;
  if (bytes > CIPHERTEXT_MAX_BYTES)
    problems.push({
      field: '/record/ciphertext',
      message: `a shift note is at most ${SHIFT_NOTE_MAX_CHARS} characters`,
    });
  input.record.keys.forEach((k, i) => problems.push(...checkSealedKey(k, `/record/keys/${i}`)));
  if (problems.length > 0) throw invalid(problems);

  const window = (await myWindows(deps, who)).find((w) => w.start === input.window.start && w.end === input.window.end);
  if (!window) throw invalid([{ field: '/window', message: 'must be a shift of yours that has not ended' }]);
  const me = window.readers.find((r) => r.id === who.responderId);
  if (!me?.keyId) throw new DomainError('conflict', 'Sign in with your key first: a note is sealed to you too');
  const expected = new Map(window.readers.filter((r) => r.keyId).map((r) => [r.keyId ?? '', r.id]));
  const given = new Set(input.record.keys.map((k) => k.keyId));
  const exact =
    given.size === input.record.keys.length && given.size === expected.size && [...given].every((k) => expected.has(k));
  if (!exact)
    throw new DomainError('conflict', 'The people on this shift changed: seal the note again for them', [
      { field: '/record/keys', message: 'must be one key for each person on the shift, under their current key' },
    ]);
  const now = deps.clock.now();
  const stored = await repo.insert(
    deps.db,
    {
      id: input.id,
      programId: who.programId,
      authorId: who.responderId,
      startsAt: window.start,
      endsAt: window.end,
      createdAt: now,
      sealed: storedBody(input.record),
    },
    input.record.keys.map((k) => ({
      responderId: expected.get(k.keyId) ?? '',
      keyId: k.keyId,
      sealedKey: k.sealedKey,
    })),
  );
  if (stored === 'taken') throw new DomainError('conflict', 'A note with this id exists: seal it again under a new id');
  deps.live.publish(who.programId, 'notes');
  return getShiftNote(deps, who, input.id);
}

export interface DeletedShiftNote {
  id: string;
  /** Whose say it was: the writer taking it back, or a coordinator moderating. */
  deletedBy: 'writer' | 'coordinator';
  message: string;
}

/**
 * Taking a note back before its shift ends: what was written wrong, too much, or about the wrong
 * person. Anyone else, an ended note, or none: 404 alike, so the answer never tells that a note
 * exists. The note and its keys go in one transaction; then SQLite's log is emptied of the old pages
 * (outside it, as the sweep does: a checkpoint cannot run inside a transaction). What a reader has
 * already seen stays seen: this stops reading through Kith from now on.
 */
export async function deleteShiftNote(deps: RotaDeps, who: Who, id: string): Promise<DeletedShiftNote> {
  const keyId = await myKeyId(deps, who);
  const facts = await repo.deleteFacts(deps.db, { ...who, keyId }, id, deps.clock.now());
  if (!facts || !mayDeleteShiftNote(whoOf(who), facts)) throw notFound('Shift note');
  if (!(await repo.deleteOne(deps.db, who.programId, id))) throw notFound('Shift note'); // the sweep or another got there first
  // Consoles are told once the rows are gone, before the log is emptied: should that fail (it throws,
  // so the erasure is not passed off as done), nobody's Home still shows a note that no longer exists.
  deps.live.publish(who.programId, 'notes');
  await truncateWal(deps.db);
  const deletedBy = facts.authorId === who.responderId ? 'writer' : 'coordinator';
  return {
    id,
    deletedBy,
    message:
      deletedBy === 'writer'
        ? 'You deleted your note for the shift. Nobody can read it in Kith now.'
        : 'You deleted this note for the shift as a coordinator. Nobody can read it in Kith now.',
  };
}

/** Gone when the shift ends: run by the rota sweep. SQLite's write-ahead log is emptied of the old pages too. */
export async function forgetEndedShiftNotes(deps: Pick<RotaDeps, 'db' | 'clock'>): Promise<number> {
  const gone = await repo.deleteEnded(deps.db, deps.clock.now());
  if (gone > 0) await truncateWal(deps.db);
  return gone;
}
