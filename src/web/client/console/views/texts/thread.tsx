/**
 * The messages of a conversation, opened here with the key in memory: who wrote each and when,
 * pictures counted (never kept), a message this key cannot open said plainly, and for texts the
 * team sent, whether they were delivered.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import type { DeliveryWord } from '../../../../i18n/console/texts-types';
import { useAccount, useLang, useText } from '../../context';
import { formatTime } from '../../time';
import type { Channel, Opened } from './data';
import { plural } from './waited';

/** The provider's words for a text's progress, in the four the team needs. */
function deliveryOf(status: string | null): DeliveryWord | undefined {
  if (status === null) return undefined;
  if (['queued', 'accepted', 'scheduled', 'sending'].includes(status)) return 'queued';
  if (status === 'sent') return 'sent';
  if (['delivered', 'read', 'received'].includes(status)) return 'delivered';
  if (['failed', 'undelivered', 'canceled'].includes(status)) return 'failed';
  return undefined;
}

interface Props {
  messages: Opened[];
  channel: Channel;
  timeZone: string;
}

export function Thread({ messages, channel, timeZone }: Props): JSX.Element {
  const t = useText().texts.conversation;
  return (
    <section aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t.threadHeading}</h2>
      {messages.length === 0 ? (
        <p>{t.threadNone}</p>
      ) : (
        <ol class="plain-list thread">
          {messages.map((opened) => (
            <MessageItem key={opened.message.id} opened={opened} channel={channel} timeZone={timeZone} />
          ))}
        </ol>
      )}
    </section>
  );
}

function MessageItem({
  opened,
  channel,
  timeZone,
}: {
  opened: Opened;
  channel: Channel;
  timeZone: string;
}): JSX.Element {
  const t = useText().texts.conversation;
  const lang = useLang();
  const account = useAccount();
  const { message } = opened;
  const who =
    message.direction === 'in'
      ? t.fromPerson
      : message.author === null
        ? t.fromLine
        : message.author.id === account.responderId
          ? t.fromYou
          : message.author.name;
  const delivery = channel === 'sms' && message.direction === 'out' ? deliveryOf(message.delivery) : undefined;
  return (
    <li class="message" data-direction={message.direction}>
      <p class="message-byline hint">
        {fill(t.byline, { name: who, time: formatTime(message.at, lang, timeZone, true) })}
      </p>
      {/* Text, never HTML: Preact renders a string as a text node; CSS keeps its line breaks. */}
      {opened.words !== undefined ? (
        <p class="note-text message-words">{opened.words}</p>
      ) : opened.readable ? null : (
        <p class="message-words closed">{t.cannotRead}</p>
      )}
      {message.mediaCount > 0 ? <p class="message-media">{plural(t.pictures, message.mediaCount, lang)}</p> : null}
      {delivery ? <p class="message-delivery hint">{fill(t.delivery, { state: t.deliveryState[delivery] })}</p> : null}
    </li>
  );
}
