import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio-style webhook signature (SignalWire uses the same scheme with its signing key):
 * base64(HMAC-SHA1(key, url + every POST parameter name and value, sorted by name)).
 * `url` must be the public URL exactly as configured at the provider — never rebuilt from `Host`.
 */
export type FormParams = Readonly<Record<string, string | readonly string[]>>;

export function computeSignature(key: string, url: string, params: FormParams): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = typeof value === 'string' ? [value] : [...(value ?? [])].sort();
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', key).update(data, 'utf8').digest('base64');
}

export function isValidSignature(key: string, url: string, params: FormParams, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(computeSignature(key, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
