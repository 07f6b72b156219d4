/**
 * The emergency plan: plain text every responder reads on their console. It is about the team,
 * never about a caller, so it is kept in clear (the hint says so where it is written). Beside it,
 * how often everyone reads it again at the start of a shift (the briefing, issue 17).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { inputProps, NumberField, problemsFrom } from './parts';
import { CARE_RANGES } from '@server/program/limits';
import type { Plan } from './types';

const PLAN_MAX_CHARS = 20_000;

interface Props {
  plan: Plan;
  timeZone: string;
  problems: Problem[];
  /** Problems live in the view, so only one form on the page shows a summary at a time. */
  onProblems: (problems: Problem[]) => void;
  onSaved: () => void;
}

export function PlanForm({ plan, timeZone, problems, onProblems, onSaved }: Props): JSX.Element {
  const text = useText();
  const { settings: t, common } = text.coordinate;
  const lang = useLang();
  const b = text.briefing.settings;
  const [value, setValue] = useState(plan.text);
  const [every, setEvery] = useState(String(plan.everyShifts));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    // Counted as people see characters (code points), like the server does.
    const found: Problem[] = [];
    if ([...value].length > PLAN_MAX_CHARS) found.push({ field: 'plan-text', message: t.errors.planTooLong });
    const [min, max] = CARE_RANGES.briefEveryShifts;
    const everyShifts = Number(every.trim());
    if (!/^\d+$/.test(every.trim()) || everyShifts < min || everyShifts > max)
      found.push({ field: 'plan-every-shifts', message: b.everyShifts.error });
    onProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await api<Plan>('PUT', '/api/program/plan', { text: value, everyShifts });
      setStatus(t.planSaved);
      onSaved();
    } catch (error) {
      onProblems(
        problemsFrom(
          error,
          [
            [/^\/text$/, 'plan-text', t.errors.planTooLong],
            [/^\/everyShifts$/, 'plan-every-shifts', b.everyShifts.error],
          ],
          common.formProblem,
          text.shell.failed,
        ),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="plan-heading">
      <h2 id="plan-heading">{t.planHeading}</h2>
      <ErrorSummary problems={problems} />
      <p>
        {plan.updatedAt === null
          ? t.planNever
          : fill(t.planUpdated, { time: formatTime(plan.updatedAt, lang, timeZone, true) })}
      </p>
      <Field id="plan-text" label={t.plan.label} hint={t.plan.hint} error={problemFor(problems, 'plan-text')}>
        {(describedBy, invalid) => (
          <textarea rows={12} {...inputProps('plan-text', value, setValue, describedBy, invalid)} />
        )}
      </Field>
      <NumberField
        id="plan-every-shifts"
        label={b.everyShifts.label}
        hint={b.everyShifts.hint}
        error={problemFor(problems, 'plan-every-shifts')}
        value={every}
        set={setEvery}
      />
      <button type="submit" class="button">
        {t.savePlan}
      </button>
      <Status message={status} />
    </form>
  );
}
