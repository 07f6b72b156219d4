/**
 * The note form, for a new note and for an edit: the text and three answers, checked here the
 * GOV.UK way (a summary that takes focus, each message beside its field). What is typed stays in
 * this component's state until it is sealed; nothing is saved as a draft anywhere.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import type { Plural } from '../../../../i18n/console/types';
import { Choice, ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useLang, useText } from '../../context';
import { characters, MAX_TEXT_CHARS, NOTE_KINDS, type NoteContent, type NoteKind } from './content';

type YesNo = 'yes' | 'no';

/** A failure the person can act on, already in their words (e.g. "that call could not be found"). */
export class Refusal extends Error {}

interface Props {
  initial?: NoteContent | undefined;
  submitLabel: string;
  /** Seals and sends. A Refusal's message is shown in the summary; any other failure, the shell's "went wrong". */
  onSubmit: (content: Omit<NoteContent, 'v'>) => Promise<void>;
  onCancel?: () => void;
}

const yesNo = (value: boolean | undefined): YesNo | undefined =>
  value === undefined ? undefined : value ? 'yes' : 'no';

export function NoteForm({ initial, submitLabel, onSubmit, onCancel }: Props): JSX.Element {
  const text = useText();
  const t = text.notes;
  const lang = useLang();
  const [words, setWords] = useState(initial?.text ?? '');
  const [kind, setKind] = useState<NoteKind | undefined>(initial?.kind);
  const [followUp, setFollowUp] = useState<YesNo | undefined>(yesNo(initial?.followUp));
  const [services, setServices] = useState<YesNo | undefined>(yesNo(initial?.emergencyServicesWithConsent));
  const [problems, setProblems] = useState<Problem[]>([]);
  const [working, setWorking] = useState(false);

  const length = characters(words);
  const left = MAX_TEXT_CHARS - length;

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (working) return;
    const found: Problem[] = [];
    if (words.trim() === '') found.push({ field: 'note-text', message: t.textMissing });
    else if (left < 0) found.push({ field: 'note-text', message: t.tooLong });
    if (!kind) found.push({ field: 'kind-emergency', message: t.kindMissing });
    if (!followUp) found.push({ field: 'follow-up-yes', message: t.followUpMissing });
    if (!services) found.push({ field: 'emergency-services-yes', message: t.emergencyServicesMissing });
    setProblems(found);
    if (found.length > 0 || !kind || !followUp || !services) return;
    setWorking(true);
    try {
      await onSubmit({
        text: words,
        kind,
        followUp: followUp === 'yes',
        emergencyServicesWithConsent: services === 'yes',
      });
    } catch (error) {
      setProblems([{ message: error instanceof Refusal ? error.message : text.shell.failed }]);
      setWorking(false);
    }
  }

  const error = (field: string) => problemFor(problems, field);
  const yesNoOptions = (words: { yes: string; no: string }) => [
    { value: 'yes' as const, label: words.yes },
    { value: 'no' as const, label: words.no },
  ];

  return (
    // autoComplete off: browsers remember what is typed in forms for autofill, on disk, and Chromium
    // also keeps the form's state for restoring the tab unless a control is marked this way.
    <form onSubmit={(event) => void submit(event)} noValidate autoComplete="off" class="note-form">
      <ErrorSummary problems={problems} />
      <Field id="note-text" label={t.text.label} hint={t.text.hint} error={error('note-text')}>
        {(describedBy, invalid) => (
          <>
            <textarea
              id="note-text"
              name="note-text"
              rows={8}
              // Some browsers' spell checkers send what is typed to their maker's servers.
              spellcheck={false}
              autoComplete="off"
              value={words}
              aria-describedby={[describedBy, 'note-text-count'].filter(Boolean).join(' ')}
              aria-invalid={invalid || undefined}
              onInput={(event) => setWords(event.currentTarget.value)}
            />
            <p class={left < 0 ? 'char-count over' : 'char-count'} id="note-text-count">
              {left < 0 ? plural(t.tooMany, -left, lang) : plural(t.remaining, left, lang)}
            </p>
          </>
        )}
      </Field>
      <Choice
        name="kind"
        legend={t.kind.legend}
        error={error('kind-emergency')}
        options={NOTE_KINDS.map((value) => ({ value, label: t.kind[value] }))}
        value={kind}
        onChange={setKind}
      />
      <Choice
        name="follow-up"
        legend={t.followUp.legend}
        error={error('follow-up-yes')}
        options={yesNoOptions(t.followUp)}
        value={followUp}
        onChange={setFollowUp}
      />
      <Choice
        name="emergency-services"
        legend={t.emergencyServices.legend}
        hint={t.emergencyServices.hint}
        error={error('emergency-services-yes')}
        options={yesNoOptions(t.emergencyServices)}
        value={services}
        onChange={setServices}
      />
      <div class="note-actions">
        <button type="submit" class="button">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" class="button secondary" onClick={onCancel}>
            {t.cancel}
          </button>
        ) : null}
      </div>
      <Status message={working ? t.saving : ''} />
    </form>
  );
}

/** "1 character", "4,000 characters": the count in the reader's own digits and grammar. */
function plural(sentence: Plural, count: number, lang: string): string {
  const category = new Intl.PluralRules(lang).select(count);
  return fill(category === 'one' ? sentence.one : sentence.other, { count: new Intl.NumberFormat(lang).format(count) });
}
