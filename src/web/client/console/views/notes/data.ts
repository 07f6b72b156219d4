/**
 * The notes API as the console uses it (src/notes/routes.ts), and opening a note here. The server
 * hands each reader the sealed record with their own sealed key only; everything readable is made
 * in this page's memory and goes nowhere else.
 */
import type { Teammate } from '../teammate-select';
import type { Identity, PublicIdentity, SealedKey } from '@server/crypto/e2e';
import type { NoteView } from '@server/notes/schema';
import { api, ApiError } from '../../api';
import type { E2e } from '../../keys';
import { fromPlaintext, toPlaintext, type NoteContent } from './content';

/** A note as one of its readers gets it: the server's own type (src/notes/schema.ts). */
export type Note = NoteView;
/** Everyone who can open it, author first: names only. */
export type Reader = Note['readers'][number];

export type { Teammate };

export interface CallTime {
  id: string;
  startedAt: number;
}

/** A note after trying to open it: its content, or the plain fact that this key cannot open it. */
export type Opened = { note: Note; content: NoteContent } | { note: Note; content: undefined };

export function openNote(e2e: E2e, note: Note, me: Identity): Opened {
  try {
    return { note, content: fromPlaintext(e2e.openRecordText(note.record, me)) };
  } catch {
    // Not a reader, a key reset since it was shared, or damaged data: all mean "cannot open", and
    // the crypto layer deliberately does not say which.
    return { note, content: undefined };
  }
}

export function listNotes(): Promise<Note[]> {
  return api<Note[]>('GET', '/api/notes');
}

/** One note, or undefined when it does not exist or I cannot read it (the server says 404 for both). */
export async function getNote(id: string): Promise<Note | undefined> {
  try {
    return await api<Note>('GET', `/api/notes/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** When a call began, or undefined if this person cannot see it (or it is gone). */
export async function callTime(callId: string): Promise<CallTime | undefined> {
  try {
    const call = await api<CallTime>('GET', `/api/calls/${encodeURIComponent(callId)}`);
    return { id: call.id, startedAt: call.startedAt };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return undefined;
    throw error;
  }
}

/** The program's time zone: times are shown where the line is, as on the home view. */
export async function programTimeZone(): Promise<string> {
  const program = await api<{ timeZone: string }>('GET', '/api/program');
  return program.timeZone;
}

function publicPart(me: Identity): PublicIdentity {
  return { keyId: me.keyId, publicKey: me.publicKey };
}

/** Seals a new note to its author alone (promise 4: one reader by default) and stores it. */
export function createNote(
  e2e: E2e,
  me: Identity,
  id: string,
  callId: string | null,
  content: Omit<NoteContent, 'v'>,
): Promise<Note> {
  const record = e2e.sealRecord({ recordId: id, plaintext: toPlaintext(content), readers: [publicPart(me)] });
  return api<Note>('POST', '/api/notes', { id, callId, record });
}

/**
 * An edit: new content under the same data key (resealRecord), so every reader keeps their sealed
 * key. Only the content part is sent; the server keeps the readers as they are.
 */
export function editNote(e2e: E2e, me: Identity, note: Note, content: Omit<NoteContent, 'v'>): Promise<Note> {
  const { v, alg, recordId, nonce, ciphertext } = e2e.resealRecord(note.record, me, toPlaintext(content));
  return api<Note>('PUT', `/api/notes/${encodeURIComponent(note.id)}`, {
    record: { v, alg, recordId, nonce, ciphertext },
  });
}

/**
 * Shares by sealing the note's data key to the teammate's public key, here (shareRecord checks the
 * key id against the key, and that the data key really opens the note); only their new entry is sent.
 */
export function shareNote(
  e2e: E2e,
  me: Identity,
  note: Note,
  teammate: Teammate & { publicKey: string; keyId: string },
): Promise<Note> {
  const shared = e2e.shareRecord(note.record, me, { keyId: teammate.keyId, publicKey: teammate.publicKey });
  const entry: SealedKey | undefined = shared.keys.find((key) => key.keyId === teammate.keyId);
  if (!entry) throw new Error('sharing made no entry for the teammate');
  return api<Note>('POST', `/api/notes/${encodeURIComponent(note.id)}/readers`, {
    responderId: teammate.id,
    sealedKey: entry,
  });
}

export async function unshareNote(note: Note, responderId: string): Promise<void> {
  await api('DELETE', `/api/notes/${encodeURIComponent(note.id)}/readers/${encodeURIComponent(responderId)}`);
}
