import type { Seeded } from './seeded';

/**
 * Strings a hostile coordinator, texter or client would try in any field that reaches a page, a
 * header or TwiML: markup and CDATA breakers, header splitting, control and bidi characters,
 * lone surrogates, non-Latin addresses, and lengths at and past the limits.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  '</Say><Hangup/><Say>',
  ']]><Hangup/><![CDATA[',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'line one\r\nSet-Cookie: kith_session=stolen',
  'tab\there\u000bvertical\u000cfeed',
  'bell\u0007null\u0000escape\u001b[31m',
  'right-to-left \u202egnp.exe\u202c and \u2066isolate\u2069',
  'zero\u200bwidth\ufeffjoiners\u200d',
  'lone surrogate \ud800 here',
  'Погода в Москве — 天気 — مرحبا — 🌧️',
  'https://ru.wikipedia.org/wiki/Погода',
  'https://例え.テスト/パス?q=値#frag',
  'https://xn--r8jz45g.xn--zckzah/',
  'javascript:alert(1)',
  'https://example.org/\r\nLocation: https://evil.example',
  'https://evil.example\\@good.example/',
  '%0d%0aX-Injected: 1',
  '{{constructor.constructor("return 1")()}}',
  '${process.exit(1)}',
  '\u0000',
  ' ',
  'x'.repeat(121),
  'y'.repeat(4096),
  'z'.repeat(70_000),
];

/** A hostile string picked or assembled from the list, sometimes two glued together, sometimes cut. */
export function hostileString(rng: Seeded): string {
  const one = rng.pick(HOSTILE_STRINGS);
  if (rng.chance(0.2)) return one + rng.pick(HOSTILE_STRINGS);
  if (rng.chance(0.2)) return one.slice(0, 1 + rng.int(Math.max(1, one.length)));
  return one;
}

export interface Malformed {
  kind: string;
  contentType: string | undefined;
  body: Buffer | undefined;
}

const DEEP = 20_000;

/**
 * One malformed body of the given kind. `fields` are the route's documented body properties (from
 * its OpenAPI schema), filled with values of the wrong type; other kinds ignore them.
 */
export function malformedBody(rng: Seeded, kind: MalformedKind, fields: readonly string[]): Malformed {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const as = (contentType: string | undefined, body: Buffer | string | undefined): Malformed => ({
    kind,
    contentType,
    body: typeof body === 'string' ? Buffer.from(body) : body,
  });
  switch (kind) {
    case 'wrong types': {
      const names = fields.length > 0 ? fields : [rng.word(), rng.word()];
      return as('application/json', json(Object.fromEntries(names.map((name) => [name, rng.json()]))));
    }
    case 'random json':
      return as('application/json', json(rng.json(4)));
    case 'hostile strings': {
      const names = fields.length > 0 ? fields : ['name', 'text'];
      return as('application/json', json(Object.fromEntries(names.map((name) => [name, hostileString(rng)]))));
    }
    case 'huge':
      return as('application/json', json({ [rng.pick(fields.length > 0 ? fields : ['x'])]: 'h'.repeat(80 * 1024) }));
    case 'deep':
      return as(
        'application/json',
        rng.chance(0.5) ? '['.repeat(DEEP) + ']'.repeat(DEEP) : '{"a":'.repeat(DEEP / 4) + '1' + '}'.repeat(DEEP / 4),
      );
    case 'bad utf-8':
      return as(
        rng.pick(['application/json', 'application/x-www-form-urlencoded']),
        Buffer.concat([
          Buffer.from('{"name":"'),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
          Buffer.from('"}'),
        ]),
      );
    case 'truncated':
      return as('application/json', rng.pick(['{"a": [1, 2', '{', '"', '{"a":"\\u12', 'nul']));
    case 'prototype':
      return as('application/json', '{"__proto__":{"roles":["coordinator"]},"constructor":{"prototype":{"x":1}}}');
    case 'wrong content type':
      return as(
        rng.pick([
          'text/plain',
          'application/xml',
          'multipart/form-data; boundary=x',
          'application/json; charset=utf-16',
          ';;;',
          'application/x-www-form-urlencoded',
        ]),
        rng.pick(['name=x&name=y&text=%FF', '<a>1</a>', '--x\r\n\r\n--x--', '{"name":"x"}']),
      );
    case 'empty':
      return as(rng.chance(0.5) ? 'application/json' : undefined, rng.chance(0.5) ? Buffer.alloc(0) : undefined);
  }
}

export const MALFORMED_KINDS = [
  'wrong types',
  'random json',
  'hostile strings',
  'huge',
  'deep',
  'bad utf-8',
  'truncated',
  'prototype',
  'wrong content type',
  'empty',
] as const;
export type MalformedKind = (typeof MALFORMED_KINDS)[number];
