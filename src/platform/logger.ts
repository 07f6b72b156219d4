import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * Anything that looks like a phone number (7+ digits, optionally with +, spaces, dots,
 * dashes or brackets) is replaced before a line is written. Kith never *means* to log a
 * number — this is the second wall, for the day someone forgets.
 */
const PHONE_LIKE = /\+?\(?\d[\d\s().-]{5,}\d/g;

export function scrub(text: string): string {
  return text.replace(PHONE_LIKE, '[redacted-number]');
}

function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrub(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = scrubValue(inner, depth + 1);
  return out;
}

const SENSITIVE_FIELDS = ['From', 'To', 'Called', 'Caller', 'Body', 'Digits', 'SpeechResult', 'phone', 'phoneNumber', 'token', 'password'];
/** Sign-in material (docs/SIGN-IN.md): none of it is ever logged on purpose; this catches an accident. */
const SIGN_IN_FIELDS = ['invite', 'inviteUrl', 'signInName', 'authKey', 'authSalt', 'wrappedKey', 'verifier', 'passphrase', 'attestation', 'assertion'];

/** Field names whose values are never written, at the top of a log line or one level down. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-twilio-signature"]',
  'req.headers["x-signalwire-signature"]',
  ...[...SENSITIVE_FIELDS, ...SIGN_IN_FIELDS].flatMap((field) => [field, `*.${field}`]),
];

export function createLogger(options: { level: string; destination?: DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: {
        log: (object) => scrubValue(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as typeof args;
          method.apply(this, scrubbed);
        },
      },
      // No IP addresses, no hostnames: nothing that places a person.
      base: undefined,
    },
    options.destination,
  );
}
