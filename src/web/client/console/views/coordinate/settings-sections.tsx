/** The settings form's sections about the line itself and about ringing. */
import type { JSX } from 'preact';
import { Choice, Field, problemFor, type Problem } from '../../components';
import { useText } from '../../context';
import { Checkboxes, inputProps, NumberField } from './parts';
import type { SettingsDraft } from './settings-draft';
import { SCOPES } from './types';

export interface SectionProps {
  d: SettingsDraft;
  set: (patch: Partial<SettingsDraft>) => void;
  problems: Problem[];
}

export function LineSection({ d, set, problems }: SectionProps): JSX.Element {
  const t = useText().coordinate.settings;
  const text = (
    id: string,
    label: { label: string; hint: string },
    value: string,
    key: keyof SettingsDraft,
    extra: Record<string, string> = {},
  ) => (
    <Field id={id} label={label.label} hint={label.hint} error={problemFor(problems, id)}>
      {(describedBy, invalid) => (
        <input
          type="text"
          autoComplete="off"
          spellcheck={false}
          {...extra}
          {...inputProps(id, value, (v) => set({ [key]: v }), describedBy, invalid)}
        />
      )}
    </Field>
  );
  return (
    <section aria-labelledby="line-heading">
      <h2 id="line-heading">{t.lineHeading}</h2>
      {text('settings-name', t.name, d.name, 'name')}
      {text('settings-phone', t.phoneNumber, d.phoneNumber, 'phoneNumber', { type: 'tel', dir: 'ltr' })}
      {text('settings-zone', t.timeZone, d.timeZone, 'timeZone', { dir: 'ltr' })}
      {text('settings-country', t.defaultCountry, d.defaultCountry, 'defaultCountry', { class: 'short' })}
      {text('settings-languages', t.languages, d.languages, 'languages')}
      <Checkboxes
        name="settings-scope"
        legend={t.respondsTo.legend}
        hint={t.respondsTo.hint}
        error={problemFor(problems, `settings-scope-${SCOPES[0] ?? 'emergency'}`)}
        options={SCOPES.map((scope) => ({ value: scope, label: t.respondsTo[scope] }))}
        values={d.respondsTo}
        onChange={(respondsTo) => set({ respondsTo: SCOPES.filter((s) => respondsTo.includes(s)) })}
      />
    </section>
  );
}

export function RingingSection({ d, set, problems }: SectionProps): JSX.Element {
  const t = useText().coordinate.settings;
  return (
    <section aria-labelledby="ringing-heading">
      <h2 id="ringing-heading">{t.ringingHeading}</h2>
      <Choice<SettingsDraft['ringStrategy']>
        name="settings-strategy"
        legend={t.strategy.legend}
        hint={t.strategy.hint}
        error={problemFor(problems, 'settings-strategy-simultaneous')}
        options={[
          { value: 'simultaneous', label: t.strategy.simultaneous },
          { value: 'in_order', label: t.strategy.inOrder },
        ]}
        value={d.ringStrategy}
        onChange={(ringStrategy) => set({ ringStrategy })}
      />
      <NumberField
        id="settings-timeout"
        label={t.timeout.label}
        hint={t.timeout.hint}
        error={problemFor(problems, 'settings-timeout')}
        value={d.ringTimeout}
        set={(ringTimeout) => set({ ringTimeout })}
      />
    </section>
  );
}
