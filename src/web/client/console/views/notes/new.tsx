/**
 * Writing a note, from a call ("Write a note" on the home view: `?call=<id>`) or on its own. The
 * note is sealed here to its author alone, under an id made here, and only the sealed record is sent.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { Failed, Status, ViewHeading } from '../../components';
import { useLang, useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLoad } from '../../load';
import { navigate } from '../../router';
import { formatTime } from '../../time';
import { newNoteId } from './content';
import { callTime, createNote, getNote, programTimeZone, type CallTime } from './data';
import { flash } from './flash';
import { NoteForm, Refusal } from './form';

interface Context {
  timeZone: string;
  /** The call the note is about; undefined for a note on its own, or when the call is not found. */
  call: CallTime | undefined;
  callMissing: boolean;
}

async function loadContext(callId: string | undefined): Promise<Context> {
  const [timeZone, call] = await Promise.all([
    programTimeZone(),
    callId ? callTime(callId) : Promise.resolve(undefined),
  ]);
  return { timeZone, call, callMissing: callId !== undefined && call === undefined };
}

export function NewNoteView({ callId }: { callId: string | undefined }): JSX.Element {
  const text = useText();
  const t = text.notes;
  const lang = useLang();
  const context = useLoad(() => loadContext(callId), `new-note:${callId ?? ''}`);
  // The id is fixed for this form, so a retry after a network failure cannot store the note twice.
  const [id] = useState(newNoteId);

  async function save(content: Parameters<typeof createNote>[4]): Promise<void> {
    const e2e = await loadCrypto();
    const me = currentIdentity();
    if (!me) throw new Refusal(t.needsUnlock);
    try {
      await createNote(e2e, me, id, context.data?.call?.id ?? null, content);
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) throw new Refusal(t.callMissing);
      // A conflict on this id after a lost answer means the first try was stored: carry on to it.
      if (!(error instanceof ApiError && error.status === 409 && (await getNote(id)))) throw error;
    }
    flash(t.saved);
    navigate(`/console/notes/${encodeURIComponent(id)}`);
  }

  return (
    <>
      <ViewHeading title={t.newTitle}>{t.newHeading}</ViewHeading>
      {!context.data ? (
        context.failed ? (
          <Failed retry={context.reload} />
        ) : (
          <Status message={text.shell.loading} />
        )
      ) : (
        <>
          {context.data.call ? (
            <p class="lead">
              {fill(t.forCall, { time: formatTime(context.data.call.startedAt, lang, context.data.timeZone, true) })}
            </p>
          ) : context.data.callMissing ? (
            <p class="notice">{t.callMissing}</p>
          ) : (
            <p>{t.forNoCall}</p>
          )}
          <p class="hint">{t.sealedHint}</p>
          <NoteForm submitLabel={t.save} onSubmit={save} />
        </>
      )}
    </>
  );
}
