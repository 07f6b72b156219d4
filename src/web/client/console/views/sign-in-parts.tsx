/** What the ways of signing in share: the sign-in name field, and how a refusal is put into words. */
import type { JSX } from 'preact';
import { fill } from '../../../../i18n/catalog';
import { ApiError } from '../api';
import { Field } from '../components';

interface NameFieldProps {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  value: string;
  onInput: (value: string) => void;
}

export function SignInNameField({ id, label, hint, error, value, onInput }: NameFieldProps): JSX.Element {
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})} error={error}>
      {(describedBy, invalid) => (
        <input
          id={id}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          spellcheck={false}
          maxLength={40}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/**
 * 401: the words for "that does not match" (the same whatever was wrong, so nothing is revealed);
 * 429: how long to wait, in whole minutes; anything else, including a key that will not unwrap:
 * the general failure.
 */
export function refusalMessage(error: unknown, words: { wrong: string; locked: string; failed: string }): string {
  if (error instanceof ApiError && error.status === 401) return words.wrong;
  if (error instanceof ApiError && error.status === 429)
    return fill(words.locked, { minutes: String(Math.max(1, Math.ceil((error.retryAfter ?? 60) / 60))) });
  return words.failed;
}
