/**
 * On Home: how many people wait in Texts, with a link there. Nothing while nobody waits, or if the
 * list cannot be loaded (Home has its own job; Texts says what went wrong).
 */
import type { JSX } from 'preact';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { listConversations } from './data';
import { plural, useAnnounceWaiting } from './waited';

export function WaitingTexts(): JSX.Element | null {
  const t = useText().texts;
  const lang = useLang();
  const list = useLoad(listConversations, 'texts-waiting');
  useLive(['conversations'], list.reload);
  const waiting = (list.data ?? []).filter((c) => c.state === 'waiting').length;
  useAnnounceWaiting(list.data ? waiting : undefined);
  if (waiting === 0) return null;
  return (
    <p class="notice texts-waiting">
      {plural(t.homeWaiting, waiting, lang)}{' '}
      <a href="/console/texts" data-route>
        {t.homeLink}
      </a>
    </p>
  );
}
