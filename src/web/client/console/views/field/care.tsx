/**
 * Aftercare on a response, only with the person's consent: keep their number for follow-ups (sealed
 * under the server's key until the last follow-up is done, then erased), and add a follow-up with a
 * date and time in the program's time zone and who does it. The number is never shown again.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { Choice, ErrorSummary, Field, HintAndError, problemFor, type Problem } from '../../components';
import { useText } from '../../context';
import { useLoad } from '../../load';
import { cleanTime } from '../../time';
import { inputProps, problemsFrom, type FieldRule } from '../coordinate/parts';
import { teammates } from '../teammate-select';
import { addFollowUp, keepContact, type FieldResponse, type FollowUpKind, type ProgramForField } from './data';

interface Props {
  response: FieldResponse;
  program: ProgramForField;
  onDone: (message: string) => void;
}

export function CarePanel({ response, program, onDone }: Props): JSX.Element {
  const t = useText().dispatch.care;
  return (
    <section aria-labelledby="care-heading">
      <h2 id="care-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <ContactForm response={response} program={program} onDone={onDone} />
      <FollowUpForm response={response} program={program} onDone={onDone} />
    </section>
  );
}

function ContactForm({ response, onDone }: Props): JSX.Element {
  const t = useText().dispatch.care;
  const [number, setNumber] = useState('');
  const [consented, setConsented] = useState(false);
  const [problems, setProblems] = useState<Problem[]>([]);

  async function save(event: Event): Promise<void> {
    event.preventDefault();
    const found: Problem[] = [];
    if (number.trim() === '') found.push({ field: 'contact-number', message: t.errors.numberMissing });
    if (!consented) found.push({ field: 'contact-consent', message: t.errors.consentMissing });
    setProblems(found);
    if (found.length > 0) return;
    try {
      await keepContact(response.id, number.trim());
      setNumber(''); // the number leaves this page's memory as soon as it is kept
      setConsented(false);
      onDone(t.contactSaved);
    } catch (error) {
      setProblems(
        problemsFrom(
          error,
          [[/^\/number/, 'contact-number', t.errors.numberInvalid]],
          t.errors.general,
          t.errors.failed,
        ),
      );
    }
  }

  const consentError = problemFor(problems, 'contact-consent');
  return (
    <form
      class="inline-form"
      onSubmit={(event) => void save(event)}
      noValidate
      autoComplete="off"
      aria-labelledby="contact-heading"
    >
      <h3 id="contact-heading">{t.contactHeading}</h3>
      <ErrorSummary problems={problems} />
      <p class="hint">{t.contactIntro}</p>
      <div class={consentError ? 'field has-error' : 'field'} id="contact-consent-field">
        <HintAndError id="contact-consent" error={consentError} />
        <div class="checkbox">
          <input
            type="checkbox"
            id="contact-consent"
            name="contact-consent"
            checked={consented}
            aria-describedby={consentError ? 'contact-consent-error' : undefined}
            aria-invalid={consentError ? true : undefined}
            onChange={(event) => setConsented(event.currentTarget.checked)}
          />
          <label for="contact-consent">{t.contactConsent}</label>
        </div>
      </div>
      <Field
        id="contact-number"
        label={t.number.label}
        hint={t.number.hint}
        error={problemFor(problems, 'contact-number')}
      >
        {(describedBy, invalid) => (
          <input
            type="tel"
            autoComplete="off"
            {...inputProps('contact-number', number, setNumber, describedBy, invalid)}
          />
        )}
      </Field>
      <button type="submit" class="button secondary">
        {t.saveContact}
      </button>
    </form>
  );
}

function FollowUpForm({ response, onDone }: Props): JSX.Element {
  const text = useText();
  const t = text.dispatch.care;
  const team = useLoad(teammates, 'directory');
  const [kind, setKind] = useState<FollowUpKind | undefined>(undefined);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [assignee, setAssignee] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const rules: FieldRule[] = [
    [/^\/kind/, 'follow-up-kind-call', t.errors.kindMissing],
    [/^\/date/, 'follow-up-date', t.errors.dateMissing],
    [/^\/time/, 'follow-up-time', t.errors.timeMissing],
    [/^\/assignedTo/, 'follow-up-assignee', t.errors.assigneeMissing],
    [/^\/contact/, 'contact-number', t.errors.needsContact],
  ];

  async function add(event: Event): Promise<void> {
    event.preventDefault();
    const found: Problem[] = [];
    if (!kind) found.push({ field: 'follow-up-kind-call', message: t.errors.kindMissing });
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) found.push({ field: 'follow-up-date', message: t.errors.dateMissing });
    const at = cleanTime(time);
    if (at === undefined) found.push({ field: 'follow-up-time', message: t.errors.timeMissing });
    if (!assignee) found.push({ field: 'follow-up-assignee', message: t.errors.assigneeMissing });
    setProblems(found);
    if (found.length > 0 || !kind || at === undefined) return;
    try {
      await addFollowUp(response.id, { kind, date, time: at, assignedTo: assignee });
      setKind(undefined);
      setDate('');
      setTime('');
      setAssignee('');
      onDone(t.added);
    } catch (error) {
      setProblems(problemsFrom(error, rules, t.errors.general, t.errors.failed));
    }
  }

  return (
    <form
      class="inline-form"
      onSubmit={(event) => void add(event)}
      noValidate
      autoComplete="off"
      aria-labelledby="follow-up-heading"
    >
      <h3 id="follow-up-heading">{t.followUpHeading}</h3>
      <ErrorSummary problems={problems} />
      <Choice
        name="follow-up-kind"
        legend={t.kindLegend}
        hint={t.kindHint}
        error={problemFor(problems, 'follow-up-kind-call')}
        options={(['call', 'text', 'accompany'] as const).map((value) => ({
          value,
          label: text.dispatch.followUpKinds[value],
        }))}
        value={kind}
        onChange={setKind}
      />
      <Field id="follow-up-date" label={t.date.label} hint={t.date.hint} error={problemFor(problems, 'follow-up-date')}>
        {(describedBy, invalid) => (
          <input type="date" class="short" {...inputProps('follow-up-date', date, setDate, describedBy, invalid)} />
        )}
      </Field>
      <Field id="follow-up-time" label={t.time.label} hint={t.time.hint} error={problemFor(problems, 'follow-up-time')}>
        {(describedBy, invalid) => (
          <input
            type="text"
            inputMode="numeric"
            autoComplete="off"
            class="short"
            {...inputProps('follow-up-time', time, setTime, describedBy, invalid)}
          />
        )}
      </Field>
      <Field id="follow-up-assignee" label={t.assignee} error={problemFor(problems, 'follow-up-assignee')}>
        {(describedBy, invalid) => (
          <select
            id="follow-up-assignee"
            name="follow-up-assignee"
            value={assignee}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(event) => setAssignee(event.currentTarget.value)}
          >
            <option value="">{t.pick}</option>
            {(team.data ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" class="button secondary">
        {t.add}
      </button>
    </form>
  );
}
