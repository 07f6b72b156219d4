/**
 * Writing a note for one of my shifts: sealed here, with `sealRecord`, to everyone on that shift who
 * has a key (me included), under an id made here; only the sealed record is sent. The form names who
 * will be able to read it, and who will not (never signed in). If the people on the shift changed
 * since this page loaded, the server refuses (409): the list is fetched again and the person saves again.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { MyShiftNotesView } from '@server/rota/briefing/notes/schema';
import { SHIFT_NOTE_MAX_CHARS } from '@server/program/limits';
import { fill } from '../../../../../i18n/catalog';
import { announce } from '../../announce';
import { api, ApiError } from '../../api';
import { Choice, ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { loadCrypto } from '../../keys';
import { formatTime } from '../../time';
import { characters, newNoteId } from '../notes/content';
import { plural } from '../texts/waited';

type Window = MyShiftNotesView['windows'][number];
const keyOf = (w: Window) => `${w.start}-${w.end}`;
const TEXT = 'shift-note-text';

export function WriteShiftNote({
  windows,
  timeZone,
  onSaved,
}: {
  windows: Window[];
  timeZone: string;
  onSaved: () => void;
}): JSX.Element {
  const text = useText();
  const t = text.shiftNotes.write;
  const lang = useLang();
  const [words, setWords] = useState('');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);
  // One id per note: a retry after a lost answer cannot store it twice.
  const [id, setId] = useState(newNoteId);

  const first = windows[0] as Window;
  const window = windows.find((w) => keyOf(w) === chosen) ?? first;
  const left = SHIFT_NOTE_MAX_CHARS - characters(words);
  const withKey = window.readers.flatMap((r) =>
    r.keyId && r.publicKey ? [{ keyId: r.keyId, publicKey: r.publicKey, name: r.name }] : [],
  );
  const noKey = window.readers.filter((r) => !r.publicKey).map((r) => r.name);
  const when = (w: Window) =>
    fill(t.window, { start: formatTime(w.start, lang, timeZone, true), end: formatTime(w.end, lang, timeZone, true) });

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (words.trim() === '') found.push({ field: TEXT, message: t.missing });
    else if (left < 0) found.push({ field: TEXT, message: t.tooLong });
    setProblems(found);
    if (found.length > 0) return;
    setWorking(true);
    try {
      const e2e = await loadCrypto();
      const record = e2e.sealRecord({
        recordId: id,
        plaintext: words,
        readers: withKey.map((r) => ({ keyId: r.keyId, publicKey: r.publicKey })),
      });
      await api('POST', '/api/me/shift-notes', { id, window: { start: window.start, end: window.end }, record });
      setWords('');
      setId(newNoteId());
      announce(t.saved);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setProblems([{ field: TEXT, message: t.changed }]);
        onSaved(); // fetch who is on the shift now
      } else setProblems([{ message: text.shell.failed }]);
    } finally {
      setWorking(false);
    }
  }

  return (
    // autoComplete off and no spell check: nothing typed here is kept by the browser or sent elsewhere.
    <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off" aria-labelledby="shift-note-write">
      <h3 id="shift-note-write">{t.heading}</h3>
      <ErrorSummary problems={problems} />
      {windows.length > 1 ? (
        <Choice
          name="shift-note-window"
          legend={t.windowLegend}
          options={windows.map((w) => ({ value: keyOf(w), label: when(w) }))}
          value={keyOf(window)}
          onChange={setChosen}
        />
      ) : (
        <p>{when(window)}</p>
      )}
      <Field id={TEXT} label={t.label} hint={t.hint} error={problemFor(problems, TEXT)}>
        {(describedBy, invalid) => (
          <>
            <textarea
              id={TEXT}
              name={TEXT}
              rows={4}
              spellcheck={false}
              autoComplete="off"
              value={words}
              aria-describedby={[describedBy, 'shift-note-count', 'shift-note-readers'].filter(Boolean).join(' ')}
              aria-invalid={invalid || undefined}
              onInput={(event) => setWords(event.currentTarget.value)}
            />
            <p class={left < 0 ? 'char-count over' : 'char-count'} id="shift-note-count">
              {left < 0 ? plural(t.tooMany, -left, lang) : plural(t.remaining, left, lang)}
            </p>
          </>
        )}
      </Field>
      <p class="hint" id="shift-note-readers">
        {fill(t.readers, { names: withKey.map((r) => r.name).join(', ') })}
        {noKey.length > 0 ? ` ${fill(t.noKey, { names: noKey.join(', ') })}` : ''}
      </p>
      <button type="submit" class="button">
        {t.save}
      </button>
      <Status message={working ? t.saving : ''} />
    </form>
  );
}
