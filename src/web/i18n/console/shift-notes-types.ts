import type { Plural } from './types';

/**
 * Notes for a shift, with the briefing on Home (issue 17): a few lines for the people on a shift,
 * sealed in the browser to them alone and deleted when the shift ends.
 */
export interface ShiftNotesText {
  heading: string;
  intro: string;
  none: string;
  /** `{name}` wrote it at `{time}`. */
  by: string;
  /** `{time}`: the shift's end, when the note is deleted. */
  goneAt: string;
  /** `{count}` notes for my shifts were sealed before I joined: I cannot read them. */
  unreadable: Plural;
  cannotOpen: string;
  /** No key in this page (a reload): sign in again to read and write. */
  needsUnlock: string;
  write: {
    heading: string;
    label: string;
    hint: string;
    windowLegend: string;
    /** `{start}` and `{end}` of one of my shifts. */
    window: string;
    /** `{names}`: whom it is sealed to. */
    readers: string;
    /** `{names}`: on the shift, never signed in, so without a key. */
    noKey: string;
    save: string;
    saving: string;
    saved: string;
    missing: string;
    tooLong: string;
    /** `{count}` characters still allowed. */
    remaining: Plural;
    /** `{count}` characters over. */
    tooMany: Plural;
    /** The people on the shift changed between loading and saving. */
    changed: string;
  };
  /** Taking a note back before the shift ends: its writer, or a coordinator who can read it. */
  remove: {
    button: string;
    heading: string;
    /** What deleting does, and what it cannot undo (someone may already have read it). */
    consequence: string;
    confirm: string;
    /** Said in the live region once it is gone. */
    deleted: string;
    /** It was gone already: deleted by someone else, or the shift ended. */
    gone: string;
  };
}
