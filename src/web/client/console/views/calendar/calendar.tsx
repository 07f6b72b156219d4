/**
 * "My calendar and reminders" (issue 17): a private calendar link of my shifts, shown once (only its
 * hash is kept), coordinators' link to the whole rota, and when and how a reminder comes.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { Failed, Status, ViewHeading } from '../../components';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { useLoad } from '../../load';
import { formatTime } from '../../time';
import type { FeedText } from '../../../../i18n/console/calendar-types';
import { CopyLink } from '../coordinate/parts';
import { Reminders } from './reminders';

type Scope = 'mine' | 'rota';
type Links = Record<Scope, { createdAt: number } | null>;

export function CalendarView(): JSX.Element {
  const text = useText();
  const t = text.calendar;
  const links = useLoad(() => api<Links>('GET', '/api/me/calendar-links'), 'calendar-links');
  const coordinator = isCoordinator(useAccount());
  return (
    <>
      <ViewHeading title={t.title}>{t.title}</ViewHeading>
      <p>{t.intro}</p>
      {links.data ? (
        <>
          <Feed scope="mine" words={t.mine} made={links.data.mine} reload={links.reload} />
          {coordinator ? <Feed scope="rota" words={t.rota} made={links.data.rota} reload={links.reload} /> : null}
        </>
      ) : links.failed ? (
        <Failed retry={links.reload} />
      ) : (
        <Status message={text.shell.loading} />
      )}
      <Reminders />
    </>
  );
}

function Feed({
  scope,
  words,
  made,
  reload,
}: {
  scope: Scope;
  words: FeedText;
  made: { createdAt: number } | null;
  reload: () => void;
}): JSX.Element {
  const text = useText();
  const t = text.calendar;
  const lang = useLang();
  // The link lives only here, in memory, until the view goes: the server cannot show it again.
  const [shown, setShown] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const [working, setWorking] = useState(false);

  async function act(method: 'POST' | 'DELETE'): Promise<void> {
    setWorking(true);
    try {
      if (method === 'POST') {
        setShown((await api<{ url: string }>('POST', `/api/me/calendar-links/${scope}`)).url);
        setStatus(t.made);
      } else {
        await api('DELETE', `/api/me/calendar-links/${scope}`);
        setShown(undefined);
        setStatus(t.turnedOff);
      }
    } catch {
      setStatus(text.shell.failed);
    }
    setWorking(false);
    reload();
  }

  const heading = `feed-${scope}-heading`;
  const warning = `feed-${scope}-warning`;
  return (
    <section class="panel" aria-labelledby={heading}>
      <h2 id={heading}>{words.heading}</h2>
      <p id={warning} class="warning">
        {words.warning}
      </p>
      <p>{made === null ? t.isOff : fill(t.isOn, { time: formatTime(made.createdAt, lang, undefined, true) })}</p>
      {shown === undefined ? null : (
        <CopyLink id={`feed-${scope}-link`} label={t.linkLabel} value={shown} describedBy={warning} words={t} />
      )}
      <div class="button-row">
        <button type="button" class="button" disabled={working} onClick={() => void act('POST')}>
          {made === null ? t.make : t.replace}
        </button>
        {made === null ? null : (
          <button type="button" class="button secondary" disabled={working} onClick={() => void act('DELETE')}>
            {t.turnOff}
          </button>
        )}
      </div>
      <Status message={status} />
    </section>
  );
}
