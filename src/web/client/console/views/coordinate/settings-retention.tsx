/**
 * The settings form's "How long we keep things": how many days Kith keeps the words of messages
 * and notes, the records of calls and conversations, and blocks on senders. Each field says what
 * it covers and the range allowed; the server checks the range (src/retention/classes.ts), and its
 * refusal is shown at the field. Caller numbers have their own, shorter clock in hours, set under
 * Texting: this section points there rather than repeating it.
 */
import type { JSX } from 'preact';
import { problemFor } from '../../components';
import { useText } from '../../context';
import { NumberField } from './parts';
import { RETENTION_FIELDS, retentionFieldId, textingFieldId } from './settings-draft';
import type { SectionProps } from './settings-sections';

export function RetentionSection({ d, set, problems }: SectionProps): JSX.Element {
  const settings = useText().coordinate.settings;
  const t = settings.retention;
  const grace = textingFieldId('numberGraceHours');
  return (
    <section aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      {RETENTION_FIELDS.map((field) => {
        const id = retentionFieldId(field);
        return (
          <NumberField
            key={field}
            id={id}
            label={t.fields[field].label}
            hint={t.fields[field].hint}
            error={problemFor(problems, id)}
            value={d.retention[field]}
            set={(value) => set({ retention: { ...d.retention, [field]: value } })}
          />
        );
      })}
      <p id="retention-numbers">
        {t.numbersBefore}
        <a href={`#${grace}`} onClick={(event) => goToField(event, grace)}>
          {settings.texting.numberGraceHours.label}
        </a>
        {t.numbersAfter}
      </p>
    </section>
  );
}

/** Moves to the texting field in place: its label into view, the keyboard into the field, no `#` left in the address. */
function goToField(event: Event, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  document.querySelector(`label[for="${id}"]`)?.scrollIntoView();
  target.focus({ preventScroll: true });
}
