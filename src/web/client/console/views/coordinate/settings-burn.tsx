/**
 * Settings → Burn (coordinators): what a burn destroys, what stays, that it cannot be undone, and
 * a form that asks for the program's name, exactly, before the one clearly labelled button. The
 * name is checked by the server (its refusal is shown at the field); the page only names an empty
 * field first. After the burn the console shows its own screen (burnt.tsx), outside the signed-in
 * shell, since every session has ended.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { fill } from '../../../../../i18n/catalog';
import { ApiError } from '../../api';
import { burn } from '../../burn';
import { ErrorSummary, Field, problemFor, Status, type Problem } from '../../components';
import { useText } from '../../context';
import { inputProps } from './parts';

const CONFIRM_ID = 'burn-confirm';

interface BurnProps {
  name: string;
  timeZone: string;
  problems: Problem[];
  onProblems: (problems: Problem[]) => void;
}

export function BurnSection({ name, timeZone, problems, onProblems }: BurnProps): JSX.Element {
  const t = useText().coordinate.settings.burn;
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (busy) return;
    if (typed === '') {
      onProblems([{ field: CONFIRM_ID, message: t.errors.confirmMissing }]);
      return;
    }
    onProblems([]);
    setBusy(true);
    try {
      // On success the console swaps this whole view for the burnt screen.
      await burn(typed, timeZone);
    } catch (error) {
      setBusy(false);
      // The server names `/confirm` when the name does not match (422, or 400 as first planned).
      const wrong =
        error instanceof ApiError && (error.names('/confirm') || error.status === 400 || error.status === 422);
      onProblems([wrong ? { field: CONFIRM_ID, message: t.errors.confirmWrong } : { message: t.errors.failed }]);
    }
  }

  return (
    <section class="burn" aria-labelledby="burn-heading">
      <h2 id="burn-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <h3 id="burn-destroys">{t.destroysHeading}</h3>
      <ul aria-labelledby="burn-destroys">
        {t.destroys.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3 id="burn-keeps">{t.keepsHeading}</h3>
      <ul aria-labelledby="burn-keeps">
        {t.keeps.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{t.lineKeepsAnswering}</p>
      <p class="warning">
        <strong>{t.cannotUndo}</strong>
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="burn-heading">
        <ErrorSummary problems={problems} />
        <Field
          id={CONFIRM_ID}
          label={fill(t.confirm.label, { name })}
          hint={t.confirm.hint}
          error={problemFor(problems, CONFIRM_ID)}
        >
          {(describedBy, invalid) => (
            <input
              type="text"
              autoComplete="off"
              autoCapitalize="off"
              spellcheck={false}
              {...inputProps(CONFIRM_ID, typed, setTyped, describedBy, invalid)}
            />
          )}
        </Field>
        <button type="submit" class="button warning-button" disabled={busy}>
          {t.button}
        </button>
        <Status message={busy ? t.burning : ''} />
      </form>
    </section>
  );
}
