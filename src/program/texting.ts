import { Type } from '@sinclair/typebox';
import type { FieldProblem } from '../platform/errors';

/** How the program's text channels (SMS and web chat) behave. Every field has a default. */
export interface TextingSettings {
  /**
   * Whether what a person writes is relayed to the on-call responders' own phones by SMS. Off by
   * default: a relayed text rests on the responder's phone and at the provider, so the alert only
   * says a conversation is waiting and points to the console.
   */
  relayContent: boolean;
  /** Minutes a new conversation waits for the primary tier before backup is alerted too. */
  claimMinutes: number;
  /** Further minutes before the person is told nobody could answer (the conversation stays open). */
  backupMinutes: number;
  /** A conversation with no message either way for this long is closed. */
  idleCloseMinutes: number;
  /** Hours the person's number is kept after closing (to pick up a late reply), then erased. */
  numberGraceHours: number;
  /** Sent once to a sender when they are blocked; empty sends nothing. */
  blockMessage: string;
  /**
   * Web chat's "Leave now" sends the visitor here, replacing the chat in their history. A neutral
   * page someone looking over their shoulder would not wonder about; programs can choose their own.
   */
  quickExitUrl: string;
}

export const TEXTING_DEFAULTS: TextingSettings = {
  relayContent: false,
  claimMinutes: 5,
  backupMinutes: 10,
  idleCloseMinutes: 120,
  numberGraceHours: 4,
  blockMessage: '',
  quickExitUrl: 'https://www.wikipedia.org/',
};

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
      Type.String({ maxLength: 320, description: 'Sent once to a blocked sender; empty sends nothing' }),
    ),
    quickExitUrl: Type.Optional(
      Type.String({
        maxLength: 500,
        description: 'Where web chat’s “Leave now” takes the visitor: a neutral http(s) page',
      }),
    ),
  },
  { additionalProperties: false, description: 'Texting (SMS and web chat) settings; absent fields keep their value' },
);

export const RANGES = {
  claimMinutes: [1, 120],
  backupMinutes: [1, 240],
  idleCloseMinutes: [10, 7 * 24 * 60],
  numberGraceHours: [0, 72],
} as const;

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
  if (!isWebAddress(t.quickExitUrl))
    problems.push({ field: '/texting/quickExitUrl', message: 'must be a full http:// or https:// address' });
  return problems;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
