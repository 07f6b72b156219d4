import { createHmac, timingSafeEqual } from 'node:crypto';
import { parse as parseQuery, stringify as stringifyQuery } from 'node:querystring';

/**
 * Twilio-style webhook signature (SignalWire uses the same scheme with its signing key):
 * base64(HMAC-SHA1(key, url + every POST parameter's name and value, sorted by name)).
 * `url` must be the public URL as configured at the provider — never rebuilt from `Host`.
 *
 * Which URL string was signed is where providers and libraries differ, so verification follows
 * Twilio's official library (`twilio` on npm, `validateRequest`) exactly, and a conformance test holds
 * it to that: the URL as received, without any port and with the scheme's default port (Twilio signs
 * some callbacks with `:443` and some without); then the URL as WHATWG `URL` normalizes it, the same
 * two ways, and each of those with its query string re-encoded as Node's legacy `querystring` does.
 * A parameter repeated with the same value counts once, as in that library.
 */
export type FormParams = Readonly<Record<string, string | readonly string[]>>;

export function computeSignature(key: string, url: string, params: FormParams): string {
  return hmac(key, url + paramData(params));
}

/** True if `signature` matches any form of `url` Twilio's library accepts; every form is compared in constant time. */
export function isValidSignature(key: string, url: string, params: FormParams, signature: string | undefined): boolean {
  if (!signature) return false;
  const given = Buffer.from(signature);
  const data = paramData(params);
  let valid = false;
  for (const form of signedUrlForms(url)) {
    const expected = Buffer.from(hmac(key, form + data));
    // No early exit: how many forms were tried says nothing about the key.
    if (expected.length === given.length && timingSafeEqual(expected, given)) valid = true;
  }
  return valid;
}

/** Each parameter's name and value, sorted by name; a name's values sorted, each distinct value once. */
function paramData(params: FormParams): string {
  let data = '';
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = typeof value === 'string' ? [value] : [...new Set(value ?? [])].sort();
    for (const v of values) data += name + v;
  }
  return data;
}

function hmac(key: string, data: string): string {
  return createHmac('sha1', key).update(data, 'utf8').digest('base64');
}

/**
 * Every string a valid signature for a request to `url` may have been computed over. A line's
 * webhooks come to a handful of addresses, so each address's forms are worked out once and kept:
 * parsing and re-encoding them was a few percent of every webhook's CPU.
 */
export function signedUrlForms(url: string): readonly string[] {
  let forms = formsByUrl.get(url);
  if (!forms) {
    // Bounded: addresses carrying per-call query strings must not grow it without end.
    if (formsByUrl.size >= FORMS_KEPT) formsByUrl.clear();
    forms = formsOf(url);
    formsByUrl.set(url, forms);
  }
  return forms;
}

const FORMS_KEPT = 256;
const formsByUrl = new Map<string, readonly string[]>();

function formsOf(url: string): readonly string[] {
  const forms = [withoutPort(url), withDefaultPort(url)];
  let normalized: string;
  try {
    normalized = new URL(url).toString();
  } catch {
    return forms; // not a URL at all: only the forms as received can match (the library would throw here)
  }
  const plain = [withoutPort(normalized), withDefaultPort(normalized)];
  return [...new Set([...forms, ...plain, ...plain.map(withLegacyQuery)])];
}

interface UrlParts {
  /** `https://` */
  scheme: string;
  /** `user:pass@`, or '' */
  userInfo: string;
  host: string;
  /** `:8443`, or '' when the URL names no port. */
  port: string;
  /** Everything after the authority: path, query, fragment. */
  rest: string;
}

/** Splits the authority without normalizing anything, so the path and query keep the characters that were signed. */
function split(url: string): UrlParts | undefined {
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)/i.exec(url);
  if (!match) return undefined;
  const [whole, scheme = '', authority = ''] = match;
  const at = authority.lastIndexOf('@');
  const hostPort = authority.slice(at + 1);
  // In an IPv6 literal the colons belong to the address; the port's colon comes after `]`.
  const colon = hostPort.indexOf(':', hostPort.lastIndexOf(']') + 1);
  return {
    scheme,
    userInfo: authority.slice(0, at + 1),
    host: colon === -1 ? hostPort : hostPort.slice(0, colon),
    port: colon === -1 ? '' : hostPort.slice(colon),
    rest: url.slice(whole.length),
  };
}

function withoutPort(url: string): string {
  const parts = split(url);
  return parts ? parts.scheme + parts.userInfo + parts.host + parts.rest : url;
}

function withDefaultPort(url: string): string {
  const parts = split(url);
  if (!parts || parts.port !== '') return url;
  const port = parts.scheme.toLowerCase() === 'https://' ? ':443' : ':80';
  return parts.scheme + parts.userInfo + parts.host + port + parts.rest;
}

/** Some of Twilio's back ends signed the query string as Node's legacy `querystring` encodes it (`'` as `%27`). */
function withLegacyQuery(url: string): string {
  const start = url.indexOf('?');
  if (start === -1 || start === url.length - 1) return url;
  return `${url.slice(0, start)}?${stringifyQuery(parseQuery(url.slice(start + 1)))}`;
}
