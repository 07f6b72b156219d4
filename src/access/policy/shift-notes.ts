import type { Who } from './who';

/**
 * Notes for a shift (src/rota/briefing/notes). Reading is the keys' business: a note is sealed to
 * those on the shift, and not being one of them is 404 (a coordinator included). Taking one back
 * before the shift ends is its writer's, who may regret what they wrote, and a coordinator's who can
 * read it, since coordinators moderate: never a coordinator who cannot, who would delete words they
 * cannot see and learn the note exists.
 */
export interface ShiftNoteFacts {
  authorId: string;
  /** Whether the asker holds a sealed copy of the note's key under their current public key. */
  askerReads: boolean;
}

export function mayDeleteShiftNote(who: Who, note: ShiftNoteFacts): boolean {
  return note.authorId === who.responderId || (who.coordinator && note.askerReads);
}
