/**
 * Who can read a note, and sharing it with one more teammate. Sharing seals the note's data key to
 * the teammate's public key here; the server checks the key is theirs but never sees the data key.
 * Only teammates who have set up their sign-in have a key, so only they can be chosen.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { ErrorSummary, Status, type Problem } from '../../components';
import { useAccount, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { enrolled, TeammateSelect } from '../teammate-select';
import { shareNote, teammates, type Note, type Reader } from './data';

interface ReadersProps {
  note: Note;
  isAuthor: boolean;
  onUnshare: (reader: Reader) => Promise<void>;
}

export function Readers({ note, isAuthor, onUnshare }: ReadersProps): JSX.Element {
  const text = useText();
  const t = text.notes;
  const account = useAccount();
  const heading = useRef<HTMLHeadingElement>(null);
  const [failed, setFailed] = useState(false);

  async function remove(reader: Reader): Promise<void> {
    setFailed(false);
    try {
      await onUnshare(reader);
      // The button pressed is gone with its row: keep the keyboard in this section.
      heading.current?.focus();
    } catch {
      setFailed(true);
    }
  }

  return (
    <section aria-labelledby="readers-heading">
      <h2 id="readers-heading" tabIndex={-1} ref={heading}>
        {t.readersHeading}
      </h2>
      <ul class="reader-list">
        {note.readers.map((reader) => {
          const marks = [
            reader.responderId === account.responderId ? t.you : '',
            reader.responderId === note.authorId ? t.author : '',
          ].filter(Boolean);
          return (
            <li key={reader.responderId}>
              <span>
                {reader.name}
                {marks.length > 0 ? ` (${marks.join(', ')})` : ''}
              </span>
              {isAuthor && reader.responderId !== note.authorId ? (
                <button
                  type="button"
                  class="button secondary"
                  aria-label={fill(t.unshareLabel, { name: reader.name })}
                  onClick={() => void remove(reader)}
                >
                  {t.unshare}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      {isAuthor && note.readers.length > 1 ? <p class="hint">{t.unshareHint}</p> : null}
      {failed ? <p role="alert">{text.shell.failed}</p> : null}
    </section>
  );
}

export function SharePanel({
  note,
  onShared,
}: {
  note: Note;
  onShared: (note: Note, name: string) => void;
}): JSX.Element {
  const text = useText();
  const t = text.notes;
  const directory = useLoad(teammates, 'directory');
  useLive(['roster'], directory.reload);
  const [chosen, setChosen] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  const readers = new Set(note.readers.map((reader) => reader.responderId));
  const others = (directory.data ?? []).filter((teammate) => !readers.has(teammate.id));
  const choosable = others.filter(enrolled);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const teammate = choosable.find((candidate) => candidate.id === chosen);
    if (!teammate) {
      setProblems([{ field: 'share-with', message: t.shareMissing }]);
      return;
    }
    const me = currentIdentity();
    if (!me) {
      setProblems([{ message: t.needsUnlock }]);
      return;
    }
    setProblems([]);
    setWorking(true);
    try {
      const shared = await shareNote(await loadCrypto(), me, note, teammate);
      setChosen('');
      onShared(shared, teammate.name);
    } catch (error) {
      setProblems([
        error instanceof ApiError && error.status === 409
          ? { field: 'share-with', message: t.alreadyReader }
          : { message: text.shell.failed },
      ]);
      directory.reload(); // a key may have changed (a reset) since the list was loaded
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="share-heading">
      <h2 id="share-heading">{t.shareHeading}</h2>
      <p>{t.shareHint}</p>
      {!directory.data ? (
        <Status message={directory.failed ? text.shell.failed : text.shell.loading} />
      ) : choosable.length === 0 ? (
        <p>{t.noTeammates}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <ErrorSummary problems={problems} />
          <TeammateSelect
            id="share-with"
            label={t.shareWith}
            pick={t.sharePick}
            notEnrolled={t.notEnrolled}
            teammates={others}
            chosen={chosen}
            onChoose={setChosen}
            problems={problems}
          />
          <button type="submit" class="button">
            {t.share}
          </button>
          <Status message={working ? text.shell.loading : ''} />
        </form>
      )}
    </section>
  );
}
