/**
 * What a team member does from their phone, with big buttons: answer when asked (accept with
 * minutes away, or decline), then say where they are (on my way with an ETA, here, leaving, clear),
 * check in, and ask for backup (after an in-page confirmation). The police-presence guidance is
 * one tap away, a disclosure button that shows the program's words in full.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { ErrorSummary, Field, problemFor, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { formatTime } from '../../time';
import { ConfirmPanel, inputProps, useFocusLater } from '../coordinate/parts';
import {
  answer,
  askBackup,
  checkIn,
  OUT_STATUSES,
  setStatus,
  type FieldResponse,
  type Member,
  type OutStatus,
  type ProgramForField,
} from './data';
import { memberStatus } from './summary';

interface PanelProps {
  response: FieldResponse;
  member: Member;
  program: ProgramForField;
  onDone: (message: string) => void;
}

/** Whole minutes from 0 to 600, or undefined. */
function minutesOf(value: string): number | undefined {
  if (!/^\s*\d{1,3}\s*$/.test(value)) return undefined;
  const minutes = Number(value);
  return minutes <= 600 ? minutes : undefined;
}

function failure(error: unknown, t: ReturnType<typeof useText>['dispatch']['response']): string {
  if (error instanceof ApiError && error.status === 409) return t.errors.teamFull;
  if (error instanceof ApiError && (error.status === 403 || error.status === 404)) return t.errors.notAllowed;
  if (error instanceof ApiError && error.status < 500) return t.errors.general;
  return t.errors.failed;
}

export function AnswerPanel({ response, member, program, onDone }: PanelProps): JSX.Element {
  const text = useText();
  const t = text.dispatch.response;
  const lang = useLang();
  const [eta, setEta] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);
  const needsEta = member.role === 'field';

  async function send(accept: boolean): Promise<void> {
    if (working) return;
    const minutes = minutesOf(eta);
    if (accept && needsEta && minutes === undefined) {
      setProblems([{ field: 'eta', message: t.errors.eta }]);
      return;
    }
    setProblems([]);
    setWorking(true);
    try {
      await answer(response.id, accept, accept ? minutes : undefined);
      onDone(accept ? t.accepted : t.declined);
    } catch (error) {
      setProblems([{ message: failure(error, t) }]);
    } finally {
      setWorking(false);
    }
  }

  return (
    <section class="panel field-now" aria-labelledby="answer-heading">
      <h2 id="answer-heading">{t.askedHeading}</h2>
      <ErrorSummary problems={problems} />
      <p>{t.askedIntro}</p>
      <p class="hint">{fill(t.answerBy, { time: formatTime(member.answerBy, lang, program.timeZone) })}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
        noValidate
        autoComplete="off"
      >
        {needsEta ? (
          <Field id="eta" label={t.eta.label} hint={t.eta.hint} error={problemFor(problems, 'eta')}>
            {(describedBy, invalid) => (
              <input
                type="text"
                inputMode="numeric"
                class="short"
                autoComplete="off"
                {...inputProps('eta', eta, setEta, describedBy, invalid)}
              />
            )}
          </Field>
        ) : null}
        <div class="big-buttons">
          <button type="submit" class="button big">
            {t.accept}
          </button>
          <button type="button" class="button big secondary" onClick={() => void send(false)}>
            {t.decline}
          </button>
        </div>
      </form>
    </section>
  );
}

const STATUS_WORD: Record<OutStatus, 'onMyWay' | 'here' | 'leaving' | 'clear'> = {
  on_the_way: 'onMyWay',
  on_scene: 'here',
  leaving: 'leaving',
  clear: 'clear',
};

