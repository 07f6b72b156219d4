import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import { computeSignature, isValidSignature, type FormParams } from './signature';

/**
 * Kith must accept and refuse webhook signatures exactly as Twilio's official library does
 * (`twilio.validateRequest`), over a table of configured URLs, of URLs a signature may have been
 * computed over, and of parameter sets. Signatures are made by the official library
 * (`getExpectedTwilioSignature`) — never by Kith's own code — so a shared mistake cannot pass.
 */
const TOKEN = 'conformance-auth-token';

/** What Kith would be configured with plus the path and query it was asked for. */
const CONFIGURED = [
  'https://line.example.org/webhooks/twilio/voice',
  'https://line.example.org:443/webhooks/twilio/voice',
  'http://line.example.org/webhooks/twilio/voice',
  'http://line.example.org:80/webhooks/twilio/voice',
  'https://line.example.org:8443/webhooks/twilio/voice',
  'http://127.0.0.1:8080/webhooks/twilio/voice',
  'http://[::1]:8080/webhooks/twilio/voice',
  'https://LINE.Example.org/webhooks/twilio/voice',
  'https://line.example.org/webhooks/twilio/voice/',
  'https://line.example.org',
  'https://line.example.org/',
  'https://line.example.org/community/webhooks/twilio/voice',
  'https://line.example.org/webhooks/twilio/voice/leg/after?call=call_1&leg=leg_2',
  'https://line.example.org:443/webhooks/twilio/voice/queue-exit?call=call_1&attempt=2',
  'https://line.example.org/webhooks/twilio/voice?a=1&a=2&a=1',
  'https://line.example.org/webhooks/twilio/voice?x=%27q%27&y=a%20b&z=a+b',
  "https://line.example.org/webhooks/twilio/voice?x='q'&y=a b",
  'https://line.example.org/webhooks/twilio/voice?',
  'https://line.example.org/webhooks/twilio/voice?empty=&flag',
  'https://line.example.org/línea/voz?nombre=José',
  'https://line.example.org/l%C3%ADnea/voz?nombre=Jos%C3%A9',
  'https://user:secret@line.example.org/webhooks/twilio/voice',
  'https://line.example.org/webhooks/twilio/voice#fragment',
];

