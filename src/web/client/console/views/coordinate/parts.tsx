/**
 * Small parts the coordinator's views share: the loading and failure states, an in-page
 * confirmation step, checkbox groups, and turning the API's field pointers into this page's words.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { copyField } from '../../../shared/copy';
import { ApiError } from '../../api';
import { describedByFor, Failed, Field, HintAndError, type Problem, Status, ViewHeading } from '../../components';
import { useText } from '../../context';

/** The heading, then either "Loading…" or the failure with a retry button. */
export function NotYet({ title, failed, retry }: { title: string; failed: boolean; retry: () => void }): JSX.Element {
  const text = useText();
  return (
    <>
      <ViewHeading title={title}>{title}</ViewHeading>
      {failed ? <Failed retry={retry} /> : <Status message={text.shell.loading} />}
    </>
  );
}

/**
 * Focus to move once an element is on the page: after a step closes, the keyboard goes back to
 * the button that opened it, or to a new person's button once the reloaded list shows them.
 * Checked after every render until the element is there; with a fallback, that is focused instead
 * if the element has not appeared a moment later (what it belonged to was moved or removed).
 */
export function useFocusLater(): (id: string, fallback?: string) => void {
  const [pending, setPending] = useState<{ id: string; fallback: string | undefined } | null>(null);
  useEffect(() => {
    if (pending === null) return undefined;
    const focus = (id: string) => {
      const target = document.getElementById(id);
      target?.focus();
      return target !== null;
    };
    if (focus(pending.id)) {
      setPending(null);
      return undefined;
    }
    const { fallback } = pending;
    if (fallback === undefined) return undefined;
    const timer = setTimeout(() => {
      if (!focus(pending.id)) focus(fallback);
      setPending(null);
    }, 1000);
    return () => clearTimeout(timer);
  });
  return useCallback((id: string, fallback?: string) => setPending({ id, fallback }), []);
}

/** Moves focus to an element once it is shown: a panel that appears must be where the keyboard is. */
export function useFocusOnMount<T extends HTMLElement>(): { current: T | null } {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

interface ConfirmProps {
  id: string;
  heading: string;
  children: ComponentChildren;
  confirm: string;
  /** A destructive step gets the warning style, so it does not look like an ordinary "save". */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A confirmation step in the page itself (never window.confirm): heading, consequences, yes / cancel. */
export function ConfirmPanel({
  id,
  heading,
  children,
  confirm,
  danger = false,
  onConfirm,
  onCancel,
}: ConfirmProps): JSX.Element {
  const common = useText().coordinate.common;
  const title = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section class={danger ? 'confirm-panel danger' : 'confirm-panel'} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1} ref={title}>
        {heading}
      </h3>
      {children}
      <div class="button-row">
        <button type="button" class={danger ? 'button warning-button' : 'button'} onClick={onConfirm}>
          {confirm}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {common.cancel}
        </button>
      </div>
    </section>
  );
}

interface CheckboxesProps<V extends string> {
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: { value: V; label: string; hint?: string }[];
  values: V[];
  onChange: (values: V[]) => void;
}