export function OutPanel({ response, member, program, onDone }: PanelProps): JSX.Element {
  const text = useText();
  const d = text.dispatch;
  const t = d.response;
  const lang = useLang();
  const [eta, setEta] = useState(member.etaMinutes === null ? '' : String(member.etaMinutes));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [confirming, setConfirming] = useState(false);
  const focusLater = useFocusLater();
  const position = OUT_STATUSES.indexOf(member.status as OutStatus);
  // Statuses are for field members; the support person checks in (and may ask for backup) instead.
  const next = member.role === 'field' ? OUT_STATUSES.filter((_, index) => index > position) : [];

  async function move(status: OutStatus): Promise<void> {
    const minutes = minutesOf(eta);
    if (status === 'on_the_way' && eta.trim() !== '' && minutes === undefined) {
      setProblems([{ field: 'otw-eta', message: t.errors.eta }]);
      return;
    }
    setProblems([]);
    try {
      await setStatus(response.id, status, status === 'on_the_way' ? minutes : undefined);
      onDone(t.statusSaved);
    } catch (error) {
      setProblems([{ message: failure(error, t) }]);
    }
  }

  async function safe(): Promise<void> {
    try {
      await checkIn(response.id);
      onDone(t.checkedIn);
    } catch (error) {
      setProblems([{ message: failure(error, t) }]);
    }
  }

  async function backup(): Promise<void> {
    setConfirming(false);
    try {
      await askBackup(response.id);
      onDone(t.backupSent);
    } catch (error) {
      setProblems([{ message: failure(error, t) }]);
    }
    focusLater('backup');
  }

  return (
    <section class="panel field-now" aria-labelledby="out-heading">
      <h2 id="out-heading">{t.statusHeading}</h2>
      <ErrorSummary problems={problems} />
      <p class="lead" id="my-status">
        {fill(t.yourStatus, { status: memberStatus(member, d, lang) })}
      </p>
      {next.includes('on_the_way') ? (
        <Field id="otw-eta" label={t.eta.label} hint={t.eta.hint} error={problemFor(problems, 'otw-eta')}>
          {(describedBy, invalid) => (
            <input
              type="text"
              inputMode="numeric"
              class="short"
              autoComplete="off"
              {...inputProps('otw-eta', eta, setEta, describedBy, invalid)}
            />
          )}
        </Field>
      ) : null}
      {next.length > 0 ? (
        <div class="big-buttons">
          {next.map((status) => (
            <button key={status} type="button" class="button big" onClick={() => void move(status)}>
              {t[STATUS_WORD[status]]}
            </button>
          ))}
        </div>
      ) : null}
      {/* Check-ins count once the team is formed: before that there is no clock to reset. */}
      {response.state === 'formed' ? (
        <p class="hint" id="check-in-hint">
          {response.checkInDueAt !== null
            ? fill(t.checkInHint, { time: formatTime(response.checkInDueAt, lang, program.timeZone) })
            : ''}
        </p>
      ) : null}
      <div class="big-buttons">
        {response.state === 'formed' ? (
          <button
            type="button"
            class="button big"
            id="check-in"
            aria-describedby="check-in-hint"
            onClick={() => void safe()}
          >
            {t.checkIn}
          </button>
        ) : null}
        <button
          type="button"
          class="button big warning-button"
          id="backup"
          aria-expanded={confirming}
          onClick={() => setConfirming(true)}
        >
          {t.backup}
        </button>
      </div>
      {confirming ? (
        <ConfirmPanel
          id="confirm-backup"
          heading={t.backupHeading}
          confirm={t.backupConfirm}
          danger
          onConfirm={() => void backup()}
          onCancel={() => {
            setConfirming(false);
            focusLater('backup');
          }}
        >
          <p>{t.backupBody}</p>
        </ConfirmPanel>
      ) : null}
    </section>
  );
}

/** The program's words for when police show up uninvited, one tap away while a response is open. */
export function PoliceGuidance({
  response,
  program,
}: {
  response: FieldResponse;
  program: ProgramForField;
}): JSX.Element {
  const t = useText().dispatch.response;
  const lang = useLang();
  const [shown, setShown] = useState(false);
  // The program's words in the page's language (it can change in place), else as the API chose them.
  const words =
    program.dispatch.policeGuidance[lang] ??
    response.guidance.police ??
    program.dispatch.policeGuidance[program.languages[0] ?? 'en'] ??
    '';
  return (
    <div class="police-guidance">
      <button
        type="button"
        class="button big secondary"
        aria-expanded={shown}
        aria-controls="police-guidance"
        onClick={() => setShown(!shown)}
      >
        {t.policeButton}
      </button>
      <section id="police-guidance" aria-labelledby="police-heading" hidden={!shown} class="notice">
        <h2 id="police-heading">{t.policeHeading}</h2>
        <p class="guidance">{words}</p>
      </section>
    </div>
  );
}
