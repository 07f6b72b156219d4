/**
 * Opening hours: always open, or a list of weekly spans (a day, when it opens, when it closes),
 * one row each, so a day can have two spans and a span can run past midnight. Special dates
 * (holidays) are kept as they are; this page does not edit them yet.
 */
import type { JSX } from 'preact';
import { fill } from '../../../../../i18n/catalog';
import { Choice, problemFor } from '../../components';
import { useText } from '../../context';
import { inputProps } from './parts';
import type { HoursRow } from './settings-draft';
import type { SectionProps } from './settings-sections';
import { WEEKDAYS, type Weekday } from './types';

export function HoursSection({ d, set, problems, exceptions }: SectionProps & { exceptions: number }): JSX.Element {
  const text = useText();
  const { settings: t, common } = text.coordinate;
  const rows = d.hours;
  const change = (i: number, patch: Partial<HoursRow>) =>
    set({ hours: rows.map((row, j) => (j === i ? { ...row, ...patch } : row)) });

  function remove(i: number): void {
    set({ hours: rows.filter((_, j) => j !== i) });
    // The row and its button are gone: keep the keyboard in the list.
    requestAnimationFrame(() => document.getElementById(i > 0 ? `hours-${i - 1}-day` : 'settings-add-hours')?.focus());
  }

  function add(): void {
    const last = rows[rows.length - 1];
    const next = WEEKDAYS[(WEEKDAYS.indexOf(last?.day ?? 'sun') + 1) % 7] ?? 'mon';
    set({ hours: [...rows, { day: next, start: last?.start ?? '', end: last?.end ?? '' }] });
    requestAnimationFrame(() => document.getElementById(`hours-${rows.length}-day`)?.focus());
  }

  const error = (id: string) => problemFor(problems, id);
  const errorLine = (id: string) =>
    error(id) ? (
      <p class="field-error" id={`${id}-error`}>
        <span class="visually-hidden">{text.shell.errorPrefix} </span>
        {error(id)}
      </p>
    ) : null;
  const time = (i: number, part: 'start' | 'end', label: string) => {
    const id = `hours-${i}-${part}`;
    const row = rows[i];
    return (
      <div class={error(id) ? 'field has-error' : 'field'}>
        <label for={id}>{label}</label>
        {errorLine(id)}
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          class="short"
          {...inputProps(
            id,
            row?.[part] ?? '',
            (value) => change(i, { [part]: value }),
            [part === 'end' ? 'hours-hint' : '', error(id) ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined,
            error(id) !== undefined,
          )}
        />
      </div>
    );
  };

  return (
    <section aria-labelledby="hours-heading">
      <h2 id="hours-heading">{t.hoursHeading}</h2>
      <Choice<'always' | 'set'>
        name="settings-hours"
        legend={t.hoursMode.legend}
        options={[
          { value: 'always', label: t.hoursMode.always },
          { value: 'set', label: t.hoursMode.set },
        ]}
        value={d.alwaysOpen ? 'always' : 'set'}
        onChange={(mode) => set({ alwaysOpen: mode === 'always' })}
      />
      {d.alwaysOpen ? null : (
        <div class="hours-rows">
          <p class="hint" id="hours-hint">
            {common.timeHint} {t.closes.hint}
          </p>
          {rows.map((row, i) => (
            <fieldset class="hours-row" key={i}>
              <legend>{fill(t.hoursRow, { n: i + 1 })}</legend>
              <div class="field">
                <label for={`hours-${i}-day`}>{t.day}</label>
                <select
                  id={`hours-${i}-day`}
                  onChange={(event) => change(i, { day: (event.currentTarget as HTMLSelectElement).value as Weekday })}
                >
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={day} selected={row.day === day}>
                      {common.weekdays[day]}
                    </option>
                  ))}
                </select>
              </div>
              {time(i, 'start', t.opens)}
              {time(i, 'end', t.closes.label)}
              <button type="button" class="button secondary" onClick={() => remove(i)}>
                {t.removeHours}
                <span class="visually-hidden"> {fill(t.hoursRow, { n: i + 1 })}</span>
              </button>
            </fieldset>
          ))}
          {errorLine('settings-add-hours')}
          <button type="button" class="button secondary" id="settings-add-hours" onClick={add}>
            {t.addHours}
          </button>
        </div>
      )}
      {exceptions > 0 ? <p class="hint">{fill(t.exceptionsKept, { count: exceptions })}</p> : null}
    </section>
  );
}
