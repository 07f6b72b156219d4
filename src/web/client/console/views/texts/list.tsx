/**
 * Texts: who is waiting first (with "Take it"), then my conversations, then the ones teammates hold,
 * then those closed today. Refreshed live on the `conversations` topic. Nothing here needs the key:
 * the list carries no words and no numbers.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ApiError } from '../../api';
import { Failed, Status, ViewHeading } from '../../components';
import { useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { navigate } from '../../router';
import { act, listConversations, programTimeZone, type Summary } from './data';
import { ConversationCard } from './card';
import { SilentChats } from './silent-chats';
import { useAnnounceWaiting } from './waited';

interface ListData {
  timeZone: string;
  list: Summary[];
}

async function loadList(): Promise<ListData> {
  const [list, timeZone] = await Promise.all([listConversations(), programTimeZone()]);
  return { list, timeZone };
}

/** Closed "today" in the program's time zone, not the browser's. */
function sameDay(a: number, b: number, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day.format(a) === day.format(b);
}

export function TextsListView(): JSX.Element {
  const text = useText();
  const t = text.texts;
  const data = useLoad(loadList, 'texts');
  useLive(['conversations'], data.reload);
  const [status, setStatus] = useState('');
  useAnnounceWaiting(data.data?.list.filter((c) => c.state === 'waiting').length);

  async function take(summary: Summary): Promise<void> {
    setStatus('');
    try {
      await act(summary.id, 'claim');
      navigate(`/console/texts/${encodeURIComponent(summary.id)}`);
    } catch (error) {
      setStatus(
        error instanceof ApiError && error.code === 'not_on_call'
          ? t.conversation.notOnCall
          : error instanceof ApiError && error.status === 409
            ? t.conversation.conflict
            : text.shell.failed,
      );
      data.reload();
      // The button pressed may be gone once the list shows who took it: keep the keyboard in the list.
      document.getElementById('waiting-heading')?.focus();
    }
  }

  const body = (): JSX.Element => {
    if (!data.data) return data.failed ? <Failed retry={data.reload} /> : <Status message={text.shell.loading} />;
    const { list, timeZone } = data.data;
    const now = Date.now();
    const waiting = list.filter((c) => c.state === 'waiting').sort((a, b) => a.openedAt - b.openedAt);
    const mine = list.filter((c) => c.state === 'claimed' && c.mine);
    const others = list.filter((c) => c.state === 'claimed' && !c.mine);
    const closed = list.filter(
      (c) => c.state === 'closed' && c.closedAt !== null && sameDay(c.closedAt, now, timeZone),
    );
    const group = (id: string, heading: string, none: string, items: Summary[]) => (
      <section aria-labelledby={id}>
        <h2 id={id} tabIndex={-1}>
          {heading}
        </h2>
        {items.length === 0 ? (
          <p>{none}</p>
        ) : (
          <ul class="cards">
            {items.map((summary) => (
              <ConversationCard
                key={summary.id}
                summary={summary}
                timeZone={timeZone}
                onTake={() => void take(summary)}
              />
            ))}
          </ul>
        )}
      </section>
    );
    return (
      <>
        <SilentChats list={list} onDone={(said) => (setStatus(said), data.reload())} />
        {group('waiting-heading', t.waitingHeading, t.waitingNone, waiting)}
        {group('mine-heading', t.mineHeading, t.mineNone, mine)}
        {group('others-heading', t.othersHeading, t.othersNone, others)}
        {group('closed-heading', t.closedHeading, t.closedNone, closed)}
      </>
    );
  };

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <Status message={status} />
      {body()}
    </>
  );
}
