/**
 * How the simulated provider signs its webhooks, written apart from Kith's own verifier so the two do
 * not share a mistake: `X-Twilio-Signature` is base64(HMAC-SHA1(key, the URL Twilio requested + each
 * POST parameter's name and value, sorted by name)), over the URL exactly as Twilio holds it.
 *
 * Twilio's own libraries accept the URL with or without the scheme's default port, because Twilio
 * itself signs some callbacks one way and some the other. `PortInSignature` lets a test play either,
 * or both in turn.
 */
import { createHmac } from 'node:crypto';

/**
 * - `as-configured`: the URL exactly as the app configured it (the default).
 * - `with-default-port`: `:443` (https) or `:80` (http) added where the URL has no port.
 * - `without-default-port`: a default port the URL spells out is dropped.
 * - `alternate`: one request each way in turn, as Twilio is inconsistent between callbacks.
 */
export type PortInSignature = 'as-configured' | 'with-default-port' | 'without-default-port' | 'alternate';

const AUTHORITY = /^(https?):\/\/([^/?#]*)/i;

function defaultPort(scheme: string): string {
  return scheme.toLowerCase() === 'https' ? '443' : '80';
}

/** The URL with its scheme's default port written out, when it names no port. */
export function withDefaultPort(url: string): string {
  const match = AUTHORITY.exec(url);
  if (match === null) return url;
  const [whole, scheme = '', authority = ''] = match;
  if (/:\d*$/.test(authority.replace(/^\[[^\]]*\]/, ''))) return url;
  return `${scheme}://${authority}:${defaultPort(scheme)}${url.slice(whole.length)}`;
}

/** The URL without its scheme's default port, when it spells one out. */
export function withoutDefaultPort(url: string): string {
  const match = AUTHORITY.exec(url);
  if (match === null) return url;
  const [whole, scheme = '', authority = ''] = match;
  const suffix = `:${defaultPort(scheme)}`;
  if (!authority.endsWith(suffix)) return url;
  return `${scheme}://${authority.slice(0, -suffix.length)}${url.slice(whole.length)}`;
}

export class WebhookSigner {
  private count = 0;

  constructor(
    private readonly key: string,
    private readonly ports: PortInSignature = 'as-configured',
  ) {}

  /** The signature for one request to `url` with these POST parameters (none for a GET). */
  sign(url: string, params: Readonly<Record<string, string>>): string {
    const data = Object.keys(params)
      .sort()
      .reduce((acc, name) => acc + name + (params[name] ?? ''), this.signedUrl(url));
    return createHmac('sha1', this.key).update(data, 'utf8').digest('base64');
  }

  private signedUrl(url: string): string {
    switch (this.ports) {
      case 'as-configured':
        return url;
      case 'with-default-port':
        return withDefaultPort(url);
      case 'without-default-port':
        return withoutDefaultPort(url);
      case 'alternate':
        return this.count++ % 2 === 0 ? withDefaultPort(url) : withoutDefaultPort(url);
    }
  }
}
