import type { JSX } from 'preact';
import { ViewHeading } from '../components';
import { useFirstText } from '../context';

export function NotFoundView(): JSX.Element {
  const t = useFirstText().shell;
  return (
    <>
      <ViewHeading title={t.notFoundHeading}>{t.notFoundHeading}</ViewHeading>
      <p>{t.notFoundBody}</p>
      <p>
        <a href="/console" data-route>
          {t.nav.home}
        </a>
      </p>
    </>
  );
}
