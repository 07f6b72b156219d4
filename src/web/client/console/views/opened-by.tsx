/**
 * "Opened by": who on the team opened a note or a conversation, and when (src/access). Shown to
 * whoever the server shows it to — a coordinator, or someone who can read the record; anyone else
 * gets 404, and then the section is simply not there (it would say nothing they may know).
 */
import type { JSX } from 'preact';
import { fill } from '../../../../i18n/catalog';
import { api, ApiError } from '../api';
import { useAccount, useLang, useText } from '../context';
import { useLive, type Topic } from '../live';
import { useLoad } from '../load';
import { formatTime } from '../time';

export type RecordKind = 'note' | 'conversation';

interface Opening {
  responderId: string;
  /** Null once they have left the roster. */
  name: string | null;
  openedAt: number;
}

/** The list, or null when this person may not see it (the server says 404). */
async function accessTo(kind: RecordKind, id: string): Promise<Opening[] | null> {
  try {
    return await api<Opening[]>('GET', `/api/access/${kind}/${encodeURIComponent(id)}`);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

/**
 * Mounted once the record itself has loaded, so my own opening is already in the list. Loaded again
 * on the same live events as the record: an opening by someone else publishes nothing of its own.
 */
export function OpenedBy({
  kind,
  id,
  timeZone,
}: {
  kind: RecordKind;
  id: string;
  timeZone: string;
}): JSX.Element | null {
  const text = useText();
  const t = text.access;
  const lang = useLang();
  const account = useAccount();
  const list = useLoad(() => accessTo(kind, id), `access:${kind}:${id}`);
  const topic: Topic = kind === 'note' ? 'notes' : 'conversations';
  useLive([topic], list.reload);

  // Not allowed, still loading, or failed: a side section, so nothing rather than an alarm.
  if (!list.data) return null;
  const headingId = `opened-by-${kind}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.heading}</h2>
      <p class="hint">{t.hint}</p>
      {list.data.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul class="plain-list" aria-labelledby={headingId}>
          {list.data.map((opening) => {
            const name = opening.name ?? t.formerTeammate;
            const who = opening.responderId === account.responderId ? `${name} ${t.you}` : name;
            return (
              <li key={`${opening.responderId}:${opening.openedAt}`}>
                {fill(t.entry, { name: who, time: formatTime(opening.openedAt, lang, timeZone, true) })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
