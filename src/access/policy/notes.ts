import type { Who } from './who';

/**
 * Notes (promise 4: one reader by default). Being a reader means holding a copy of the note's key
 * sealed to one's current public key; a coordinator is no exception, and not being a reader looks
 * exactly like there being no such note.
 */
export interface NoteFacts {
  authorId: string;
  /** Whether the asker holds a sealed copy of the note's key under their current public key. */
  askerReads: boolean;
}

export function mayReadNote(_who: Who, note: Pick<NoteFacts, 'askerReads'>): boolean {
  return note.askerReads;
}

/** Changing a note or taking a reader away: its author alone. Any reader may share it (mayReadNote). */
export function mayWriteNote(who: Pick<Who, 'responderId'>, note: Pick<NoteFacts, 'authorId'>): boolean {
  return note.authorId === who.responderId;
}
