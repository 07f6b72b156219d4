/**
 * After a response (`/console/field/after`): the debriefs I hold (as the support person) and the
 * ones I attend, each marked done with optional words sealed here to the people in that debrief;
 * and my follow-ups, with when in the program's time zone, marked done. Refreshed on `dispatch`.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { PublicIdentity } from '@server/crypto/e2e';
import { Failed, Field, Status, ViewHeading } from '../../components';
import { useAccount, useLang, useText } from '../../context';
import { loadCrypto } from '../../keys';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { formatTime } from '../../time';
import { inputProps } from '../coordinate/parts';
import { teammates } from '../teammate-select';
import { enrolled, type Teammate } from '../teammate-select';
import {
  callThrough,
  debriefDone,
  debriefRecordId,
  followUpDone,
  textThrough,
  listDebriefs,
  listFollowUps,
  programForField,
  type Debrief,
  type Debriefs,
  type FollowUp,
} from './data';

interface AfterData {
  timeZone: string;
  debriefs: Debriefs;
  followUps: FollowUp[];
  team: Teammate[];
}

async function loadAfter(): Promise<AfterData> {
  const [program, debriefs, followUps, team] = await Promise.all([
    programForField(),
    listDebriefs(),
    listFollowUps(),
    teammates(),
  ]);
  return { timeZone: program.timeZone, debriefs, followUps, team };
}

export function AfterView(): JSX.Element {
  const text = useText();
  const t = text.dispatch.after;
  const me = useAccount().responderId;
  const data = useLoad(loadAfter, `after:${me}`);
  useLive(['dispatch'], data.reload);
  const [status, setStatus] = useState('');
  // Announced once the page shows the change, so what is heard matches what is there.
  const done = (message: string) => void data.reload().then(() => setStatus(message));

  const body = (): JSX.Element => {
    if (!data.data) return data.failed ? <Failed retry={data.reload} /> : <Status message={text.shell.loading} />;
    const { debriefs, followUps, team, timeZone } = data.data;
    return (
      <>
        <section aria-labelledby="debriefs-heading">
          <h2 id="debriefs-heading">{t.debriefsHeading}</h2>
          <h3>{t.holdHeading}</h3>
          {debriefs.hold.length === 0 ? (
            <p>{t.holdNone}</p>
          ) : (
            <DebriefList debriefs={debriefs.hold} holding team={team} onDone={done} />
          )}
          <h3>{t.attendHeading}</h3>
          {debriefs.attend.length === 0 ? (
            <p>{t.attendNone}</p>
          ) : (
            <DebriefList debriefs={debriefs.attend} holding={false} team={team} onDone={done} />
          )}
        </section>
        <section aria-labelledby="follow-ups-heading">
          <h2 id="follow-ups-heading">{t.followUpsHeading}</h2>
          {followUps.length === 0 ? (
            <p>{t.followUpsNone}</p>
          ) : (
            <FollowUps followUps={followUps} timeZone={timeZone} onDone={done} />
          )}
        </section>
      </>
    );
  };

  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <p>
        <a href="/console/field" data-route>
          {text.dispatch.response.allResponses}
        </a>
      </p>
      <Status message={status} />
      {body()}
    </>
  );
}

function DebriefList({
  debriefs,
  holding,
  team,
  onDone,
}: {
  debriefs: Debrief[];
  holding: boolean;
  team: Teammate[];
  onDone: (message: string) => void;
}): JSX.Element {
  return (
    <ul class="cards">
      {debriefs.map((debrief) => (
        <li key={`${debrief.responseId}:${debrief.responderId}`} class="card" data-done={debrief.doneAt !== null}>
          <DebriefCard debrief={debrief} holding={holding} team={team} onDone={onDone} />
        </li>
      ))}
    </ul>
  );
}

function DebriefCard({
  debrief,
  holding,
  team,
  onDone,
}: {
  debrief: Debrief;
  holding: boolean;
  team: Teammate[];
  onDone: (message: string) => void;
}): JSX.Element {
  const text = useText();
  const t = text.dispatch.after;
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState('');
  const { alias } = debrief;
  const title = holding
    ? fill(t.debriefWith, { alias, name: debrief.responderName })
    : debrief.supportName
      ? fill(t.debriefHeldBy, { alias, name: debrief.supportName })
      : fill(t.debriefNoHolder, { alias });
  const id = `debrief-${debrief.responseId}-${debrief.responderId}`;

  async function markDone(event: Event): Promise<void> {
    event.preventDefault();
    setProblem('');
    try {
      let record;
      if (words.trim() !== '') {
        const e2e = await loadCrypto();
        // Sealed to exactly the people in this debrief: the one who went and the one who holds it
        // (the server refuses any other reader, and anyone who has no key yet).
        const readers: PublicIdentity[] = team
          .filter(enrolled)
          .filter((person) => person.id === debrief.responderId || person.id === debrief.supportId)
          .map((person) => ({ keyId: person.keyId, publicKey: person.publicKey }));
        record = e2e.sealRecord({ recordId: debriefRecordId(debrief), plaintext: words.trim(), readers });
      }
      await debriefDone(debrief, record);
      setWords('');
      onDone(t.debriefSaved);
    } catch {
      setProblem(t.failed);
    }
  }

  return (
    <>
      <p class="card-title">{title}</p>
      <p>{debrief.doneAt !== null ? t.done : t.notDone}</p>
      {debrief.doneAt === null ? (
        <form onSubmit={(event) => void markDone(event)} noValidate autoComplete="off">
          <Field id={`${id}-words`} label={t.words.label} hint={t.words.hint} error={problem || undefined}>
            {(describedBy, invalid) => (
              <textarea
                rows={3}
                spellcheck={false}
                autoComplete="off"
                {...inputProps(`${id}-words`, words, setWords, describedBy, invalid)}
              />
            )}
          </Field>
          <button type="submit" class="button secondary" aria-label={`${t.markDone}: ${title}`}>
            {t.markDone}
          </button>
        </form>
      ) : null}
    </>
  );
}

function FollowUps({
  followUps,
  timeZone,
  onDone,
}: {
  followUps: FollowUp[];
  timeZone: string;
  onDone: (message: string) => void;
}): JSX.Element {
  const text = useText();
  const t = text.dispatch.after;
  const lang = useLang();
  const [problem, setProblem] = useState('');
  const sorted = [...followUps].sort((a, b) => a.dueAt - b.dueAt);

  async function done(followUp: FollowUp): Promise<void> {
    setProblem('');
    try {
      await followUpDone(followUp.id);
      onDone(t.followUpSaved);
    } catch {
      setProblem(t.failed);
    }
  }

  return (
    <>
      {problem ? (
        <p role="alert" class="field-error">
          {problem}
        </p>
      ) : null}
      <ul class="plain-list">
        {sorted.map((followUp) => {
          const line = fill(t.followUp, {
            kind: text.dispatch.followUpKinds[followUp.kind],
            alias: followUp.alias,
            time: formatTime(followUp.dueAt, lang, timeZone, true),
          });
          return (
            <li key={followUp.id} data-done={followUp.doneAt !== null}>
              <p>{line}</p>
              {followUp.missed && followUp.doneAt === null ? <p class="attention">{t.missed}</p> : null}
              {followUp.doneAt === null ? <Reach followUp={followUp} onDone={onDone} /> : null}
              {followUp.doneAt === null ? (
                <button
                  type="button"
                  class="button secondary"
                  aria-label={`${t.followUpDone}: ${line}`}
                  onClick={() => void done(followUp)}
                >
                  {t.followUpDone}
                </button>
              ) : (
                <p>{t.done}</p>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A call or text follow-up reaches the person through the line: nobody's number is shown here. */
