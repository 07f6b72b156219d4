/** Time away coming up: who is off call whatever their shifts say, and from when to when. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api, ApiError } from '../../api';
import { useLang, useText } from '../../context';
import { ConfirmPanel, useFocusLater } from './parts';
import type { Responder, Shifts } from './types';
import { addDays, dayName, wallOf } from './week-time';

interface Props {
  shifts: Shifts;
  roster: Responder[];
  onStatus: (message: string) => void;
  onChanged: () => void;
}

export function AwayList({ shifts, roster, onStatus, onChanged }: Props): JSX.Element {
  const text = useText();
  const { week: t, common } = text.coordinate;
  const lang = useLang();
  const [confirming, setConfirming] = useState<string | null>(null);
  const setFocusNext = useFocusLater();
  const away = shifts.overrides.filter((o) => o.kind === 'off');

  async function remove(id: string): Promise<void> {
    try {
      await api('DELETE', `/api/shifts/overrides/${id}`);
      onStatus(t.awayRemoved);
    } catch (error) {
      onStatus(error instanceof ApiError && error.status === 404 ? common.gone : text.shell.failed);
    }
    setConfirming(null);
    setFocusNext('away-heading');
    onChanged();
  }

  return (
    <section aria-labelledby="away-heading">
      <h2 id="away-heading" tabIndex={-1}>
        {t.awayHeading}
      </h2>
      {away.length === 0 ? (
        <p>{t.awayNone}</p>
      ) : (
        <ul class="plain-list">
          {away.map((o) => {
            const name = roster.find((r) => r.id === o.responderId)?.name ?? '';
            const start = wallOf(o.start);
            const end = wallOf(o.end);
            // Time away ends at the midnight after its last day: show that last day, as it was entered.
            const last = end.slice(11) === '00:00' ? addDays(end.slice(0, 10), -1) : end.slice(0, 10);
            const line = fill(t.awayLine, { name, start: dayName(start.slice(0, 10), lang), end: dayName(last, lang) });
            return (
              <li key={o.id}>
                <p class="shift-line">{line}</p>
                {confirming === o.id ? (
                  <ConfirmPanel
                    id="delete-away"
                    danger
                    heading={t.deleteHeading}
                    confirm={t.deleteConfirm}
                    onConfirm={() => void remove(o.id)}
                    onCancel={() => (setConfirming(null), setFocusNext(`delete-away-${o.id}`))}
                  >
                    <p>{line}</p>
                  </ConfirmPanel>
                ) : (
                  <button
                    type="button"
                    class="button secondary"
                    id={`delete-away-${o.id}`}
                    onClick={() => setConfirming(o.id)}
                  >
                    {t.removeAway}
                    <span class="visually-hidden"> {line}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
