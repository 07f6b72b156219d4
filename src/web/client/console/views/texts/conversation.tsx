/**
 * One conversation: where it stands, its messages opened here with the key in memory, the reply box
 * and what can be done with it. The tab title and address carry only its alias and id, never words.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { TextsAnnounceText } from '../../../../i18n/console/texts-types';
import { useAnnounceChange } from '../../announce';
import { Failed, Status, ViewHeading } from '../../components';
import { useText } from '../../context';
import { currentIdentity, loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { OpenedBy } from '../opened-by';
import { Actions } from './actions';
import { queueIdentity } from '../../queue-key';
import {
  getConversation,
  needsQueueKey,
  openMessage,
  programTimeZone,
  takeOwnKeys,
  type Conversation,
  type Opened,
} from './data';
import { ReplyForm } from './reply';
import { Thread } from './thread';

type Detail = { found: false } | { found: true; conversation: Conversation; messages: Opened[]; timeZone: string };

async function loadDetail(id: string): Promise<Detail> {
  const [fetched, timeZone, e2e] = await Promise.all([getConversation(id), programTimeZone(), loadCrypto()]);
  let conversation = fetched;
  if (!conversation) return { found: false };
  const me = currentIdentity();
  // A waiting chat is sealed to the queue key; once I hold the chat its keys move to mine, here.
  const queue = me && needsQueueKey(conversation, me) ? await queueIdentity().catch(() => undefined) : undefined;
  if (me && queue && conversation.mine && (await takeOwnKeys(e2e, me, queue, conversation).catch(() => false)))
    conversation = (await getConversation(id)) ?? conversation;
  const shown = conversation;
  return {
    found: true,
    conversation: shown,
    timeZone,
    messages: shown.thread.map((message) => openMessage(e2e, message, me, queue)),
  };
}

export function ConversationView({ id }: { id: string }): JSX.Element {
  const text = useText();
  const t = text.texts.conversation;
  const detail = useLoad(() => loadDetail(id), `conversation:${id}`);
  useLive(['conversations'], detail.reload);
  const [status, setStatus] = useState('');
  // What the responder did here is said by the status below; the live region says only what came on its own.
  const ownChange = useRef(false);
  // Announced once the page shows the change, so what is heard matches what is there.
  const done = (message: string) => {
    ownChange.current = true;
    void detail.reload().then(() => setStatus(message));
  };

  const data = detail.data;
  const conversation = data?.found ? data.conversation : undefined;
  useAnnounceChange(conversation, id, (before, now) => {
    const mine = ownChange.current;
    ownChange.current = false;
    return mine ? undefined : changeSaid(before, now, text.texts.announce);
  });
  useFocusKept(conversation);
  // The alias ("K7") is no number and no words: safe in a title, which browsers keep in their history.
  const title = data?.found ? fill(t.heading, { alias: data.conversation.alias }) : text.texts.title;
  const body = (): JSX.Element => {
    if (!data) return detail.failed ? <Failed retry={detail.reload} /> : <Status message={text.shell.loading} />;
    if (!data.found) return <p>{t.notFound}</p>;
    const { conversation } = data;
    return (
      <>
        <StateLine conversation={conversation} />
        <Thread messages={data.messages} channel={conversation.channel} timeZone={data.timeZone} />
        <ReplyPart conversation={conversation} onSent={detail.reload} />
        {conversation.mine && conversation.state === 'claimed' ? (
          <p>
            <a
              href={`/console/field/new?conversation=${encodeURIComponent(conversation.id)}`}
              data-route
              class="button-link"
            >
              {text.dispatch.ask.title}
            </a>{' '}
            <a
              href={`/console/members/plans?conversation=${encodeURIComponent(conversation.id)}`}
              data-route
              class="button-link"
            >
              {text.memberPlans.nav}
            </a>
          </p>
        ) : null}
        <Actions conversation={conversation} onDone={done} />
        <OpenedBy kind="conversation" id={conversation.id} timeZone={data.timeZone} />
      </>
    );
  };

  return (
    <>
      <ViewHeading title={title}>{title}</ViewHeading>
      <p>
        <a href="/console/texts" data-route>
          {t.allTexts}
        </a>
      </p>
      <Status message={status} />
      {body()}
    </>
  );
}

/** What changed on its own between two loads of one conversation, in words for the live region. */
function changeSaid(before: Conversation, now: Conversation, t: TextsAnnounceText): string | undefined {
  if (before.state !== 'closed' && now.state === 'closed')
    return now.outcome === 'left' ? t.left : now.outcome === 'stopped' ? t.stopped : t.closed;
  if (now.messages.inbound > before.messages.inbound) return t.newMessage;
  return undefined;
}

/**
 * A change from outside can take away what had focus (the person left: the reply box goes). Focus
 * then goes to the view's heading, which the state line follows, never to the page itself. The
 * first load is left alone: on opening the page, focus stays where the browser put it.
 */
function useFocusKept(conversation: Conversation | undefined): void {
  const shown = useRef(false);
  useEffect(() => {
    if (!conversation) return;
    const active = document.activeElement;
    if (shown.current && (active === null || active === document.body))
      document.querySelector<HTMLElement>('#main h1')?.focus();
    shown.current = true;
  }, [conversation]);
}

function StateLine({ conversation }: { conversation: Conversation }): JSX.Element {
  const text = useText().texts;
  const t = text.conversation;
  const said =
    conversation.state === 'closed'
      ? t.state.closed
      : conversation.state === 'waiting'
        ? t.state.waiting
        : conversation.mine
          ? t.state.mine
          : fill(t.heldBy, { name: conversation.heldBy?.name ?? '' });
  return <p class="lead">{`${text.channel[conversation.channel]}. ${said}`}</p>;
}

/** The reply box, or why there is none: closed, STOP, someone else's, not taken yet. */
function ReplyPart({ conversation, onSent }: { conversation: Conversation; onSent: () => void }): JSX.Element {
  const t = useText().texts.conversation;
  // STOP first: it also closes the conversation, and is the thing to know (no text can reach them).
  if (conversation.optedOut) return <p class="notice">{t.optedOut}</p>;
  if (conversation.state === 'closed') return <p class="notice">{t.closed}</p>;
  if (conversation.state === 'waiting') return <p class="notice">{t.takeFirst}</p>;
  if (!conversation.mine) return <p class="notice">{fill(t.notYours, { name: conversation.heldBy?.name ?? '' })}</p>;
  return <ReplyForm conversation={conversation} onSent={onSent} />;
}
