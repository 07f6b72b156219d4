/**
 * My notes, newest first. The server sends them sealed; each is opened here, in memory, to show
 * its kind and first line. A note this key cannot open says so instead of disappearing.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { Failed, Status, ViewHeading } from '../../components';
import { useAccount, useLang, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';
import { summaryOf } from './content';
import { listNotes, openNote, programTimeZone, type Opened } from './data';

interface ListData {
  timeZone: string;
  notes: Opened[];
}

async function loadList(): Promise<ListData> {
  const [e2e, notes, timeZone] = await Promise.all([loadCrypto(), listNotes(), programTimeZone()]);
  const me = currentIdentity();
  // The server lists newest first and says when each note's call began.
  return { timeZone, notes: notes.map((note) => (me ? openNote(e2e, note, me) : { note, content: undefined })) };
}

export function NotesListView(): JSX.Element {
  const text = useText();
  const t = text.notes;
  const list = useLoad(loadList, 'notes');
  useLive(['notes'], list.reload);

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <p>
        <a href="/console/notes/new" data-route class="button-link">
          {t.newNote}
        </a>
      </p>
      {!list.data ? (
        list.failed ? (
          <Failed retry={list.reload} />
        ) : (
          <Status message={text.shell.loading} />
        )
      ) : list.data.notes.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="note-list">
          {list.data.notes.map((opened) => (
            <NoteItem key={opened.note.id} opened={opened} timeZone={list.data?.timeZone ?? 'UTC'} />
          ))}
        </ul>
      )}
    </>
  );
}

function NoteItem({ opened, timeZone }: { opened: Opened; timeZone: string }): JSX.Element {
  const t = useText().notes;
  const lang = useLang();
  const account = useAccount();
  const { note, content } = opened;
  const written = formatTime(note.createdAt, lang, timeZone, true);
  const callAt = note.callStartedAt ?? undefined;
  return (
    <li class="note-item">
      <a href={`/console/notes/${encodeURIComponent(note.id)}`} data-route class="note-link">
        {content
          ? fill(t.listItem, { kind: t.kind[content.kind], time: written })
          : fill(t.listItemClosed, { time: written })}
      </a>
      {content ? (
        <p class="note-summary">{summaryOf(content.text)}</p>
      ) : (
        <p class="note-summary closed">{t.cannotOpen}</p>
      )}
      <Meta
        parts={[
          callAt === undefined ? '' : fill(t.callAt, { time: formatTime(callAt, lang, timeZone, true) }),
          content?.followUp ? t.followUpWanted : '',
          note.authorId === account.responderId ? '' : fill(t.sharedBy, { name: note.authorName }),
        ]}
      />
    </li>
  );
}

/** Short facts on one line, separated in the text itself so screen readers and copy-paste keep the breaks. */
export function Meta({ parts }: { parts: string[] }): JSX.Element | null {
  const shown = parts.filter((part) => part !== '');
  return shown.length === 0 ? null : <p class="hint note-meta">{shown.join(' · ')}</p>;
}
