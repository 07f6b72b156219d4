/**
 * The settings form's texting section: whether people's words are relayed to responders' phones
 * (off by default, and the hint says why), the timers, and the message a blocked sender gets.
 */
import type { JSX } from 'preact';
import { Field, problemFor } from '../../components';
import { useText } from '../../context';
import { inputProps, NumberField } from './parts';
import { BLOCK_MESSAGE_MAX, TEXTING_NUMBERS, textingFieldId, type TextingDraft } from './settings-draft';
import type { SectionProps } from './settings-sections';

export function TextingSection({ d, set, problems }: SectionProps): JSX.Element {
  const t = useText().coordinate.settings.texting;
  const change = (patch: Partial<TextingDraft>) => set({ texting: { ...d.texting, ...patch } });
  const relayId = 'texting-relay-content';
  const blockId = textingFieldId('blockMessage');
  const exitId = textingFieldId('quickExitUrl');
  return (
    <section aria-labelledby="texting-heading">
      <h2 id="texting-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <div class="field">
        <div class="checkbox">
          <input
            type="checkbox"
            id={relayId}
            name={relayId}
            checked={d.texting.relayContent}
            aria-describedby={`${relayId}-hint`}
            onChange={(event) => change({ relayContent: event.currentTarget.checked })}
          />
          <div>
            <label for={relayId}>{t.relay.label}</label>
            <p class="hint option-hint" id={`${relayId}-hint`}>
              {t.relay.hint}
            </p>
          </div>
        </div>
      </div>
      {TEXTING_NUMBERS.map((field) => {
        const id = textingFieldId(field);
        return (
          <NumberField
            key={field}
            id={id}
            label={t[field].label}
            hint={t[field].hint}
            error={problemFor(problems, id)}
            value={d.texting[field]}
            set={(value) => change({ [field]: value })}
          />
        );
      })}
      <Field id={blockId} label={t.blockMessage.label} hint={t.blockMessage.hint} error={problemFor(problems, blockId)}>
        {(describedBy, invalid) => (
          <textarea
            rows={3}
            maxLength={BLOCK_MESSAGE_MAX}
            {...inputProps(
              blockId,
              d.texting.blockMessage,
              (blockMessage) => change({ blockMessage }),
              describedBy,
              invalid,
            )}
          />
        )}
      </Field>
      <Field id={exitId} label={t.quickExitUrl.label} hint={t.quickExitUrl.hint} error={problemFor(problems, exitId)}>
        {(describedBy, invalid) => (
          <input
            type="url"
            autoComplete="off"
            {...inputProps(
              exitId,
              d.texting.quickExitUrl,
              (quickExitUrl) => change({ quickExitUrl }),
              describedBy,
              invalid,
            )}
          />
        )}
      </Field>
    </section>
  );
}
