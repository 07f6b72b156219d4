/**
 * Load (issue 17): my month on the line, and for coordinators the team's, so they can spread it.
 * Numbers only, as the API gives them (src/load/): hours on call, calls answered, texts taken, field
 * responses. The team's chart is a real table — names and numbers are its text — with a bar drawn
 * beside each person's hours; the bar only repeats the number, so nothing is said by colour or length
 * alone. The month is in the address (`?month=YYYY-MM`), so Back and a shared link show the same one.
 */
import type { JSX } from 'preact';
import type { MyLoadView, PersonLoadView, TeamLoadView } from '@server/load/schema';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { Failed, Status, ViewHeading } from '../../components';
import { isCoordinator, useAccount, useLang, useText } from '../../context';
import { useLoad } from '../../load';
import { count, hoursIn, MyFigures } from './figures';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month `by` months after `month` (YYYY-MM). */
export function shiftMonth(month: string, by: number): string {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 + by];
  const at = new Date(Date.UTC(year, index, 1));
  return at.toISOString().slice(0, 7);
}

const monthName = (month: string, lang: string): string =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)),
  );

export function LoadView({ month }: { month: string | null }): JSX.Element {
  const text = useText();
  const t = text.load;
  const lang = useLang();
  const coordinator = isCoordinator(useAccount());
  const chosen = month && MONTH.test(month) ? month : undefined;
  const load = useLoad(
    async () => {
      const query = chosen ? `?month=${chosen}` : '';
      const [mine, team, now] = await Promise.all([
        api<MyLoadView>('GET', `/api/load/mine${query}`),
        coordinator ? api<TeamLoadView>('GET', `/api/load/team${query}`) : Promise.resolve(undefined),
        chosen ? api<MyLoadView>('GET', '/api/load/mine') : Promise.resolve(undefined),
      ]);
      return { mine, team, thisMonth: now?.month ?? mine.month };
    },
    `${chosen ?? 'this month'}-${coordinator ? 'team' : 'mine'}`,
  );

  if (!load.data)
    return (
      <>
        <ViewHeading title={t.title}>{t.heading}</ViewHeading>
        {load.failed ? <Failed retry={load.reload} /> : <Status message={text.shell.loading} />}
      </>
    );
  const { mine, team, thisMonth } = load.data;
  const shown = monthName(mine.month, lang);
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{fill(t.intro, { zone: mine.timeZone })}</p>
      <h2 id="load-month">{shown}</h2>
      <ul class="week-nav">
        <li>
          <a href={`/console/load?month=${shiftMonth(mine.month, -1)}`} data-route>
            {t.previous}
          </a>
        </li>
        <li>
          <a
            href={`/console/load?month=${thisMonth}`}
            data-route
            aria-current={mine.month === thisMonth ? 'date' : undefined}
          >
            {t.thisMonth}
          </a>
        </li>
        <li>
          <a href={`/console/load?month=${shiftMonth(mine.month, 1)}`} data-route>
            {t.next}
          </a>
        </li>
      </ul>
      <section aria-labelledby="load-mine">
        <h2 id="load-mine">{t.mineHeading}</h2>
        <MyFigures me={mine.me} />
      </section>
      {team ? <TeamTable team={team} month={shown} /> : null}
    </>
  );
}

function TeamTable({ team, month }: { team: TeamLoadView; month: string }): JSX.Element {
  const t = useText().load;
  const lang = useLang();
  const most = Math.max(1, ...team.people.map((p) => p.hoursOnCall));
  return (
    <section aria-labelledby="load-team">
      <h2 id="load-team">{t.teamHeading}</h2>
      <p>{t.teamIntro}</p>
      {team.people.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        // A phone may need to scroll the table itself: the region takes focus so a keyboard can too.
        <div class="load-table-wrap" role="region" aria-labelledby="load-caption" tabIndex={0}>
          <table class="load-table">
            <caption id="load-caption">{fill(t.caption, { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.hours}</th>
                <th scope="col">{t.calls}</th>
                <th scope="col">{t.texts}</th>
                <th scope="col">{t.field}</th>
              </tr>
            </thead>
            <tbody>
              {team.people.map((p: PersonLoadView) => (
                <tr key={p.responderId}>
                  <th scope="row">{p.name}</th>
                  <td>
                    <span class="load-hours">{fill(t.hoursValue, { hours: hoursIn(p.hoursOnCall, lang) })}</span>
                    <span class="load-bar" aria-hidden="true">
                      <span style={{ inlineSize: `${(p.hoursOnCall / most) * 100}%` }} />
                    </span>
                  </td>
                  <td>{count(p.callsAnswered, lang)}</td>
                  <td>{count(p.conversationsHandled, lang)}</td>
                  <td>{count(p.fieldResponsesJoined, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