/** Forms of a configured URL a signature may have been computed over: Twilio's own variants, and mistakes. */
function signedForms(url: string): string[] {
  const forms = new Set<string>([url]);
  const add = (f: (u: URL) => void) => {
    try {
      const u = new URL(url);
      f(u);
      forms.add(u.toString());
    } catch {
      // not every mutation applies to every URL
    }
  };
  add(() => undefined); // WHATWG-normalized (unicode encoded, default port dropped, host lower-cased)
  add((u) => (u.port = ''));
  add((u) => (u.port = '444'));
  add((u) => (u.protocol = u.protocol === 'https:' ? 'http:' : 'https:'));
  add((u) => (u.hostname = 'evil.example'));
  add((u) => (u.pathname = `${u.pathname}x`));
  add((u) => (u.search = `${u.search}${u.search ? '&' : '?'}extra=1`));
  add((u) => (u.search = ''));
  // Twilio's inconsistency: the default port written out, or dropped, textually.
  forms.add(url.replace(/^(https:\/\/[^/?#]*?)(:443)?(?=[/?#]|$)/i, '$1:443'));
  forms.add(url.replace(/^(http:\/\/[^/?#]*?)(:80)?(?=[/?#]|$)/i, '$1:80'));
  forms.add(url.replace(/:(443|80)(?=[/?#]|$)/, ''));
  forms.add(url.replace("'q'", '%27q%27').replace('a b', 'a%20b'));
  forms.add(`${url}/`);
  return [...forms];
}

const PARAMS: readonly FormParams[] = [
  {},
  { CallSid: 'CA0123456789abcdef0123456789abcdef', From: '+12025550190', To: '+12025550100', Digits: '1' },
  { Digits: '', Body: '', QueueResult: 'hangup' },
  { StatusCallbackEvent: ['initiated', 'ringing', 'initiated'], CallSid: 'CA1' },
  { Media: ['b', 'a', 'a'] },
  { Body: 'Hola José, ¿estás bien? 👋', Näme: 'ü' },
  { a: '1', B: '2', _: '3', 'x y': 'z&w=v' },
];

/** Parameter sets a request might arrive with, against what was signed. */
function receivedForms(signed: FormParams): FormParams[] {
  const forms: FormParams[] = [signed];
  const names = Object.keys(signed);
  const first = names[0];
  if (first !== undefined) {
    const value = signed[first];
    forms.push({ ...signed, [first]: `${typeof value === 'string' ? value : (value ?? []).join('')}!` });
    const { [first]: _dropped, ...rest } = signed;
    forms.push(rest);
    // The same value twice: the official library counts it once.
    forms.push({
      ...signed,
      [first]: typeof value === 'string' ? [value, value] : [...(value ?? []), ...(value ?? [])],
    });
  }
  forms.push({ ...signed, Extra: 'added' });
  return forms;
}

function official(signature: string | undefined, url: string, params: FormParams): boolean {
  try {
    return twilio.validateRequest(TOKEN, signature ?? '', url, params);
  } catch {
    return false; // the library throws on a URL it cannot parse: that is a refusal
  }
}

describe("webhook signatures, against Twilio's official library", () => {
  it('accepts and refuses exactly as twilio.validateRequest over the whole table', () => {
    let accepted = 0;
    let refused = 0;
    const disagreements: string[] = [];
    for (const configured of CONFIGURED) {
      for (const signedUrl of signedForms(configured)) {
        for (const params of PARAMS) {
          const signature = twilio.getExpectedTwilioSignature(TOKEN, signedUrl, params);
          for (const received of receivedForms(params)) {
            const theirs = official(signature, configured, received);
            const ours = isValidSignature(TOKEN, configured, received, signature);
            if (theirs !== ours)
              disagreements.push(
                `${configured} signed as ${signedUrl} with ${JSON.stringify(params)} received ${JSON.stringify(received)}: twilio ${theirs}, kith ${ours}`,
              );
            if (theirs) accepted += 1;
            else refused += 1;
          }
        }
      }
    }
    expect(disagreements).toEqual([]);
    // The table must exercise both answers, heavily.
    expect(accepted).toBeGreaterThan(500);
    expect(refused).toBeGreaterThan(500);
  });

  it('accepts a signature over the URL with or without the default port, whichever way it is configured', () => {
    const params = PARAMS[1] ?? {};
    for (const [configured, other] of [
      ['https://line.example.org:443/webhooks/twilio/voice', 'https://line.example.org/webhooks/twilio/voice'],
      ['https://line.example.org/webhooks/twilio/voice', 'https://line.example.org:443/webhooks/twilio/voice'],
      ['http://line.example.org:80/webhooks/twilio/voice', 'http://line.example.org/webhooks/twilio/voice'],
      ['http://line.example.org/webhooks/twilio/voice', 'http://line.example.org:80/webhooks/twilio/voice'],
    ] as const) {
      const signature = twilio.getExpectedTwilioSignature(TOKEN, other, params);
      expect([configured, isValidSignature(TOKEN, configured, params, signature)]).toEqual([configured, true]);
      expect(official(signature, configured, params)).toBe(true);
    }
  });

  it('counts a parameter repeated with the same value once, as the official library does', () => {
    const signature = twilio.getExpectedTwilioSignature(TOKEN, CONFIGURED[0] ?? '', {
      Event: ['ringing', 'ringing', 'answered'],
    });
    expect(isValidSignature(TOKEN, CONFIGURED[0] ?? '', { Event: ['answered', 'ringing'] }, signature)).toBe(true);
    expect(computeSignature(TOKEN, CONFIGURED[0] ?? '', { Event: ['ringing', 'answered', 'ringing'] })).toBe(signature);
  });

  it('refuses forged, mangled, missing and wrongly keyed signatures, as the official library does', () => {
    const url = 'https://line.example.org:443/webhooks/twilio/voice?call=call_1';
    const params = PARAMS[1] ?? {};
    const good = twilio.getExpectedTwilioSignature(TOKEN, url, params);
    const forged = [
      undefined,
      '',
      ' ',
      'bm90IGEgc2lnbmF0dXJl',
      good.slice(0, -2),
      `${good} `,
      `${good}=`,
      good.toLowerCase(),
      twilio.getExpectedTwilioSignature('another-token', url, params),
      twilio.getExpectedTwilioSignature(TOKEN, url, { ...params, Digits: '2' }),
      twilio.getExpectedTwilioSignature(TOKEN, 'https://evil.example/webhooks/twilio/voice?call=call_1', params),
    ];
    for (const signature of forged) {
      expect([signature, isValidSignature(TOKEN, url, params, signature)]).toEqual([signature, false]);
      expect(official(signature, url, params)).toBe(false);
    }
    expect(isValidSignature(TOKEN, url, params, good)).toBe(true);
  });
});
