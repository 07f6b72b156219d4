/**
 * Server-rendered HTML, escaped by default: every value interpolated into `html\`…\`` is escaped
 * unless it is itself the result of `html` (already safe). There is no way to mark an arbitrary
 * string as safe, so a forgotten escape cannot happen by accident.
 */
const SAFE: unique symbol = Symbol('SafeHtml');

export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

export type HtmlValue = string | number | SafeHtml | readonly SafeHtml[] | false | null | undefined;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(value: HtmlValue): string {
  if (value === false || value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  if (isSafe(value)) return value.value;
  return value.map((part) => part.value).join('');
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { [SAFE]: true, value: out };
}

/**
 * Data for a page script, in a `<script type="application/json">` block: browsers never execute
 * it, so the strict CSP allows it. `<`, `>`, `&` and the JS line separators are written as
 * \u escapes so no value can close the block or start markup.
 */
export function jsonData(id: string, data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return html`<script type="application/json" id="${id}">${{ [SAFE]: true, value: json }}</script>`;
}
