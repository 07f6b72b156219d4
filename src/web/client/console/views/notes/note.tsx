/**
 * One note, opened here with the key in memory: what it says, who can read it, and (for its author)
 * changing it and taking readers away. Any reader may share it on.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { Failed, Status, ViewHeading } from '../../components';
import { useAccount, useLang, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';
import type { NoteContent } from './content';
import { editNote, getNote, openNote, programTimeZone, unshareNote, type Note, type Opened, type Reader } from './data';
import { takeFlash } from './flash';
import { Meta } from './list';
import { NoteForm, Refusal } from './form';
import { Readers, SharePanel } from './readers';
import { OpenedBy } from '../opened-by';

type Detail = { found: false } | { found: true; opened: Opened; timeZone: string; callStartedAt: number | undefined };

async function loadDetail(id: string): Promise<Detail> {
  const [note, timeZone] = await Promise.all([getNote(id), programTimeZone()]);
  if (!note) return { found: false };
  return { found: true, opened: await openHere(note), timeZone, callStartedAt: note.callStartedAt ?? undefined };
}

/** Opens a note with the key in memory (also one the server just answered with, after an edit or a share). */
async function openHere(note: Note): Promise<Opened> {
  const [e2e, me] = [await loadCrypto(), currentIdentity()];
  return me ? openNote(e2e, note, me) : { note, content: undefined };
}

export function NoteView({ id }: { id: string }): JSX.Element {
  const text = useText();
  const t = text.notes;
  const detail = useLoad(() => loadDetail(id), `note:${id}`);
  useLive(['notes'], detail.reload);
  const [status, setStatus] = useState('');
  // What the server answered to my own change, shown until the next load brings the same.
  const [fresh, setFresh] = useState<Opened | undefined>(undefined);
  useEffect(() => setFresh(undefined), [detail.data]);
  useEffect(() => {
    const message = takeFlash();
    if (!message) return undefined;
    // Filled a moment after the (empty) live region exists, so screen readers announce it.
    const timer = setTimeout(() => setStatus(message), 100);
    return () => clearTimeout(timer);
  }, []);

  const body = (): JSX.Element => {
    if (!detail.data) return detail.failed ? <Failed retry={detail.reload} /> : <Status message={text.shell.loading} />;
    if (!detail.data.found) return <p>{t.notFound}</p>;
    return (
      <OpenNote
        opened={fresh ?? detail.data.opened}
        timeZone={detail.data.timeZone}
        callStartedAt={detail.data.callStartedAt}
        onChanged={(next, message) => {
          // Announced only once the page shows the change, so what is heard matches what is there.
          if (!next) return void detail.reload().then(() => setStatus(message));
          void openHere(next).then((opened) => (setFresh(opened), setStatus(message)));
        }}
      />
    );
  };

  return (
    <>
      {/* A fixed title: browsers keep titles (and addresses) in their history, on disk. */}
      <ViewHeading title={t.viewTitle}>{t.viewTitle}</ViewHeading>
      <p>
        <a href="/console/notes" data-route>
          {t.allNotes}
        </a>
      </p>
      <Status message={status} />
      {body()}
    </>
  );
}

interface OpenNoteProps {
  opened: Opened;
  timeZone: string;
  callStartedAt: number | undefined;
  /** After a change: the note as the server now has it (or undefined to load it again), and what to announce. */
  onChanged: (note: Note | undefined, message: string) => void;
}

function OpenNote({ opened, timeZone, callStartedAt, onChanged }: OpenNoteProps): JSX.Element {
  const t = useText().notes;
  const lang = useLang();
  const account = useAccount();
  const { note, content } = opened;
  const [editing, setEditing] = useState(false);
  // Where focus goes when the form it was in goes away (saved, cancelled), so the keyboard is not lost.
  const contentHeading = useRef<HTMLHeadingElement>(null);
  const [refocus, setRefocus] = useState(false);
  // Layout effects: focus moves in the same task as the change, never after a paint with focus lost.
  useLayoutEffect(() => {
    if (refocus && !editing) {
      contentHeading.current?.focus();
      setRefocus(false);
    }
  }, [refocus, editing]);
  const isAuthor = note.authorId === account.responderId;

  async function saveEdit(next: Omit<NoteContent, 'v'>): Promise<void> {
    const me = currentIdentity();
    if (!me) throw new Refusal(t.needsUnlock);
    const saved = await editNote(await loadCrypto(), me, note, next);
    setEditing(false);
    setRefocus(true);
    onChanged(saved, t.changed);
  }

  async function unshare(reader: Reader): Promise<void> {
    await unshareNote(note, reader.responderId);
    onChanged(await getNote(note.id), fill(t.unshared, { name: reader.name }));
  }

  return (
    <>
      <Meta
        parts={[
          fill(t.writtenBy, { name: note.authorName, time: formatTime(note.createdAt, lang, timeZone, true) }),
          note.updatedAt === note.createdAt
            ? ''
            : fill(t.changedAt, { time: formatTime(note.updatedAt, lang, timeZone, true) }),
        ]}
      />
      {callStartedAt === undefined ? null : (
        <p>{fill(t.callAt, { time: formatTime(callStartedAt, lang, timeZone, true) })}</p>
      )}
      {!content ? (
        <p class="notice">{t.cannotOpen}</p>
      ) : editing ? (
        <EditSection content={content} onSubmit={saveEdit} onCancel={() => (setEditing(false), setRefocus(true))} />
      ) : (
        <section aria-labelledby="note-content-heading">
          <h2 id="note-content-heading" tabIndex={-1} ref={contentHeading}>
            {t.kind[content.kind]}
          </h2>
          <h3>{t.text.label}</h3>
          {/* Text, never HTML: Preact renders a string as a text node; CSS keeps its line breaks. */}
          <p class="note-text">{content.text}</p>
          <dl class="answers">
            <div>
              <dt>{t.answers.kind}</dt>
              <dd>{t.kind[content.kind]}</dd>
            </div>
            <div>
              <dt>{t.answers.followUp}</dt>
              <dd>{content.followUp ? t.yes : t.no}</dd>
            </div>
            <div>
              <dt>{t.answers.emergencyServices}</dt>
              <dd>{content.emergencyServicesWithConsent ? t.yes : t.no}</dd>
            </div>
          </dl>
          {isAuthor ? (
            <button type="button" class="button secondary" onClick={() => setEditing(true)}>
              {t.edit}
            </button>
          ) : null}
        </section>
      )}
      <Readers note={note} isAuthor={isAuthor} onUnshare={unshare} />
      {content ? (
        <SharePanel note={note} onShared={(shared, name) => onChanged(shared, fill(t.shared, { name }))} />
      ) : null}
      <OpenedBy kind="note" id={note.id} timeZone={timeZone} />
    </>
  );
}

function EditSection({
  content,
  onSubmit,
  onCancel,
}: {
  content: NoteContent;
  onSubmit: (next: Omit<NoteContent, 'v'>) => Promise<void>;
  onCancel: () => void;
}): JSX.Element {
  const t = useText().notes;
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="edit-heading">
      <h2 id="edit-heading" tabIndex={-1} ref={heading}>
        {t.editHeading}
      </h2>
      <NoteForm initial={content} submitLabel={t.saveChanges} onSubmit={onSubmit} onCancel={onCancel} />
    </section>
  );
}
