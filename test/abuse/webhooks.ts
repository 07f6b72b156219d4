import { computeSignature } from '../../src/telephony/twilio/signature';
import { PUBLIC_URL } from '../support/kith';
import { COMMUNITY_NUMBER, SIM_ACCOUNT, SIM_TOKEN } from '../support/line';
import { hostileString } from './hostile';
import type { Seeded } from './seeded';
import type { Sent } from './traffic';

/** Planted in webhooks and bodies: if either turns up in a log or a data file, Kith leaked it. */
export const CANARY_NUMBER = '+13125550163';
export const CANARY_WORDS = 'marigold-canary-4417 under the bridge';

const STATUSES = ['ringing', 'in-progress', 'completed', 'busy', 'failed', 'no-answer', 'canceled', 'queued'];
const SMS_STATUSES = ['accepted', 'queued', 'sent', 'delivered', 'undelivered', 'failed', 'read'];

/** Provider-shaped parameters, each at random: well-formed, empty, hostile or missing. */
export function webhookParams(rng: Seeded, callSids: readonly string[]): Record<string, string> {
  const sometimes = (p: number, value: () => string) => (rng.chance(p) ? value() : undefined);
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(16)]).join('');
  const params: Record<string, string | undefined> = {
    AccountSid: rng.chance(0.9) ? SIM_ACCOUNT : hostileString(rng),
    CallSid: sometimes(0.8, () => (rng.chance(0.8) ? rng.pick(callSids) : `CA${hex(32)}`)),
    From: sometimes(0.8, () => (rng.chance(0.7) ? CANARY_NUMBER : hostileString(rng))),
    To: sometimes(0.8, () => (rng.chance(0.8) ? COMMUNITY_NUMBER : hostileString(rng))),
    CallStatus: sometimes(0.6, () => (rng.chance(0.8) ? rng.pick(STATUSES) : hostileString(rng))),
    Digits: sometimes(0.4, () => rng.pick(['1', '2', '9', '*', '#', '12345678901234567890', hostileString(rng)])),
    Body: sometimes(0.5, () => (rng.chance(0.6) ? CANARY_WORDS : hostileString(rng))),
    MessageSid: sometimes(0.5, () => (rng.chance(0.8) ? `SM${hex(32)}` : hostileString(rng))),
    MessageStatus: sometimes(0.4, () => (rng.chance(0.8) ? rng.pick(SMS_STATUSES) : hostileString(rng))),
    CallDuration: sometimes(0.3, () => rng.pick(['0', '-1', 'abc', '99999999999999999999', '1e9'])),
    QueueResult: sometimes(0.2, () => rng.pick(['hangup', 'bridged', 'leave', hostileString(rng)])),
    DialCallStatus: sometimes(0.2, () => rng.pick(STATUSES)),
    ParentCallSid: sometimes(0.2, () => rng.pick(callSids)),
    [rng.word()]: sometimes(0.3, () => hostileString(rng)),
  };
  return Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Sometimes a query string, as Kith's own callbacks carry (a leg, a call): real-looking or hostile. */
export function webhookQuery(rng: Seeded, callSids: readonly string[]): string {
  if (rng.chance(0.5)) return '';
  const value = rng.chance(0.5) ? rng.pick(callSids) : hostileString(rng).slice(0, 200);
  return `?${rng.pick(['call', 'leg', 'id', 'lang', 'attempt', rng.word()])}=${urlEncoded(value)}`;
}

/** Percent-encoded UTF-8, lone surrogates included (as U+FFFD), where encodeURIComponent would throw. */
export function urlEncoded(value: string): string {
  return [...Buffer.from(value, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

const form = (params: Record<string, string>) => Buffer.from(new URLSearchParams(params).toString());
const FORM = 'application/x-www-form-urlencoded';

/** A request signed as the provider signs it, for this path and query. */
export function signedWebhook(path: string, params: Record<string, string>): Sent {
  const signature = computeSignature(SIM_TOKEN, `${PUBLIC_URL}${path}`, params);
  return {
    method: 'POST',
    path,
    headers: { 'content-type': FORM, 'x-twilio-signature': signature },
    body: form(params),
  };
}

/** One request that must not verify: unsigned, mis-signed, signed for something else, or not a form. */
export function forgedWebhook(rng: Seeded, path: string, params: Record<string, string>, otherPath: string): Sent {
  const headers = (signature: string | undefined, type = FORM) => ({
    'content-type': type,
    ...(signature === undefined ? {} : { 'x-twilio-signature': signature }),
  });
  const body = form(params);
  switch (rng.int(7)) {
    case 0:
      return { method: 'POST', path, headers: headers(undefined), body };
    case 1:
      return { method: 'POST', path, headers: headers(Buffer.from(rng.word(20)).toString('base64')), body };
    case 2: {
      // Signed, then a parameter changed on the way.
      const signature = computeSignature(SIM_TOKEN, `${PUBLIC_URL}${path}`, params);
      return { method: 'POST', path, headers: headers(signature), body: form({ ...params, Injected: CANARY_WORDS }) };
    }
    case 3: {
      // Signed for another route (never this one: that would be a genuine signature).
      const elsewhere = otherPath === path.split('?')[0] ? `${otherPath}/other` : otherPath;
      return {
        method: 'POST',
        path,
        headers: headers(computeSignature(SIM_TOKEN, `${PUBLIC_URL}${elsewhere}`, params)),
        body,
      };
    }
    case 4:
      return {
        method: 'POST',
        path,
        headers: headers(computeSignature('not-the-token', `${PUBLIC_URL}${path}`, params)),
        body,
      };
    case 5:
      return {
        method: 'POST',
        path,
        headers: headers(computeSignature(SIM_TOKEN, `${PUBLIC_URL}${path}`, params), 'application/json'),
        body: Buffer.from(rng.chance(0.5) ? JSON.stringify(params) : '{"CallSid": '),
      };
    default:
      return {
        method: 'POST',
        path,
        headers: headers('x', rng.pick(['text/plain', 'multipart/form-data; boundary=z', 'application/xml'])),
        body,
      };
  }
}