function Reach({ followUp, onDone }: { followUp: FollowUp; onDone: (message: string) => void }): JSX.Element | null {
  const t = useText().dispatch.after;
  const [words, setWords] = useState('');
  const [problem, setProblem] = useState('');
  if (followUp.kind === 'accompany') return null;
  if (followUp.contactHeld === false) return <p class="hint">{t.noContact}</p>;
  const id = `follow-up-${followUp.id}`;

  async function call(): Promise<void> {
    setProblem('');
    try {
      await callThrough(followUp.id);
      onDone(t.calling);
    } catch {
      setProblem(t.failed);
    }
  }

  async function text(event: Event): Promise<void> {
    event.preventDefault();
    if (words.trim() === '') return setProblem(t.textMissing);
    if (Array.from(words).length > 640) return setProblem(t.textTooLong);
    setProblem('');
    try {
      await textThrough(followUp.id, words.trim());
      setWords(''); // the words leave this page once sent, as the server keeps none
      onDone(t.textSent);
    } catch {
      setProblem(t.failed);
    }
  }

  if (followUp.kind === 'call') {
    return (
      <>
        <p class="hint" id={`${id}-call-hint`}>
          {t.callThemHint}
        </p>
        {problem ? (
          <p class="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="button" class="button" aria-describedby={`${id}-call-hint`} onClick={() => void call()}>
          {t.callThem}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={(event) => void text(event)} noValidate autoComplete="off">
      <Field id={`${id}-text`} label={t.textThem.label} hint={t.textThem.hint} error={problem || undefined}>
        {(describedBy, invalid) => (
          <textarea
            rows={3}
            spellcheck={false}
            autoComplete="off"
            {...inputProps(`${id}-text`, words, setWords, describedBy, invalid)}
          />
        )}
      </Field>
      <button type="submit" class="button">
        {t.sendText}
      </button>
    </form>
  );
}
