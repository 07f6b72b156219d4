/** One person's month as four figures (hours on call, calls, texts, field responses): the load view's and Home's. */
import type { JSX } from 'preact';
import type { PersonLoadView } from '@server/load/schema';
import { fill } from '../../../../../i18n/catalog';
import { useLang, useText } from '../../context';

export const count = (n: number, lang: string): string => new Intl.NumberFormat(lang).format(n);
export const hoursIn = (n: number, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n);

export function MyFigures({ me }: { me: PersonLoadView }): JSX.Element {
  const t = useText().load;
  const lang = useLang();
  return (
    <dl class="load-mine">
      <Figure term={t.hours} value={fill(t.hoursValue, { hours: hoursIn(me.hoursOnCall, lang) })} />
      <Figure term={t.calls} value={count(me.callsAnswered, lang)} />
      <Figure term={t.texts} value={count(me.conversationsHandled, lang)} />
      <Figure term={t.field} value={count(me.fieldResponsesJoined, lang)} />
    </dl>
  );
}

function Figure({ term, value }: { term: string; value: string }): JSX.Element {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}
