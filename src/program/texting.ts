import { Type } from '@sinclair/typebox';
import type { FieldProblem } from '../platform/errors';
import { webAddress } from '../platform/text';
import {
  BLOCK_MESSAGE_MAX,
  QUICK_EXIT_URL_MAX,
  TEXTING_DEFAULTS,
  TEXTING_RANGES,
  type TextingSettings,
} from './limits';

// The defaults and ranges live with the program's other limits, where the console reads them too.
export { TEXTING_DEFAULTS, type TextingSettings } from './limits';

const minutes = (description: string) => Type.Optional(Type.Integer({ description }));
export const TextingPatchSchema = Type.Object(
  {
    relayContent: Type.Optional(
      Type.Boolean({
        description:
          'Relay what people write to on-call responders’ phones by SMS (off: an alert pointing to the console)',
      }),
    ),
    claimMinutes: minutes('Minutes before the backup tier is alerted'),
    backupMinutes: minutes('Further minutes before the person is told nobody could answer'),
    idleCloseMinutes: minutes('Minutes without a message before a conversation closes'),
    numberGraceHours: minutes('Hours a texter’s number is kept after closing, then erased'),
    blockMessage: Type.Optional(
      Type.String({ maxLength: BLOCK_MESSAGE_MAX, description: 'Sent once to a blocked sender; empty sends nothing' }),
    ),
    quickExitUrl: Type.Optional(
      Type.String({
        maxLength: QUICK_EXIT_URL_MAX,
        description: 'Where web chat’s “Leave now” takes the visitor: a neutral http(s) page',
      }),
    ),
  },
  { additionalProperties: false, description: 'Texting (SMS and web chat) settings; absent fields keep their value' },
);

/** The ranges the server checks (kept in limits.ts, which the console checks a draft against first). */
export const RANGES = TEXTING_RANGES;

export function textingFromJson(json: string): TextingSettings {
  return { ...TEXTING_DEFAULTS, ...(JSON.parse(json) as Partial<TextingSettings>) };
}

export function validateTexting(t: TextingSettings): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [field, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, readonly [number, number]][]) {
    const value = t[field];
    if (!Number.isInteger(value) || value < min || value > max)
      problems.push({ field: `/texting/${field}`, message: `must be a whole number from ${min} to ${max}` });
  }
  if (webAddress(t.quickExitUrl) === undefined)
    problems.push({ field: '/texting/quickExitUrl', message: 'must be a full http:// or https:// address' });
  return problems;
}

/** Stored as WHATWG's parser writes it (`https://ru.wikipedia.org/wiki/%D0%9F…`), ready for a header. */
export function normaliseTexting(t: TextingSettings): TextingSettings {
  return { ...t, quickExitUrl: webAddress(t.quickExitUrl) ?? t.quickExitUrl };
}

/**
 * Where "Leave now" sends the visitor, safe for a `Location` header whatever is stored: a value saved
 * before addresses were normalised is normalised here, and one that cannot be falls back to the default.
 */
export function quickExitLocation(t: Pick<TextingSettings, 'quickExitUrl'> | undefined): string {
  return webAddress(t?.quickExitUrl ?? '') ?? TEXTING_DEFAULTS.quickExitUrl;
}
