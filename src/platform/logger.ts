import { isIP } from 'node:net';
import { networkInterfaces } from 'node:os';
import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Anything that looks like a phone number (7+ digits, optionally with +, spaces, dots,
 * dashes or brackets) is replaced before a line is written. Kith never *means* to log a
 * number — this is the second wall, for the day someone forgets.
 */
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;

/**
 * IP addresses, looked for before phone numbers so that 127.0.0.1 is not taken for one: an IPv4
 * dotted quad, a bracketed IPv6 address as URLs write it, or bare IPv6 text — each with its port,
 * if any. Candidates are confirmed with `isIP`, so a clock time like 10:00:00 is not an address.
 */
const IP_LIKE =
  /(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)(?::\d{1,5})?|\[[0-9a-f:.]+\](?::\d{1,5})?|(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9a-f]{1,4})?(?![\w:]|\.\d)/gi;

function scrubPhones(text: string): string {
  return text.replace(PHONE_LIKE, '[redacted-number]');
}

/** The address part of an IP match: brackets and port taken off. */
function addressIn(match: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(match);
  if (bracketed) return bracketed[1] ?? '';
  return /^(?:\d{1,3}\.){3}\d{1,3}/.exec(match)?.[0] ?? match;
}

/**
 * Replaces phone numbers and IP addresses in `text`. A person's address places them, so none is
 * written — except the server's own listening addresses (`own`), which are its configuration,
 * not anyone's whereabouts ("Server listening at http://127.0.0.1:8080").
 */
export function scrub(text: string, own: ReadonlySet<string> = new Set()): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(IP_LIKE)) {
    const address = addressIn(match[0]);
    if (isIP(address) === 0) continue; // not an address after all: left to the phone scrubber
    const index = match.index ?? 0;
    out += scrubPhones(text.slice(last, index)) + (own.has(address.toLowerCase()) ? match[0] : '[redacted-ip]');
    last = index + match[0].length;
  }
  return out + scrubPhones(text.slice(last));
}

/**
 * The addresses a server told to listen on `host` announces as its own: the host itself, both
 * loopbacks for "localhost", and every interface's for a wildcard (Fastify names each one).
 */
export function listeningAddresses(host: string): string[] {
  if (host === 'localhost') return ['127.0.0.1', '::1'];
  if (host === '0.0.0.0' || host === '::') {
    return [host, ...Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address))];
  }
  return [host];
}

function scrubValue(value: unknown, own: ReadonlySet<string>, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value, own);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, own, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = scrubValue(inner, own, depth + 1);
  return out;
}

const SENSITIVE_FIELDS = [
  'From',
  'To',
  'Called',
  'Caller',
  'Body',
  'Digits',
  'SpeechResult',
  'phone',
  'phoneNumber',
  'token',
  'password',
];
/** Sign-in material (docs/SIGN-IN.md): none of it is ever logged on purpose; this catches an accident. */
const SIGN_IN_FIELDS = [
  'invite',
  'inviteUrl',
  'signInName',
  'authKey',
  'authSalt',
  'wrappedKey',
  'verifier',
  'passphrase',
  'attestation',
  'assertion',
];

/** Field names whose values are never written, at the top of a log line or one level down. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-signalwire-signature"]',
  ...[...SENSITIVE_FIELDS, ...SIGN_IN_FIELDS].flatMap((field) => [field, `*.${field}`]),
];

export interface LoggerOptions {
  level: string;
  destination?: DestinationStream;
  /** The server's own listening addresses (see `listeningAddresses`), the only IP addresses written. */
  ownAddresses?: readonly string[];
}

export function createLogger(options: LoggerOptions): Logger {
  const own = new Set((options.ownAddresses ?? []).map((address) => address.toLowerCase()));
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: {
        log: (object) => scrubValue(object, own) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrub(a, own) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
      // No IP addresses, no hostnames: nothing that places a person.
      base: undefined,
    },
    options.destination,
  );
}
