/**
 * The notes for my shifts, each opened with my key, and "Delete this note" on those the server says
 * I may take back (mine; for a coordinator, every one they can read). Deleting asks first, in the
 * page, with the shared confirmation step; Cancel puts the keyboard back on the button, and once the
 * note is gone focus goes to the section's heading, since the note and its button no longer exist.
 * The result is said in the polite live region: never the words, only that it is gone. "No notes"
 * is said here too, so this stays mounted when the last note goes: the live event often reloads the
 * list before the delete's own answer arrives, and focus must still be moved then.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { MyShiftNotesView } from '@server/rota/briefing/notes/schema';
import { fill } from '../../../../../i18n/catalog';
import { announce } from '../../announce';
import { api, ApiError } from '../../api';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { ConfirmPanel, useFocusLater } from '../coordinate/parts';

type Note = MyShiftNotesView['notes'][number];
export const NOTES_HEADING = 'shift-notes-heading';
const buttonId = (id: string) => `delete-shift-note-${id}`;

interface Props {
  notes: Note[];
  /** Each note's words: a string, null when it will not open, absent while opening. */
  opened: Map<string, string | null>;
  timeZone: string;
  onDeleted: () => void;
}

export function ShiftNoteList({ notes, opened, timeZone, onDeleted }: Props): JSX.Element {
  const text = useText();
  const t = text.shiftNotes;
  const lang = useLang();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const setFocusNext = useFocusLater();

  async function remove(id: string): Promise<void> {
    if (working) return; // a second Enter while the first is on its way
    setWorking(true);
    try {
      await api('DELETE', `/api/me/shift-notes/${id}`);
      announce(t.remove.deleted);
    } catch (error) {
      announce(error instanceof ApiError && error.status === 404 ? t.remove.gone : text.shell.failed);
    } finally {
      setWorking(false);
    }
    setConfirming(null);
    setFocusNext(NOTES_HEADING);
    onDeleted();
  }

  if (notes.length === 0) return <p>{t.none}</p>;
  return (
    <ul class="plain-list shift-notes">
      {notes.map((note) => {
        const words = opened.get(note.id);
        const line = fill(t.by, { name: note.authorName, time: formatTime(note.createdAt, lang, timeZone, true) });
        return (
          <li key={note.id}>
            {/* A string child is a text node: whatever a teammate typed cannot become markup. */}
            {words === undefined ? null : <p class="plan-text">{words ?? t.cannotOpen}</p>}
            <p class="hint">
              {line}
              {' · '}
              {fill(t.goneAt, { time: formatTime(note.end, lang, timeZone, true) })}
            </p>
            {!note.mayDelete ? null : confirming === note.id ? (
              <ConfirmPanel
                id="delete-shift-note"
                danger
                heading={t.remove.heading}
                confirm={t.remove.confirm}
                onConfirm={() => void remove(note.id)}
                onCancel={() => (setConfirming(null), setFocusNext(buttonId(note.id)))}
              >
                <p>{line}</p>
                <p>{t.remove.consequence}</p>
              </ConfirmPanel>
            ) : (
              <button
                type="button"
                class="button secondary"
                id={buttonId(note.id)}
                onClick={() => setConfirming(note.id)}
              >
                {t.remove.button}
                {/* Several notes, several buttons: each says whose note it deletes. */}
                <span class="visually-hidden"> {line}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
