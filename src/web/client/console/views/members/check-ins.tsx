/**
 * A member's check-ins: the list (each can be cancelled), and the form to set one, with the member's
 * consent stated on it and required: missed, a check-in tells their people, then the team on call,
 * never the police.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import {
  Choice,
  describedByFor,
  ErrorSummary,
  Field,
  HintAndError,
  problemFor,
  Status,
  type Problem,
} from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { inputProps, problemsFrom } from '../coordinate/parts';
import type { MemberSummary } from './member-detail';

interface CheckIn {
  id: string;
  kind: 'once' | 'watch';
  time: string;
  daysLeft: number;
}

export function CheckIns({ member }: { member: MemberSummary }): JSX.Element {
  const text = useText();
  const t = text.memberDetail;
  const loaded = useLoad(() => api<CheckIn[]>('GET', `/api/members/${member.id}/check-ins`), `check-ins-${member.id}`);
  const [kind, setKind] = useState<'once' | 'watch'>('once');
  const [time, setTime] = useState('');
  const [days, setDays] = useState('14');
  const [consent, setConsent] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [status, setStatus] = useState('');

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    setStatus('');
    if (!consent) {
      setProblems([{ field: 'check-in-consent', message: t.errors.consent }]);
      return;
    }
    try {
      const set = await api<{ told: string }>('POST', `/api/members/${member.id}/check-ins`, {
        kind,
        time: time.trim(),
        ...(kind === 'watch' ? { days: Number(days) } : {}),
        consent: true,
      });
      setProblems([]);
      setTime('');
      setConsent(false);
      setStatus(fill(t.checkInSet, { told: set.told }));
      loaded.reload();
    } catch (error) {
      setProblems(
        problemsFrom(
          error,
          [
            [/^\/time$/, 'check-in-time', t.errors.time],
            [/^\/days$/, 'check-in-days', t.errors.days],
            [/^\/kind$/, 'check-in-kind-once', t.errors.full],
          ],
          t.errors.general,
          text.shell.failed,
        ),
      );
    }
  }
  const consentError = problemFor(problems, 'check-in-consent');
  async function cancel(checkIn: CheckIn): Promise<void> {
    await api('DELETE', `/api/members/check-ins/${checkIn.id}`);
    setStatus(t.checkInCancelled);
    loaded.reload();
  }

  return (
    <>
      <h3 id="check-ins-heading">{t.checkInsHeading}</h3>
      {(loaded.data ?? []).length === 0 ? (
        <p>{t.noCheckIns}</p>
      ) : (
        <ul aria-labelledby="check-ins-heading">
          {(loaded.data ?? []).map((c) => (
            <li key={c.id}>
              {c.kind === 'once'
                ? fill(t.checkInOnce, { time: c.time })
                : fill(t.checkInWatch, { time: c.time, days: c.daysLeft })}{' '}
              <button type="button" class="button secondary" onClick={() => void cancel(c)}>
                {fill(t.cancelCheckIn, { time: c.time })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="check-in-heading">
        <h3 id="check-in-heading">{t.checkInHeading}</h3>
        <ErrorSummary problems={problems} />
        <Choice
          name="check-in-kind"
          legend={t.kindLegend}
          error={problemFor(problems, 'check-in-kind-once')}
          options={[
            { value: 'once', label: t.kindOnce },
            { value: 'watch', label: t.kindWatch },
          ]}
          value={kind}
          onChange={setKind}
        />
        <Field id="check-in-time" label={t.timeLabel} hint={t.timeHint} error={problemFor(problems, 'check-in-time')}>
          {(describedBy, invalid) => (
            <input
              type="text"
              inputMode="numeric"
              size={6}
              {...inputProps('check-in-time', time, setTime, describedBy, invalid)}
            />
          )}
        </Field>
        {kind === 'watch' ? (
          <Field id="check-in-days" label={t.daysLabel} error={problemFor(problems, 'check-in-days')}>
            {(describedBy, invalid) => (
              <input
                type="number"
                min={1}
                max={60}
                {...inputProps('check-in-days', days, setDays, describedBy, invalid)}
              />
            )}
          </Field>
        ) : null}
        <div class={consentError ? 'field has-error' : 'field'} id="check-in-consent-field">
          <HintAndError id="check-in-consent" error={consentError} />
          <div class="checkbox">
            <input
              type="checkbox"
              id="check-in-consent"
              checked={consent}
              aria-describedby={describedByFor('check-in-consent', undefined, consentError)}
              onChange={(event) => setConsent((event.currentTarget as HTMLInputElement).checked)}
            />
            <label for="check-in-consent">{fill(t.consent, { number: member.number })}</label>
          </div>
        </div>
        <button type="submit" class="button">
          {t.setCheckIn}
        </button>
        <Status message={status} />
      </form>
    </>
  );
}
