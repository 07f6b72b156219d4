/**
 * One conversation: where it stands, its messages opened here with the key in memory, the reply box
 * and what can be done with it. The tab title and address carry only its alias and id, never words.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
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
  // Announced once the page shows the change, so what is heard matches what is there.
  const done = (message: string) => void detail.reload().then(() => setStatus(message));

  const data = detail.data;
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
