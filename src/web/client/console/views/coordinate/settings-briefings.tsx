/**
 * Who has read the emergency plan (the shift-start briefing, issue 17): each active teammate's
 * name, the version they last confirmed and when — nothing else.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { Failed, Status } from '../../components';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';

/** `GET /api/program/briefings` (src/rota/briefing/schema.ts). */
interface TeamBriefings {
  version: number;
  versionAt: number | null;
  people: { id: string; name: string; version: number; at: number | null }[];
}

export function BriefingsSection({ timeZone }: { timeZone: string }): JSX.Element {
  const text = useText();
  const t = text.briefing.settings;
  const lang = useLang();
  const loaded = useLoad(() => api<TeamBriefings>('GET', '/api/program/briefings'), 'briefings');
  useLive(['program', 'roster'], loaded.reload);
  const data = loaded.data;
  return (
    <section aria-labelledby="briefings-heading">
      <h2 id="briefings-heading">{t.acksHeading}</h2>
      {!data ? (
        loaded.failed ? (
          <Failed retry={loaded.reload} />
        ) : (
          <Status message={text.shell.loading} />
        )
      ) : data.version === 0 ? (
        <p>{t.noPlan}</p>
      ) : (
        <>
          <p>
            {fill(t.current, {
              version: data.version,
              time: data.versionAt === null ? '' : formatTime(data.versionAt, lang, timeZone, true),
            })}
          </p>
          <ul class="plain-list" aria-labelledby="briefings-heading">
            {data.people.map((person) => (
              <li key={person.id}>
                <strong>{person.name}</strong>
                {' · '}
                {person.version === 0
                  ? t.never
                  : person.version >= data.version
                    ? t.readCurrent
                    : fill(t.readOld, { version: person.version })}
                {person.at === null ? null : ` · ${formatTime(person.at, lang, timeZone, true)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
