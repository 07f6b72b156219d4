/**
 * Form errors as GOV.UK shows them: a summary at the top (focused, `role="alert"`) with a link to
 * each field, and the same message beside the field, tied to it with aria-describedby.
 * Expects the page's markup: `#<field>-field`, `#<field>-hint`, `#<field>-error`.
 */
export interface FormProblem {
  /** The field's name in the markup, or undefined for a problem with no field. */
  field?: string;
  /** The element the summary link moves focus to (an input, or a group's first checkbox). */
  focusId?: string;
  message: string;
}

export interface ErrorSummaryParts {
  summary: HTMLElement;
  list: HTMLElement;
  /** Said by screen readers before each field's message ("Error:"). */
  errorPrefix: string;
  /** Put before the page title while there are errors. */
  titlePrefix: string;
}

export class ErrorSummary {
  private readonly title = document.title;
  private fields: string[] = [];

  constructor(private readonly parts: ErrorSummaryParts) {}

  show(problems: readonly FormProblem[]): void {
    this.clear();
    const { summary, list, errorPrefix, titlePrefix } = this.parts;
    for (const problem of problems) {
      const item = document.createElement('li');
      if (problem.field && problem.focusId) {
        this.markField(problem.field, problem.message, errorPrefix);
        item.append(this.linkTo(problem.focusId, problem.message));
      } else {
        item.textContent = problem.message;
      }
      list.append(item);
    }
    document.title = `${titlePrefix}${this.title}`;
    summary.hidden = false;
    summary.focus();
  }

  clear(): void {
    for (const field of this.fields) {
      document.getElementById(`${field}-field`)?.classList.remove('has-error');
      const error = document.getElementById(`${field}-error`);
      if (error) {
        error.hidden = true;
        error.textContent = '';
      }
      const described = describedElement(field);
      if (described) {
        described.removeAttribute('aria-invalid');
        described.setAttribute('aria-describedby', `${field}-hint`);
      }
    }
    this.fields = [];
    this.parts.list.replaceChildren();
    this.parts.summary.hidden = true;
    document.title = this.title;
  }

  private markField(field: string, message: string, errorPrefix: string): void {
    this.fields.push(field);
    document.getElementById(`${field}-field`)?.classList.add('has-error');
    const error = document.getElementById(`${field}-error`);
    if (error) {
      const prefix = document.createElement('span');
      prefix.className = 'visually-hidden';
      prefix.textContent = `${errorPrefix} `;
      error.replaceChildren(prefix, message);
      error.hidden = false;
    }
    const described = describedElement(field);
    if (described) {
      if (described instanceof HTMLInputElement) described.setAttribute('aria-invalid', 'true');
      described.setAttribute('aria-describedby', `${field}-hint ${field}-error`);
    }
  }

  /** A link that focuses the field without changing the URL (no `#field` left in the address bar). */
  private linkTo(focusId: string, message: string): HTMLAnchorElement {
    const link = document.createElement('a');
    link.href = `#${focusId}`;
    link.textContent = message;
    link.addEventListener('click', (event) => {
      const target = document.getElementById(focusId);
      if (!target) return;
      event.preventDefault();
      // Show the question too, not just the box (a label or legend sits above it).
      const heading =
        document.querySelector(`label[for="${focusId}"]`)?.closest('fieldset')?.querySelector('legend') ??
        document.querySelector(`label[for="${focusId}"]`);
      heading?.scrollIntoView();
      target.focus({ preventScroll: heading !== null });
    });
    return link;
  }
}

/** The input or fieldset that carries the field's hint (and so its error) in aria-describedby. */
function describedElement(field: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[aria-describedby~="${field}-hint"]`);
}
