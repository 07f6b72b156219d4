/**
 * The screen after a burn. Every session has ended, so it stands outside the signed-in shell (no
 * navigation, no sign-out). It holds the only copy of the coordinator's new invite, in memory:
 * the link to set up a new key, with a copy button; reloading loses it, and the page says so.
 */
import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';
import { fill } from '../../../../i18n/catalog';
import type { Burnt } from '../burn';
import { useLang, useText } from '../context';
import { formatTime } from '../time';
import { CopyLink, OnlyOnThisMachine, useFocusOnMount } from './coordinate/parts';

const HOUR_MS = 60 * 60_000;

/** Only a web address is made a link: the answer comes from the server, but a link is a link. */
function webAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function BurntView({ burnt }: { burnt: Burnt }): JSX.Element {
  const text = useText();
  const t = text.coordinate.settings.burn.done;
  const lang = useLang();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  useEffect(() => {
    document.title = `${t.title}${text.shell.titleSuffix}`;
  }, [t.title, text.shell.titleSuffix]);
  const link = webAddress(burnt.inviteUrl);
  const hours = Math.round((burnt.inviteExpiresAt - burnt.burntAt) / HOUR_MS);

  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {t.heading}
      </h1>
      <p class="notice" id="burnt-at">
        {fill(t.burntAt, { time: formatTime(burnt.burntAt, lang, burnt.timeZone, true) })}
      </p>
      <h2>{t.keyHeading}</h2>
      <p id="burnt-invite-body">
        {fill(t.keyBody, { hours, time: formatTime(burnt.inviteExpiresAt, lang, burnt.timeZone, true) })}
      </p>
      <p class="warning">{t.onceOnly}</p>
      <CopyLink
        id="burnt-invite-link"
        label={t.linkLabel}
        value={burnt.inviteUrl}
        describedBy="burnt-invite-body"
        words={t}
      />
      {burnt.inviteOnlyOnThisMachine ? <OnlyOnThisMachine /> : null}
      {link ? (
        <p>
          <a href={link} class="button">
            {t.setUpNow}
          </a>
        </p>
      ) : null}
      <h2>{t.teamHeading}</h2>
      <p>{t.teamBody}</p>
    </>
  );
}
