/** How long someone has waited, in plain words, kept current while the view is open. */
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { useAnnounceChange } from '../../announce';
import { useLang, useText } from '../../context';
import type { Plural } from '../../../../i18n/console/types';
import type { TextsText } from '../../../../i18n/console/texts-types';

/** The time now, refreshed every half minute, so "waiting 3 minutes" does not go stale. */
export function useNow(every = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(timer);
  }, [every]);
  return now;
}

export function plural(sentence: Plural, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(category === 'one' ? sentence.one : sentence.other, { count: new Intl.NumberFormat(lang).format(count) });
}

/** Says, through the live region, how many wait in Texts whenever that changes while the view is open. */
export function useAnnounceWaiting(count: number | undefined): void {
  const t = useText().texts.announce;
  const lang = useLang();
  useAnnounceChange(count, 'waiting', (before, now) => {
    if (before === now) return undefined;
    return now === 0 ? t.noneWaiting : plural(t.waiting, now, lang);
  });
}

/** "under a minute", "4 minutes", "over 2 hours". A clock that is behind never gives a negative time. */
export function duration(since: number, now: number, t: TextsText, lang: string): string {
  const minutes = Math.floor(Math.max(0, now - since) / 60_000);
  if (minutes < 1) return t.lessThanMinute;
  if (minutes < 60) return plural(t.minutes, minutes, lang);
  return plural(t.hours, Math.floor(minutes / 60), lang);
}
