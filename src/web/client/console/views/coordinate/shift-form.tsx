/**
 * Adding or moving a shift: a form, never dragging, so it works by keyboard, by screen reader and
 * on a phone. Moving a shift is changing its day and times here.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { api } from '../../api';
import { Choice, ErrorSummary, Field, problemFor, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { inputProps, problemsFrom, useFocusOnMount } from './parts';
import { isRestRefusal, REST_REASON_FIELD, RestOverride, restRefusalText, type RestOverrideReason } from './shift-rest';
import { collisionText, draftFrom, isOverlap, saveShift, type Draft, type Editing, type Kind } from './shift-save';
import { ROLES, WEEKDAYS, type Responder, type Role, type Shifts, type Tier, type Weekday } from './types';
import { cleanTime, isDate, weekdayOf } from './week-time';

interface Props {
  responders: Responder[];
  shifts: Shifts;
  editing?: Editing;
  /** The first day of the week on screen: where a new shift starts. */
  firstDay: string;
  onSaved: () => void;
  onCancel: () => void;
}

export function ShiftForm({ responders, shifts, editing, firstDay, onSaved, onCancel }: Props): JSX.Element {
  const text = useText();
  const { week: t, common } = text.coordinate;
  const lang = useLang();
  const base: Draft = {
    kind: 'weekly',
    responderId: '',
    role: 'phone',
    tier: 'primary',
    day: weekdayOf(firstDay),
    date: firstDay,
    start: '',
    end: '',
    from: firstDay,
    to: firstDay,
  };
  const [d, setD] = useState<Draft>(() => (editing ? draftFrom(editing, base) : base));
  // What is being moved: a refused one-off is put back under a new id, and this follows it.
  const [moving, setMoving] = useState(editing);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  // Set once a save is refused for a rest rule: the reasons and "Save anyway" are then offered.
  const [refused, setRefused] = useState('');
  const [reason, setReason] = useState<RestOverrideReason>();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setD((current) => ({ ...current, [key]: value }));
  const who = responders.find((r) => r.id === d.responderId);
  // In alphabetical order, so a name is found by typing its first letters in the list.
  const byName = [...responders].sort((a, b) => a.name.localeCompare(b.name, lang));

  function check(): { problems: Problem[]; draft: Draft } {
    const found: Problem[] = [];
    const draft = { ...d };
    if (!who) found.push({ field: 'shift-who', message: t.errors.whoMissing });
    else if (d.kind !== 'away' && !who.roles.includes(d.role))
      found.push({ field: 'shift-role', message: fill(t.errors.roleNotHeld, { name: who.name }) });
    if (d.kind === 'once' && !isDate(d.date)) found.push({ field: 'shift-date', message: t.errors.dateInvalid });
    if (d.kind !== 'away') {
      const start = cleanTime(d.start);
      const end = cleanTime(d.end, true);
      if (start === undefined) found.push({ field: 'shift-start', message: common.timeInvalid });
      if (end === undefined) found.push({ field: 'shift-end', message: common.timeInvalid });
      if (start !== undefined && end !== undefined && start === end) {
        found.push({ field: 'shift-end', message: t.errors.sameTime });
      }
      draft.start = start ?? d.start;
      draft.end = end ?? d.end;
    } else {
      if (!isDate(d.from)) found.push({ field: 'shift-from', message: t.errors.dateInvalid });
      if (!isDate(d.to)) found.push({ field: 'shift-to', message: t.errors.dateInvalid });
      else if (isDate(d.from) && d.to < d.from) found.push({ field: 'shift-to', message: t.errors.awayOrder });
    }
    return { problems: found, draft };
  }

  async function save(anyway: boolean): Promise<void> {
    if (busy) return;
    const { problems: found, draft } = check();
    if (anyway && reason === undefined)
      found.push({ field: REST_REASON_FIELD, message: text.careTime.refusal.reasonMissing });
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await saveShift(draft, moving, setMoving, anyway ? reason : undefined);
      onSaved();
    } catch (error) {
      setBusy(false);
      if (isRestRefusal(error)) {
        const message = restRefusalText(error, text.careTime.refusal, common.formProblem, lang);
        setRefused(message);
        setProblems([{ field: REST_REASON_FIELD, message }]);
        return;
      }
      if (isOverlap(error)) {
        // Both ends are named by the API; one message, at the start, is enough to act on.
        const field = draft.kind === 'away' ? 'shift-from' : 'shift-start';
        setProblems([
          { field, message: collisionText(error, who?.name ?? '', await freshShifts(shifts), t, common, lang) },
        ]);
        return;
      }
      const timeField =
        draft.kind === 'away'
          ? ['shift-from', 'shift-to']
          : [draft.kind === 'once' ? 'shift-date' : 'shift-start', 'shift-end'];
      setProblems(
        problemsFrom(
          error,
          [
            [/^\/responderId$/, 'shift-who', t.errors.whoMissing],
            [/^\/role$/, 'shift-role', fill(t.errors.roleNotHeld, { name: who?.name ?? '' })],
            [/^\/(start|day)$/, timeField[0], draft.kind === 'weekly' ? common.timeInvalid : t.errors.dateInvalid],
            [/^\/end$/, timeField[1], draft.kind === 'away' ? t.errors.tooLong : t.errors.sameTime],
          ],
          common.formProblem,
          text.shell.failed,
        ),
      );
    }
  }

  const select =
    <V extends string>(id: string, value: V, options: { value: V; label: string }[], onChange: (v: V) => void) =>
    (describedBy: string | undefined, invalid: boolean) => (
      <select
        id={id}
        name={id}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  const time =
    (id: string, value: string, onChange: (v: string) => void) =>
    (describedBy: string | undefined, invalid: boolean) => (
      <input
        type="text"
        inputMode="numeric"
        autoComplete="off"
        class="short"
        {...inputProps(id, value, onChange, describedBy, invalid)}
      />
    );
  const date =
    (id: string, value: string, onChange: (v: string) => void) =>
    (describedBy: string | undefined, invalid: boolean) => (
      <input type="date" class="short" {...inputProps(id, value, onChange, describedBy, invalid)} />
    );

  return (
    <form
      class="inline-form"
      onSubmit={(event) => (event.preventDefault(), void save(false))}
      noValidate
      aria-labelledby="shift-form-heading"
    >
      <h3 id="shift-form-heading" tabIndex={-1} ref={heading}>
        {editing ? t.editHeading : t.addHeading}
      </h3>
      <ErrorSummary problems={problems} />
      {editing ? null : (
        <Choice<Kind>
          name="shift-kind"
          legend={t.kind.legend}
          options={[
            { value: 'weekly', label: t.kind.weekly },
            { value: 'once', label: t.kind.once },
            { value: 'away', label: t.kind.away },
          ]}
          value={d.kind}
          onChange={set('kind')}
        />
      )}
      <Field
        id="shift-who"
        label={t.who.label}
        hint={d.kind === 'away' ? undefined : t.who.hint}
        error={problemFor(problems, 'shift-who')}
      >
        {select(
          'shift-who',
          d.responderId,
          [{ value: '', label: common.choose }, ...byName.map((r) => ({ value: r.id, label: r.name }))],
          set('responderId'),
        )}
      </Field>
      {d.kind === 'away' ? null : (
        <>
          <Field id="shift-role" label={t.role.label} hint={t.role.hint} error={problemFor(problems, 'shift-role')}>
            {select<Role>(
              'shift-role',
              d.role,
              ROLES.map((role) => ({ value: role, label: common.roles[role] })),
              set('role'),
            )}
          </Field>
          <Choice<Tier>
            name="shift-tier"
            legend={t.tier.legend}
            hint={t.tier.hint}
            options={[
              { value: 'primary', label: t.tier.primary },
              { value: 'backup', label: t.tier.backup },
            ]}
            value={d.tier}
            onChange={set('tier')}
          />
        </>
      )}
      {d.kind === 'weekly' ? (
        <Field id="shift-day" label={t.day} error={problemFor(problems, 'shift-day')}>
          {select<Weekday>(
            'shift-day',
            d.day,
            WEEKDAYS.map((day) => ({ value: day, label: common.weekdays[day] })),
            set('day'),
          )}
        </Field>
      ) : null}
      {d.kind === 'once' ? (
        <Field id="shift-date" label={t.date} error={problemFor(problems, 'shift-date')}>
          {date('shift-date', d.date, set('date'))}
        </Field>
      ) : null}
      {d.kind === 'away' ? (
        <>
          <Field id="shift-from" label={t.awayFrom} error={problemFor(problems, 'shift-from')}>
            {date('shift-from', d.from, set('from'))}
          </Field>
          <Field id="shift-to" label={t.awayTo} error={problemFor(problems, 'shift-to')}>
            {date('shift-to', d.to, set('to'))}
          </Field>
        </>
      ) : (
        <>
          <Field id="shift-start" label={t.start} hint={common.timeHint} error={problemFor(problems, 'shift-start')}>
            {time('shift-start', d.start, set('start'))}
          </Field>
          <Field id="shift-end" label={t.end.label} hint={t.end.hint} error={problemFor(problems, 'shift-end')}>
            {time('shift-end', d.end, set('end'))}
          </Field>
        </>
      )}
      {refused ? (
        <RestOverride
          refusal={refused}
          reason={reason}
          error={problemFor(problems, REST_REASON_FIELD)}
          onReason={setReason}
          onSaveAnyway={() => void save(true)}
        />
      ) : null}
      <div class="button-row">
        <button type="submit" class="button">
          {editing ? t.submitEdit : t.submitAdd}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </form>
  );
}

/** The collision may be a shift added since the page loaded: look it up again before naming it. */
async function freshShifts(known: Shifts): Promise<Shifts> {
  try {
    return await api<Shifts>('GET', '/api/shifts');
  } catch {
    return known;
  }
}
