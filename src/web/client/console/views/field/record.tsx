/**
 * What is recorded about a response, as counts with a category and never a story: an emergency
 * service the person asked for or agreed to (refused here, and by the server, without ticking their
 * consent), police contact if it ever happened, and closing with an outcome.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorSummary, Field, HintAndError, problemFor, type Problem } from '../../components';
import { useText } from '../../context';
import { problemsFrom, type FieldRule } from '../coordinate/parts';
import {
  closeResponse,
  recordEmergency,
  recordPolice,
  wordFor,
  type FieldResponse,
  type ProgramForField,
} from './data';

interface Props {
  response: FieldResponse;
  program: ProgramForField;
  onDone: (message: string) => void;
}

function Select({
  id,
  label,
  choose,
  value,
  options,
  words,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  choose: string;
  value: string;
  options: string[];
  words: Record<string, string>;
  problems: Problem[];
  onChange: (value: string) => void;
}): JSX.Element {
  return (
    <Field id={id} label={label} error={problemFor(problems, id)}>
      {(describedBy, invalid) => (
        <select
          id={id}
          name={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.currentTarget.value)}
        >
          <option value="">{choose}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {wordFor(words, option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function RecordPanels({ response, program, onDone }: Props): JSX.Element {
  const text = useText();
  const d = text.dispatch;
  const t = d.response;
  const [reason, setReason] = useState('');
  const [consented, setConsented] = useState(false);
  const [emergencyProblems, setEmergencyProblems] = useState<Problem[]>([]);
  const [category, setCategory] = useState('');
  const [policeProblems, setPoliceProblems] = useState<Problem[]>([]);
  const rules = (field: string): FieldRule[] => [
    [/^\/personConsented/, 'emergency-consent', t.errors.consentMissing],
    [/^\/category/, field, field === 'police-category' ? t.errors.categoryMissing : t.errors.reasonMissing],
  ];

  async function emergency(event: Event): Promise<void> {
    event.preventDefault();
    const found: Problem[] = [];
    if (!reason) found.push({ field: 'emergency-reason', message: t.errors.reasonMissing });
    if (!consented) found.push({ field: 'emergency-consent', message: t.errors.consentMissing });
    setEmergencyProblems(found);
    if (found.length > 0) return;
    try {
      await recordEmergency(response.id, reason);
      setReason('');
      setConsented(false);
      onDone(t.recorded);
    } catch (error) {
      setEmergencyProblems(problemsFrom(error, rules('emergency-reason'), t.errors.general, t.errors.failed));
    }
  }

  async function police(event: Event): Promise<void> {
    event.preventDefault();
    if (!category) {
      setPoliceProblems([{ field: 'police-category', message: t.errors.categoryMissing }]);
      return;
    }
    setPoliceProblems([]);
    try {
      await recordPolice(response.id, category);
      setCategory('');
      onDone(t.recorded);
    } catch (error) {
      setPoliceProblems(problemsFrom(error, rules('police-category'), t.errors.general, t.errors.failed));
    }
  }

  const consentError = problemFor(emergencyProblems, 'emergency-consent');
  return (
    <>
      <section aria-labelledby="emergency-heading">
        <h2 id="emergency-heading">{t.emergencyHeading}</h2>
        <p>{t.emergencyIntro}</p>
        <form onSubmit={(event) => void emergency(event)} noValidate autoComplete="off">
          <ErrorSummary problems={emergencyProblems} />
          <Select
            id="emergency-reason"
            label={t.reason}
            choose={t.choose}
            value={reason}
            options={program.dispatch.emergencyReasons}
            words={d.emergencyReasons}
            problems={emergencyProblems}
            onChange={setReason}
          />
          <div class={consentError ? 'field has-error' : 'field'} id="emergency-consent-field">
            <HintAndError id="emergency-consent" hint={t.consent.hint} error={consentError} />
            <div class="checkbox">
              <input
                type="checkbox"
                id="emergency-consent"
                name="emergency-consent"
                checked={consented}
                aria-describedby={['emergency-consent-hint', consentError ? 'emergency-consent-error' : '']
                  .filter(Boolean)
                  .join(' ')}
                aria-invalid={consentError ? true : undefined}
                onChange={(event) => setConsented(event.currentTarget.checked)}
              />
              <label for="emergency-consent">{t.consent.label}</label>
            </div>
          </div>
          <button type="submit" class="button">
            {t.record}
          </button>
        </form>
      </section>
      <section aria-labelledby="police-contact-heading">
        <h2 id="police-contact-heading">{t.policeContactHeading}</h2>
        <p>{t.policeContactIntro}</p>
        <form onSubmit={(event) => void police(event)} noValidate autoComplete="off">
          <ErrorSummary problems={policeProblems} />
          <Select
            id="police-category"
            label={t.category}
            choose={t.choose}
            value={category}
            options={program.dispatch.policeCategories}
            words={d.policeCategories}
            problems={policeProblems}
            onChange={setCategory}
          />
          <button type="submit" class="button secondary">
            {t.record}
          </button>
        </form>
      </section>
    </>
  );
}

export function ClosePanel({ response, program, onDone }: Props): JSX.Element {
  const text = useText();
  const d = text.dispatch;
  const t = d.response;
  const [outcome, setOutcome] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);

  async function close(event: Event): Promise<void> {
    event.preventDefault();
    if (!outcome) {
      setProblems([{ field: 'outcome', message: t.errors.outcomeMissing }]);
      return;
    }
    setProblems([]);
    try {
      await closeResponse(response.id, outcome);
      onDone(t.closedDone);
    } catch (error) {
      setProblems(
        problemsFrom(error, [[/^\/outcome/, 'outcome', t.errors.outcomeMissing]], t.errors.general, t.errors.failed),
      );
    }
  }

  return (
    <section aria-labelledby="close-heading">
      <h2 id="close-heading">{t.closeHeading}</h2>
      <p>{t.closeIntro}</p>
      <form onSubmit={(event) => void close(event)} noValidate autoComplete="off">
        <ErrorSummary problems={problems} />
        <Select
          id="outcome"
          label={t.outcome}
          choose={t.choose}
          value={outcome}
          options={program.dispatch.outcomes}
          words={d.outcomes}
          problems={problems}
          onChange={setOutcome}
        />
        <button type="submit" class="button">
          {t.close}
        </button>
      </form>
    </section>
  );
}
