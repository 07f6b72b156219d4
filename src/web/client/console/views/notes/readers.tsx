/**
 * Who can read a note, and sharing it with one more teammate. Sharing seals the note's data key to
 * the teammate's public key here; the server checks the key is theirs but never sees the data key.
 * Only teammates who have set up their sign-in have a key, so only they can be chosen.
 */
import type { JSX } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { useAccount, useText } from '../../context';
import { loadCrypto } from '../../keys';
import { TeammatePickForm } from '../teammate-pick';
import { shareNote, type Note, type Reader } from './data';

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
  const readers = new Set(note.readers.map((reader) => reader.responderId));
  return (
    <TeammatePickForm
      id="share-with"
      headingLevel="h2"
      words={{
        heading: t.shareHeading,
        hint: t.shareHint,
        label: t.shareWith,
        pick: t.sharePick,
        missing: t.shareMissing,
        submit: t.share,
        noTeammates: t.noTeammates,
        notEnrolled: t.notEnrolled,
        needsUnlock: t.needsUnlock,
      }}
      buttonClass="button"
      leaveOut={(teammate) => readers.has(teammate.id)}
      act={async (me, teammate) => onShared(await shareNote(await loadCrypto(), me, note, teammate), teammate.name)}
      problemFor={(error) =>
        error instanceof ApiError && error.status === 409
          ? { field: 'share-with', message: t.alreadyReader }
          : { message: text.shell.failed }
      }
    />
  );
}
