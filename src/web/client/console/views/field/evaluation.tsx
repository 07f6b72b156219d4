/**
 * Counts for evaluation (`/console/field/evaluation`, coordinators only): how many field responses
 * a period had and how they went, emergency services with consent and police contact by category,
 * debriefs and follow-ups. Numbers only, so it needs no key. The first counts are for the last 30
 * days where the line is; the form asks for another period, and the server's refusal of a date is
 * shown at its field.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { EvaluationText } from '../../../../i18n/console/evaluation-types';
import { ErrorSummary, Failed, Field, problemFor, Status, ViewHeading, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { useLoad } from '../../load';
import { problemsFrom, type FieldRule } from '../coordinate/parts';
import { programForField, wordFor, type ProgramForField } from './data';
import { evaluation, isEmpty, lastThirtyDays, longDate, rowsOf, type Evaluation } from './evaluation-data';

const STATES = ['forming', 'formed', 'no_team', 'closed'] as const;
const URGENCIES = ['emergency', 'crisis'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function EvaluationView(): JSX.Element {
  const text = useText();
  const t = text.evaluation;
  const program = useLoad(programForField, 'evaluation-program');
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      {program.data ? (
        <Period program={program.data} />
      ) : program.failed ? (
        <Failed retry={program.reload} />
      ) : (
        <Status message={text.shell.loading} />
      )}
    </>
  );
}

function Period({ program }: { program: ProgramForField }): JSX.Element {
  const t = useText().evaluation;
  const [start] = useState(() => lastThirtyDays(program.timeZone));
  const [from, setFrom] = useState(start.from);
  const [to, setTo] = useState(start.to);
  const [counts, setCounts] = useState<Evaluation | undefined>(undefined);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  async function show(first: string, last: string): Promise<void> {
    const found: Problem[] = [];
    if (first === '') found.push({ field: 'evaluation-from', message: t.errors.fromMissing });
    if (last === '') found.push({ field: 'evaluation-to', message: t.errors.toMissing });
    setProblems(found);
    if (found.length > 0) return;
    setWorking(true);
    try {
      setCounts(await evaluation(first, last));
    } catch (error) {
      // The server checks the dates (real days, in order) where the line is; its pointer says which.
      const afterTo = DATE.test(first) && DATE.test(last) && first > last;
      const rules: FieldRule[] = [
        [/^\/from/, 'evaluation-from', afterTo ? t.errors.fromAfterTo : t.errors.fromInvalid],
        [/^\/to/, 'evaluation-to', t.errors.toInvalid],
      ];
      // Counts for another period would answer a question nobody asked: they go with the error.
      setCounts(undefined);
      setProblems(problemsFrom(error, rules, t.errors.general, t.errors.failed));
    } finally {
      setWorking(false);
    }
  }

  // Opening the view shows the last 30 days at once; after that, only the form asks again.
  useEffect(() => {
    void show(start.from, start.to);
  }, []);

  const dateField = (
    id: string,
    words: { label: string; hint: string },
    value: string,
    set: (value: string) => void,
  ) => (
    <Field id={id} label={words.label} hint={words.hint} error={problemFor(problems, id)}>
      {(describedBy, invalid) => (
        <input
          type="date"
          class="short"
          id={id}
          name={id}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => set(event.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void show(from, to);
        }}
        noValidate
      >
        <ErrorSummary problems={problems} />
        <div class="point-row">
          {dateField('evaluation-from', t.from, from, setFrom)}
          {dateField('evaluation-to', t.to, to, setTo)}
        </div>
        <button type="submit" class="button">
          {t.show}
        </button>
      </form>
      <Status message={working ? t.counting : ''} />
      {counts ? <Counts counts={counts} program={program} /> : null}
    </>
  );
}

function Counts({ counts, program }: { counts: Evaluation; program: ProgramForField }): JSX.Element {
  const text = useText();
  const t = text.evaluation;
  const d = text.dispatch;
  const lang = useLang();
  const { responses, emergencyServices, policeContacts, debriefs, followUps } = counts;
  return (
    <div class="evaluation">
      <p class="lead" id="evaluation-period">
        {fill(t.period, { from: longDate(counts.from, lang), to: longDate(counts.to, lang) })}
      </p>
      {isEmpty(counts) ? <p class="notice">{t.empty}</p> : null}
      <section aria-labelledby="evaluation-responses">
        <h2 id="evaluation-responses">{t.responses.heading}</h2>
        <Totals rows={[[t.total, responses.total]]} />
        <CountTable
          caption={t.responses.byState}
          what={t.responses.state}
          t={t}
          rows={rowsOf(STATES, responses.byState)}
          words={t.responses.states}
        />
        <CountTable
          caption={t.responses.byOutcome}
          what={t.responses.outcome}
          t={t}
          rows={rowsOf(program.dispatch.outcomes, responses.byOutcome)}
          words={d.outcomes}
        />
        <CountTable
          caption={t.responses.byUrgency}
          what={t.responses.urgency}
          t={t}
          rows={rowsOf(URGENCIES, responses.byUrgency)}
          words={d.urgency}
        />
      </section>
      <section aria-labelledby="evaluation-emergency">
        <h2 id="evaluation-emergency">{t.emergency.heading}</h2>
        <p>{t.emergency.intro}</p>
        <Totals rows={[[t.total, emergencyServices.total]]} />
        <CountTable
          caption={t.emergency.byReason}
          what={t.emergency.reason}
          t={t}
          rows={rowsOf(program.dispatch.emergencyReasons, emergencyServices.byCategory)}
          words={d.emergencyReasons}
        />
      </section>
      <section aria-labelledby="evaluation-police">
        <h2 id="evaluation-police">{t.police.heading}</h2>
        <p>{t.police.intro}</p>
        <Totals rows={[[t.total, policeContacts.total]]} />
        <CountTable
          caption={t.police.byCategory}
          what={t.police.category}
          t={t}
          rows={rowsOf(program.dispatch.policeCategories, policeContacts.byCategory)}
          words={d.policeCategories}
        />
      </section>
      <section aria-labelledby="evaluation-debriefs">
        <h2 id="evaluation-debriefs">{t.debriefs.heading}</h2>
        <Totals
          rows={[
            [t.debriefs.done, debriefs.done],
            [t.debriefs.notDone, debriefs.notDone],
          ]}
        />
      </section>
      <section aria-labelledby="evaluation-follow-ups">
        <h2 id="evaluation-follow-ups">{t.followUps.heading}</h2>
        <p class="hint">{t.followUps.hint}</p>
        <Totals
          rows={[
            [t.followUps.done, followUps.done],
            [t.followUps.missed, followUps.missed],
            [t.followUps.pending, followUps.pending],
          ]}
        />
      </section>
    </div>
  );
}

function Totals({ rows }: { rows: [string, number][] }): JSX.Element {
  return (
    <dl class="facts">
      {rows.map(([label, n]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{n}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One breakdown: a caption says what is counted, each row a category's words (or its id) and its number. */
function CountTable({
  caption,
  what,
  rows,
  words,
  t,
}: {
  caption: string;
  what: string;
  rows: [string, number][];
  words: Record<string, string>;
  t: EvaluationText;
}): JSX.Element {
  return (
    <table class="counts">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">{t.number}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([id, n]) => (
          <tr key={id} data-id={id}>
            <th scope="row">{wordFor(words, id)}</th>
            <td>{n}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
