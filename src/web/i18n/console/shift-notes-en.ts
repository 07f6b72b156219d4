import type { ShiftNotesText } from './shift-notes-types';

export const enShiftNotes: ShiftNotesText = {
  heading: 'Notes for the shift',
  intro:
    'Only the people on the shift can read these notes. They are deleted when the shift ends, or sooner by whoever wrote them.',
  none: 'No notes for your shifts.',
  by: '{name}, {time}',
  goneAt: 'Deleted at {time}, when the shift ends.',
  unreadable: {
    one: '1 note for your shift was written before you joined it. It is sealed to the people on the shift then, so you cannot read it. Ask a teammate what it said.',
    other:
      '{count} notes for your shift were written before you joined it. They are sealed to the people on the shift then, so you cannot read them. Ask a teammate what they said.',
  },
  cannotOpen: 'This note could not be opened.',
  needsUnlock: 'Sign in again with your passphrase to read and write notes for the shift.',
  write: {
    heading: 'Write a note for the shift',
    label: 'Note',
    hint: 'Plain text, up to 500 characters. Do not write a caller’s name or number.',
    windowLegend: 'Which shift',
    window: '{start} to {end}',
    readers: 'Only these people can read it: {names}.',
    noKey: '{names} have not signed in yet, so they will not be able to read it.',
    save: 'Save the note',
    saving: 'Saving the note…',
    saved: 'Note saved. Only the people on the shift can read it.',
    missing: 'Write the note first.',
    tooLong: 'The note is too long: 500 characters at most.',
    remaining: { one: '{count} character left', other: '{count} characters left' },
    tooMany: { one: '{count} character too many', other: '{count} characters too many' },
    changed: 'The people on the shift changed. Check who can read it, then save again.',
  },
  remove: {
    button: 'Delete this note',
    heading: 'Delete this note?',
    consequence:
      'Nobody will be able to read it in Kith after this. Anyone who has already read it may still remember it. This cannot be undone.',
    confirm: 'Yes, delete the note',
    deleted: 'Note deleted. Nobody can read it in Kith now.',
    gone: 'This note was already deleted.',
  },
};
