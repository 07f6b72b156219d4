import type { FieldProblem } from './errors';

/**
 * Text Kith stores and later sends on — into TwiML a provider parses, an HTTP header, a page, a
 * text message — is checked when it is stored and made safe again where it is used: a value stored
 * before these checks existed (or written straight to the database) must not break a call's
 * greeting or a quick exit either.
 */

/**
 * Characters no XML 1.0 document may hold, escaped or not (C0 controls but tab and line breaks, lone
 * surrogates, U+FFFE/U+FFFF). One of them in a greeting makes the whole TwiML invalid, and the
 * provider plays its own error instead.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu;

/** `text` with what XML cannot carry removed: used by every TwiML builder on every value. */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

/** Controls a coordinator never means to type: C0 (but tab and line breaks), DEL, C1, lone surrogates, U+FFFE/F. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|\p{Cs}/u;
/** In a one-line value (a name), line breaks, tabs and the Unicode line and paragraph separators too. */
const CONTROL_IN_LINE = /[\p{Cc}\u2028\u2029\uFFFE\uFFFF]|\p{Cs}/u;

/** A problem naming `field` when `value` holds control characters; `line` for one-line values. */
export function controlProblem(field: string, value: string, line = false): FieldProblem | undefined {
  if (!(line ? CONTROL_IN_LINE : CONTROL_IN_TEXT).test(value)) return undefined;
  return {
    field,
    message: line
      ? 'must be one line of plain text, without control characters'
      : 'must be plain text, without control characters',
  };
}

/**
 * Every string in a JSON-like value with control characters, each named by its JSON pointer, so
 * a whole settings object is checked without listing its text fields (a new one is covered too).
 */
export function controlProblemsIn(value: unknown, field = ''): FieldProblem[] {
  if (typeof value === 'string') {
    const problem = controlProblem(field || '/', value);
    return problem ? [problem] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => controlProblemsIn(item, `${field}/${i}`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) => controlProblemsIn(item, `${field}/${key}`));
  return [];
}

/**
 * An http(s) address in the form WHATWG's URL parser serialises it: the host in ASCII (punycode),
 * non-ASCII and unsafe characters in the path, query and fragment percent-encoded, so it can go
 * into a `Location` header as it is. Undefined when it is not a full http(s) address.
 */
export function webAddress(value: string): string | undefined {
  // The parser silently drops tabs and line breaks; a value with any control character is refused.
  if (CONTROL_IN_LINE.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;
  return url.href;
}
