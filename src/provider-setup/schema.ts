import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { CHECK_NAMES, PROBLEMS } from './checks';

/** A closed set of codes, typed as the set itself so the CLI and console can handle every one. */
const oneOf = <T extends readonly string[]>(values: T, description: string) =>
  Type.Unsafe<T[number]>({ type: 'string', enum: [...values], description });

export const CheckItemSchema = Strict(
  {
    check: oneOf(
      CHECK_NAMES,
      'What was checked: the credentials, the number on the account, KITH_PUBLIC_URL, and where the number sends calls (voice), call status, the fallback and texts',
    ),
    ok: Type.Boolean(),
    problem: Nullable(oneOf(PROBLEMS, 'What is wrong, as a code the CLI and console put into words; null when ok')),
    current: Nullable(
      Type.String({ description: 'What is set now, e.g. "POST https://line.example.org/webhooks/twilio/voice"' }),
    ),
    expected: Nullable(Type.String({ description: 'What it must be, where there is one right value' })),
  },
  'One check of the line’s connection at the phone provider',
);

export const LineCheckSchema = Strict(
  {
    ok: Type.Boolean({ description: 'True when every check passed' }),
    number: Nullable(Type.String({ description: 'The program’s community number (E.164)' })),
    items: Type.Array(CheckItemSchema),
  },
  'Whether the program’s number at the provider reaches Kith, check by check',
);

const SETTINGS = [
  'voiceUrl',
  'voiceMethod',
  'statusCallbackUrl',
  'statusCallbackMethod',
  'voiceFallbackUrl',
  'voiceFallbackMethod',
  'smsUrl',
  'smsMethod',
] as const;

export const ConnectResultSchema = Strict(
  {
    number: Nullable(Type.String()),
    changes: Type.Array(
      Strict({
        setting: oneOf(SETTINGS, 'The number’s setting at the provider'),
        from: Type.String({ description: 'Its value now; empty when not set' }),
        to: Type.String(),
      }),
    ),
    applied: Type.Boolean({
      description: 'Whether the changes were made (false without `apply`, or when there was nothing to change)',
    }),
    check: LineCheckSchema,
  },
  'What connecting the number changes at the provider, and the line’s check afterwards',
);

export const ConnectBody = Strict({
  apply: Type.Boolean({ description: 'false: only say what would change; true: change it' }),
  fallbackUrl: Type.Optional(
    Type.String({
      maxLength: 2000,
      description:
        'The voice fallback: a static page on another host (https), played when Kith cannot answer. Never put responders’ numbers in it. Left alone when absent.',
    }),
  ),
});
export type ConnectBodyType = Static<typeof ConnectBody>;
