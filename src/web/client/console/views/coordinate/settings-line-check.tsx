/**
 * "Phone line check", read-only: whether the provider sends the line's calls and texts to Kith, check
 * by check, in the reader's language. The fixes are made with `kith provider connect` (which shows
 * each change and asks first) or in the provider's website; this only shows where things stand.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import type { CheckItem, LineCheck } from '@server/provider-setup/types';
import { api } from '../../api';
import { useText } from '../../context';
import { useLoad } from '../../load';

export function LineCheckSection(): JSX.Element {
  const t = useText().coordinate.settings.lineCheck;
  const check = useLoad(() => api<LineCheck>('GET', '/api/provider/check'), 'line-check');
  return (
    <section aria-labelledby="line-check-heading">
      <h2 id="line-check-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {check.failed ? (
        <p role="alert">{t.failed}</p>
      ) : check.data === undefined ? (
        <p role="status">{t.checking}</p>
      ) : (
        <Result check={check.data} />
      )}
      <button type="button" class="button secondary" onClick={check.reload}>
        {t.again}
      </button>
    </section>
  );
}

function Result({ check }: { check: LineCheck }): JSX.Element {
  const t = useText().coordinate.settings.lineCheck;
  const toFix = check.items.filter((item) => !item.ok && item.problem !== 'not-checked').length;
  return (
    <>
      <p role="status">{check.ok ? t.allOk : fill(t.needsFixing, { count: toFix })}</p>
      <ul id="line-check-list">
        {check.items.map((item) => (
          <Item key={item.check} item={item} />
        ))}
      </ul>
      {check.ok ? null : <p>{t.howToFix}</p>}
    </>
  );
}

function Item({ item }: { item: CheckItem }): JSX.Element {
  const t = useText().coordinate.settings.lineCheck;
  const unchecked = item.problem === 'not-checked';
  return (
    <li>
      <strong>{t.labels[item.check]}</strong>
      {unchecked ? null : `: ${item.ok ? t.ok : t.fix}`}
      {item.problem === null ? null : <p>{t.problems[item.problem]}</p>}
      {item.current === null ? null : (
        <p class="muted">
          {t.now} <code>{item.current}</code>
        </p>
      )}
      {item.ok || item.expected === null ? null : (
        <p class="muted">
          {t.mustBe} <code>{item.expected}</code>
        </p>
      )}
    </li>
  );
}
