/**
 * Notes for the shift, with the briefing on Home (issue 17): the notes for my shifts, opened here
 * with my own key, and the form to write one (`write.tsx`). Shown only when I have a shift ahead or
 * notes to read. A note sealed before I joined the shift cannot be opened by me, and nobody re-seals
 * it (it lives one shift): the section says so, with how many, so nobody thinks they saw everything.
 * The list, with taking a note back, is `list.tsx`.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MyShiftNotesView } from '@server/rota/briefing/notes/schema';
import type { Identity } from '@server/crypto/e2e';
import { api } from '../../api';
import { useLang, useText } from '../../context';
import { currentIdentity, loadCrypto, onIdentityChange } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { plural } from '../texts/waited';
import { NOTES_HEADING, ShiftNoteList } from './list';
import { WriteShiftNote } from './write';

type Notes = MyShiftNotesView['notes'];

export function ShiftNotesOnHome({ timeZone }: { timeZone: string }): JSX.Element | null {
  const t = useText().shiftNotes;
  const lang = useLang();
  const mine = useLoad(() => api<MyShiftNotesView>('GET', '/api/me/shift-notes'), 'shift-notes');
  useLive(['notes', 'shifts', 'roster'], mine.reload);
  const [identity, setIdentity] = useState(currentIdentity);
  useEffect(() => onIdentityChange(() => setIdentity(currentIdentity())), []);
  const opened = useOpened(mine.data?.notes, identity);

  const data = mine.data;
  if (!data || (data.windows.length === 0 && data.notes.length === 0 && data.unreadable === 0)) return null;
  return (
    <section class="panel" aria-labelledby={NOTES_HEADING}>
      {/* Focusable from script: where the keyboard lands once a deleted note's button is gone. */}
      <h2 id={NOTES_HEADING} tabIndex={-1}>
        {t.heading}
      </h2>
      <p class="hint">{t.intro}</p>
      {identity ? null : <p class="notice">{t.needsUnlock}</p>}
      <ShiftNoteList notes={data.notes} opened={opened} timeZone={timeZone} onDeleted={mine.reload} />
      {data.unreadable > 0 ? <p class="notice">{plural(t.unreadable, data.unreadable, lang)}</p> : null}
      {identity && data.windows.length > 0 ? (
        <WriteShiftNote windows={data.windows} timeZone={timeZone} onSaved={mine.reload} />
      ) : null}
    </section>
  );
}

/** Each note's words, opened with my key in this page: a string, null when it will not open, absent while opening. */
function useOpened(notes: Notes | undefined, me: Identity | undefined): Map<string, string | null> {
  const [opened, setOpened] = useState(new Map<string, string | null>());
  useEffect(() => {
    if (!notes || !me) return undefined;
    let current = true;
    void loadCrypto().then((e2e) => {
      const next = new Map<string, string | null>();
      for (const note of notes) {
        try {
          next.set(note.id, e2e.openRecordText(note.record, me));
        } catch {
          next.set(note.id, null);
        }
      }
      if (current) setOpened(next);
    });
    return () => {
      current = false;
    };
  }, [notes, me]);
  return opened;
}