/** Checkboxes in a fieldset; the first one's id is `<name>-<value>` so an error summary can focus it. */
export function Checkboxes<V extends string>({
  name,
  legend,
  hint,
  error,
  options,
  values,
  onChange,
}: CheckboxesProps<V>): JSX.Element {
  const describedBy = describedByFor(name, hint, error);
  const toggle = (value: V, on: boolean) =>
    onChange(on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value));
  return (
    // `-group`, not `-field` as elsewhere: a role is called "field", and ids must stay unique.
    <div class={error ? 'field has-error' : 'field'} id={`${name}-group`}>
      <fieldset aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <HintAndError id={name} hint={hint} error={error} />
        {options.map((option) => (
          <div class="checkbox" key={option.value}>
            <input
              type="checkbox"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={values.includes(option.value)}
              aria-describedby={option.hint ? `${name}-${option.value}-hint` : undefined}
              onChange={(event) => toggle(option.value, (event.currentTarget as HTMLInputElement).checked)}
            />
            <div>
              <label for={`${name}-${option.value}`}>{option.label}</label>
              {option.hint ? (
                <p class="hint option-hint" id={`${name}-${option.value}-hint`}>
                  {option.hint}
                </p>
              ) : null}
            </div>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** The props every text input in these forms shares: id, value, error wiring, and input events. */
export function inputProps(
  id: string,
  value: string,
  set: (value: string) => void,
  describedBy: string | undefined,
  invalid: boolean,
) {
  return {
    id,
    name: id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    onInput: (event: Event) => set((event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value),
  };
}

/**
 * A whole number a coordinator sets (hours, minutes, days, counts): a text box with the number pad, so
 * a browser never turns what was typed into something else before the API can name the mistake.
 */
export function NumberField(props: {
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  value: string;
  set: (value: string) => void;
}): JSX.Element {
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      {(describedBy, invalid) => (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          class="short"
          {...inputProps(props.id, props.value, props.set, describedBy, invalid)}
        />
      )}
    </Field>
  );
}

/**
 * One way the API names a field: a pointer pattern, the control to focus (or a function of the
 * match, for rows and languages: `/hours/weekly/2/end` → `hours-2-end`), and what to say.
 */
export type FieldRule = [
  pattern: RegExp,
  field: string | undefined | ((match: RegExpExecArray) => string),
  message: string | ((match: RegExpExecArray) => string),
];

/**
 * The API's problems (JSON pointers with English messages) as this page's problems, in the
 * reader's language: each pointer is matched against `rules`, first match wins. A problem no rule
 * knows becomes one general message, so nothing is silently dropped.
 */
export function problemsFrom(error: unknown, rules: FieldRule[], general: string, failed: string): Problem[] {
  if (!(error instanceof ApiError) || error.status >= 500 || error.fields.length === 0) {
    return [{ message: error instanceof ApiError && error.status < 500 ? general : failed }];
  }
  const found: Problem[] = [];
  const add = (problem: Problem) => {
    if (!found.some((p) => p.field === problem.field && p.message === problem.message)) found.push(problem);
  };
  for (const { field } of error.fields) {
    let matched = false;
    for (const [pattern, target, message] of rules) {
      const match = pattern.exec(field);
      if (!match) continue;
      const id = typeof target === 'function' ? target(match) : target;
      const said = typeof message === 'function' ? message(match) : message;
      add(id === undefined ? { message: said } : { field: id, message: said });
      matched = true;
      break;
    }
    if (!matched) add({ message: general });
  }
  return found;
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
/** "Spanish" for `es` in English, "español" in Spanish; the code itself where the browser has no name. */
export function languageName(code: string, lang: string): string {
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang], { type: 'language' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Parses "en, es ,pt-BR" into codes, keeping the order people wrote them in. */
export function codesFrom(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter((code) => code !== '');
}

/**
 * Under an invite link while Kith's public address is a loopback one (the server answers
 * `onlyOnThisMachine`): the link opens only where Kith runs, and what changes that.
 */
export function OnlyOnThisMachine(): JSX.Element {
  return <p class="warning">{useText().shell.inviteOnlyOnThisMachine}</p>;
}

/**
 * A link shown once (an invite), read-only and selected on focus, with a copy button and a status
 * line that says whether the copy worked. It lives only in memory: the caller decides when it goes.
 */
export function CopyLink({
  id,
  label,
  value,
  describedBy,
  words,
}: {
  id: string;
  label: string;
  value: string;
  describedBy: string;
  words: { copy: string; copied: string; copyFailed: string };
}): JSX.Element {
  const [status, setStatus] = useState('');
  async function copy(): Promise<void> {
    const input = document.getElementById(id);
    if (!(input instanceof HTMLInputElement)) return;
    setStatus((await copyField(input)) ? words.copied : words.copyFailed);
  }
  return (
    <>
      <div class="field">
        <label for={id}>{label}</label>
        <div class="copy-row">
          <input
            type="text"
            id={id}
            class="token"
            readOnly
            value={value}
            dir="ltr"
            aria-describedby={describedBy}
            onFocus={(event) => (event.currentTarget as HTMLInputElement).select()}
          />
          <button type="button" class="button secondary" onClick={() => void copy()}>
            {words.copy}
          </button>
        </div>
      </div>
      <Status message={status} />
    </>
  );
}
