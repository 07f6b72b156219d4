/**
 * The settings form's "Rest and cool-down" (issue 17): the three rest rules, each optional, and
 * whether a responder is offered a few minutes off the line after a hard or long call; and whether
 * swaps and time away wait for a coordinator's approval.
 */
import type { JSX } from 'preact';
import { problemFor } from '../../components';
import { useText } from '../../context';
import { NumberField } from './parts';
import { type CARE_NUMBERS, careFieldId, type CareDraft } from './settings-care-draft';
import type { SectionProps } from './settings-sections';

export function CareSection({ d, set, problems }: SectionProps): JSX.Element {
  const text = useText();
  const t = text.careTime.settings;
  const change = (patch: Partial<CareDraft>) => set({ care: { ...d.care, ...patch } });
  const coolId = careFieldId('coolDown');
  const number = (field: (typeof CARE_NUMBERS)[number]) => {
    const id = careFieldId(field);
    const words =
      field === 'coolDownMinutes' || field === 'longCallMinutes'
        ? t[field]
        : { ...t.rules[field], hint: `${t.rules[field].hint} ${t.offHint}` };
    return (
      <NumberField
        key={field}
        id={id}
        label={words.label}
        hint={words.hint}
        error={problemFor(problems, id)}
        value={d.care[field]}
        set={(value) => change({ [field]: value })}
      />
    );
  };
  return (
    <section aria-labelledby="care-heading">
      <h2 id="care-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {number('weekHours')}
      {number('restHours')}
      {number('stretchHours')}
      <div class="field">
        <div class="checkbox">
          <input
            type="checkbox"
            id={coolId}
            name={coolId}
            checked={d.care.coolDown}
            aria-describedby={`${coolId}-hint`}
            onChange={(event) => change({ coolDown: event.currentTarget.checked })}
          />
          <div>
            <label for={coolId}>{t.coolDown.label}</label>
            <p class="hint option-hint" id={`${coolId}-hint`}>
              {t.coolDown.hint}
            </p>
          </div>
        </div>
      </div>
      {number('coolDownMinutes')}
      {number('longCallMinutes')}
      {(['swapsNeedApproval', 'awayNeedsApproval'] as const).map((field) => {
        // Swaps and time away (src/rota/swaps/): whether each waits for a coordinator.
        const id = careFieldId(field);
        const words = text.swaps.settings[field];
        return (
          <div class="field" key={field}>
            <div class="checkbox">
              <input
                type="checkbox"
                id={id}
                name={id}
                checked={d.care[field]}
                aria-describedby={`${id}-hint`}
                onChange={(event) => change({ [field]: event.currentTarget.checked })}
              />
              <div>
                <label for={id}>{words.label}</label>
                <p class="hint option-hint" id={`${id}-hint`}>
                  {words.hint}
                </p>
              </div>
            </div>
          </div>
        );
      })}
    </section>
  );
}
