/** One conversation in the Texts list: its alias, channel, language, how long it waited or who has it. */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { languageName } from '../coordinate/parts';
import type { Summary } from './data';
import { duration, useNow } from './waited';

interface Props {
  summary: Summary;
  timeZone: string;
  onTake: () => void;
}

export function ConversationCard({ summary, timeZone, onTake }: Props): JSX.Element {
  const t = useText().texts;
  const lang = useLang();
  const now = useNow();
  const href = `/console/texts/${encodeURIComponent(summary.id)}`;
  const time = (at: number) => formatTime(at, lang, timeZone);
  const facts = [t.channel[summary.channel], fill(t.language, { language: languageName(summary.language, lang) })];
  return (
    <li class="card conversation" data-state={summary.state}>
      <p class="card-title">
        <a href={href} data-route>
          {summary.alias}
        </a>
      </p>
      <p>{facts.join(' · ')}</p>
      {summary.state === 'waiting' ? (
        <p class="attention">
          {fill(t.waitingSince, { time: time(summary.openedAt), duration: duration(summary.openedAt, now, t, lang) })}
        </p>
      ) : summary.state === 'claimed' ? (
        <p>{`${summary.mine ? t.heldByYou : fill(t.heldBy, { name: summary.heldBy?.name ?? '' })} · ${fill(t.lastMessage, { time: time(summary.lastActivityAt) })}`}</p>
      ) : summary.closedAt !== null ? (
        <p>{fill(t.closedAt, { time: time(summary.closedAt) })}</p>
      ) : null}
      {summary.optedOut ? <p class="attention">{t.optedOut}</p> : null}
      {summary.state === 'waiting' ? (
        <button type="button" class="button" aria-label={fill(t.takeLabel, { alias: summary.alias })} onClick={onTake}>
          {t.take}
        </button>
      ) : null}
    </li>
  );
}
