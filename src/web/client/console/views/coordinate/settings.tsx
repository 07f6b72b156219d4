/**
 * Program settings, for coordinators: the line (name, number, time zone, languages, what the
 * team responds to), hours, ringing, what callers hear in each language, texting, how long things
 * are kept, the emergency plan, and whether the provider sends the line to Kith. The settings are one form and one save, because the server
 * checks them as a whole; the plan is its own form, saved on its own. Burn comes last, set apart.
 */
import type { JSX } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api, ApiError } from '../../api';
import { ErrorSummary, ViewHeading, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { useLive } from '../../live';
import { useLoad } from '../../load';
import { languageName, NotYet, problemsFrom, type FieldRule } from './parts';
import { BurnSection } from './settings-burn';
import { CareSection } from './settings-care';
import { CARE_NUMBERS, careError, careFieldId } from './settings-care-draft';
import {
  checkDraft,
  draftOf,
  emptyMoreMessages,
  patchOf,
  RETENTION_FIELDS,
  retentionFieldId,
  TEXTING_NUMBERS,
  textingFieldId,
  type SettingsDraft,
  type SettingsProgram,
} from './settings-draft';
import { HoursSection } from './settings-hours';
import { LineCheckSection } from './settings-line-check';
import { MessagesSection } from './settings-messages';
import { PlanForm } from './settings-plan';
import { BriefingsSection } from './settings-briefings';
import { RetentionSection } from './settings-retention';
import { LineSection, RingingSection } from './settings-sections';
import { TextingSection } from './settings-texting';
import { MESSAGE_KEYS, messageFieldId, type AnyMessageWord, type Plan, type Program } from './types';

type Which = 'settings' | 'plan' | 'burn';

export function SettingsView(): JSX.Element {
  const t = useText().coordinate.settings;
  const program = useLoad(() => api<SettingsProgram>('GET', '/api/program'), 'program');
  const plan = useLoad(() => api<Plan>('GET', '/api/program/plan'), 'plan');
  const { reload: reloadProgram } = program;
  const { reload: reloadPlan } = plan;
  // One stable callback, so the live subscription is not remade on every render.
  const refresh = useCallback(() => (reloadProgram(), reloadPlan()), [reloadProgram, reloadPlan]);
  useLive(['program'], refresh);
  const [problems, setProblems] = useState<{ which: Which; list: Problem[] }>({ which: 'settings', list: [] });
  const report = (which: Which) => (list: Problem[]) => setProblems({ which, list });
  const shown = (which: Which) => (problems.which === which ? problems.list : []);

  if (!program.data || !plan.data) {
    return (
      <NotYet title={t.title} failed={program.failed || plan.failed} retry={() => (program.reload(), plan.reload())} />
    );
  }
  return (
    <>
      <ViewHeading title={t.title}>{t.heading}</ViewHeading>
      <p>{t.intro}</p>
      <SettingsForm
        program={program.data}
        problems={shown('settings')}
        onProblems={report('settings')}
        onSaved={program.reload}
      />
      <PlanForm
        plan={plan.data}
        timeZone={program.data.timeZone}
        problems={shown('plan')}
        onProblems={report('plan')}
        onSaved={plan.reload}
      />
      <BriefingsSection timeZone={program.data.timeZone} />
      <LineCheckSection />
      <BurnSection
        name={program.data.name}
        timeZone={program.data.timeZone}
        problems={shown('burn')}
        onProblems={report('burn')}
      />
    </>
  );
}

/**
 * The server names the messages a language still needs beyond the main four together
 * (`/messages/ht`, to keep its answer short); the form has a box for each, so each empty one is
 * named at its own box instead.
 */
function eachMessageNamed(error: unknown, d: SettingsDraft): unknown {
  if (!(error instanceof ApiError)) return error;
  const fields = error.fields.flatMap((problem) => {
    const language = /^\/messages\/([^/]+)$/.exec(problem.field)?.[1];
    const empty = language === undefined ? [] : emptyMoreMessages(d, language);
    return empty.length === 0
      ? [problem]
      : empty.map((key) => ({ ...problem, field: `/messages/${language ?? ''}/${key}` }));
  });
  return new ApiError(error.status, error.code, fields, error.retryAfter, error.conflictsWith);
}

interface FormProps {
  program: SettingsProgram;
  problems: Problem[];
  onProblems: (problems: Problem[]) => void;
  onSaved: () => void;
}

function SettingsForm({ program, problems, onProblems, onSaved }: FormProps): JSX.Element {
  const text = useText();
  const { settings: t, common } = text.coordinate;
  const lang = useLang();
  // The working copy is made once: a live update must not wipe out what is being typed.
  const [d, setD] = useState<SettingsDraft>(() => draftOf(program));
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<SettingsDraft>) => setD((current) => ({ ...current, ...patch }));

  const messageLabel = (key: string) =>
    (MESSAGE_KEYS as readonly string[]).includes(key)
      ? t.messages[key as (typeof MESSAGE_KEYS)[number]]
      : (t.moreMessages.labels[key as Exclude<AnyMessageWord, (typeof MESSAGE_KEYS)[number]>] ?? key);
  const rules: FieldRule[] = [
    [/^\/name$/, 'settings-name', t.errors.nameMissing],
    [/^\/phoneNumber$/, 'settings-phone', t.errors.phoneInvalid],
    [/^\/timeZone$/, 'settings-zone', t.errors.timeZoneInvalid],
    [/^\/defaultCountry$/, 'settings-country', t.errors.countryInvalid],
    [/^\/languages(\/\d+)?$/, 'settings-languages', t.errors.languagesInvalid],
    [
      /^\/acknowledgeDraft\/([^/]+)$/,
      (m) => `acknowledge-draft-${m[1] ?? ''}`,
      (m) => fill(t.languageStatus.needsAcknowledging, { language: languageName(m[1] ?? '', lang) }),
    ],
    // The messages this form has no box for, named together (src/program/validate.ts).
    [
      /^\/messages\/([^/]+)$/,
      undefined,
      (m) => fill(t.languageStatus.none, { language: languageName(m[1] ?? '', lang) }),
    ],
    [/^\/ringTimeoutSeconds$/, 'settings-timeout', t.errors.timeoutInvalid],
    [/^\/ringStrategy$/, 'settings-strategy-simultaneous', common.formProblem],
    [/^\/hours\/weekly\/(\d+)\/start$/, (m) => `hours-${m[1] ?? 0}-start`, t.errors.hoursInvalid],
    [/^\/hours\/weekly\/(\d+)(\/end)?$/, (m) => `hours-${m[1] ?? 0}-end`, t.errors.hoursInvalid],
    // Several boxes can miss their words at once: each message says which box it is.
    [
      /^\/messages\/([^/]+)\/([\w.]+)$/,
      (m) => messageFieldId(m[1] ?? '', (m[2] ?? 'greeting') as AnyMessageWord),
      (m) => `${messageLabel(m[2] ?? 'greeting')} (${languageName(m[1] ?? '', lang)}): ${t.errors.messageMissing}`,
    ],
    ...TEXTING_NUMBERS.map((field): FieldRule => [
      new RegExp(`^/texting/${field}$`),
      textingFieldId(field),
      t.texting.errors[field],
    ]),
    [/^\/texting\/blockMessage$/, textingFieldId('blockMessage'), t.texting.errors.blockMessage],
    [/^\/texting\/quickExitUrl$/, textingFieldId('quickExitUrl'), t.texting.errors.quickExitUrl],
    // One rule per settable retention class, from the table (src/retention/classes.ts).
    ...RETENTION_FIELDS.map((field): FieldRule => [
      new RegExp(`^/retention/${field}$`),
      retentionFieldId(field),
      t.retention.errors[field],
    ]),
    ...CARE_NUMBERS.map((field): FieldRule => [
      new RegExp(`^/care/${field}$`),
      careFieldId(field),
      careError(field, text.careTime.settings),
    ]),
  ];

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    setStatus('');
    const found = checkDraft(d, t, common, text.careTime.settings);
    onProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await api<Program>('PATCH', '/api/program', patchOf(d, program));
      setStatus(t.saved);
      onSaved();
    } catch (error) {
      onProblems(problemsFrom(eachMessageNamed(error, d), rules, common.formProblem, text.shell.failed));
    } finally {
      setBusy(false);
    }
  }

  const save = () => (
    <button type="submit" class="button">
      {t.save}
    </button>
  );
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-label={t.heading}>
      <ErrorSummary problems={problems} />
      <LineSection d={d} set={set} problems={problems} />
      {save()}
      <HoursSection d={d} set={set} problems={problems} exceptions={program.hours.exceptions.length} />
      {save()}
      <RingingSection d={d} set={set} problems={problems} />
      {save()}
      <MessagesSection d={d} set={set} problems={problems} spoken={program.spoken} enabled={program.languages} />
      {save()}
      <TextingSection d={d} set={set} problems={problems} />
      {save()}
      <RetentionSection d={d} set={set} problems={problems} />
      {save()}
      <CareSection d={d} set={set} problems={problems} />
      {save()}
      {/* Stays in view at the bottom of the screen, so the answer is seen after any of the Save buttons. */}
      <p class="status sticky-status" role="status">
        {status}
      </p>
    </form>
  );
}
