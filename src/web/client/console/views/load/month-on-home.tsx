/**
 * "This month" on Home (issue 17): a responder's own figures at a glance, so the load they carry is
 * in front of them without looking for it, and the way to the whole view. Shown once loaded; Home
 * never waits on it.
 */
import type { JSX } from 'preact';
import type { MyLoadView } from '@server/load/schema';
import { api } from '../../api';
import { useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { MyFigures } from './figures';

export function MonthOnHome(): JSX.Element | null {
  const t = useText().load;
  const mine = useLoad(() => api<MyLoadView>('GET', '/api/load/mine'), 'this month');
  useLive(['calls', 'shifts'], mine.reload);
  return (
    <section aria-labelledby="home-month-heading">
      <h2 id="home-month-heading">{t.thisMonth}</h2>
      {mine.data ? <MyFigures me={mine.data.me} /> : null}
      <p>
        <a href="/console/load" data-route>
          {t.homeLink}
        </a>
      </p>
    </section>
  );
}
