/**
 * The console's form parts, GOV.UK-style: label, hint, the error beside the field (tied to it with
 * aria-describedby) and a summary at the top that takes focus and links to each field.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { useFirstText } from './context';

export interface Problem {
  /** The id of the control the summary link moves focus to; none for a problem with no field. */
  field?: string;
  message: string;
}

export function ErrorSummary({ problems }: { problems: Problem[] }): JSX.Element | null {
  const text = useFirstText().shell;
  const box = useRef<HTMLDivElement>(null);
  const titleId = useId(); // a view may hold two forms, each with its own summary
  useEffect(() => {
    if (problems.length > 0) box.current?.focus();
  }, [problems]);
  useEffect(() => {
    if (problems.length === 0) return undefined;
    const title = document.title;
    document.title = `${text.errorTitlePrefix}${title}`;
    return () => {
      document.title = title;
    };
  }, [problems, text.errorTitlePrefix]);
  if (problems.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={box} aria-labelledby={titleId}>
      <h2 id={titleId}>{text.errorSummaryTitle}</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.message + (problem.field ?? '')}>
            {problem.field ? (
              <a href={`#${problem.field}`} onClick={(event) => focusField(event, problem.field ?? '')}>
                {problem.message}
              </a>
            ) : (
              problem.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Focuses the field without leaving `#field` in the address bar, showing its label too. */
function focusField(event: Event, id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  const heading =
    document.querySelector(`label[for="${id}"]`)?.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${id}"]`);
  heading?.scrollIntoView();
  target.focus({ preventScroll: heading !== null });
}

export function problemFor(problems: Problem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (describedBy: string | undefined, invalid: boolean) => ComponentChildren;
}

/** Label, hint, error, then the control (the order GOV.UK found works for screen readers). */
export function Field({ id, label, hint, error, children }: FieldProps): JSX.Element {
  const describedBy = describedByFor(id, hint, error);
  return (
    <div class={error ? 'field has-error' : 'field'} id={`${id}-field`}>
      <label for={id}>{label}</label>
      <HintAndError id={id} hint={hint} error={error} />
      {children(describedBy, error !== undefined)}
    </div>
  );
}

interface ChoiceProps<V extends string> {
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: V) => void;
}

/** Radio buttons in a fieldset; the first option's id is `<name>-<value>` so the summary can focus it. */
export function Choice<V extends string>({
  name,
  legend,
  hint,
  error,
  options,
  value,
  onChange,
}: ChoiceProps<V>): JSX.Element {
  const describedBy = describedByFor(name, hint, error);
  return (
    <div class={error ? 'field has-error' : 'field'} id={`${name}-field`}>
      <fieldset aria-describedby={describedBy}>
        <legend>{legend}</legend>
        <HintAndError id={name} hint={hint} error={error} />
        {options.map((option) => (
          <div class="radio" key={option.value}>
            <input
              type="radio"
              id={`${name}-${option.value}`}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label for={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
    </div>
  );
}

/** A polite live region: what just happened ("Note saved"), read out without moving focus. */
export function Status({ message }: { message: string }): JSX.Element {
  return (
    <p class="status" role="status">
      {message}
    </p>
  );
}

/**
 * Each view's `<h1>`. After a move inside the console, focus goes to it (so a screen reader
 * announces the new view) and the tab title changes; on the first load focus stays put.
 */
export function ViewHeading({ title, children }: { title: string; children: ComponentChildren }): JSX.Element {
  const suffix = useFirstText().shell.titleSuffix;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title}${suffix}`;
    if (moved) heading.current?.focus();
  }, [title, suffix]);
  return (
    <h1 tabIndex={-1} ref={heading}>
      {children}
    </h1>
  );
}

let moved = false;
/** Called by the router once the first view is shown: from then on, headings take focus. */
export function markNavigated(): void {
  moved = true;
}

/** The ids a control (or fieldset) is described by: its hint, then its error, when there are any. */
export function describedByFor(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** A hint and an error under a label or legend, with the ids describedByFor names. */
export function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}): JSX.Element {
  const text = useFirstText().shell;
  return (
    <>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${id}-error`}>
          <span class="visually-hidden">{text.errorPrefix} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}

/** A load that failed: the plain words and a way to try again (an alert, so it is read out). */
export function Failed({ retry }: { retry: () => void }): JSX.Element {
  const text = useFirstText().shell;
  return (
    <div role="alert">
      <p>{text.failed}</p>
      <button type="button" class="button secondary" onClick={retry}>
        {text.retry}
      </button>
    </div>
  );
}
