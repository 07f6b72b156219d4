import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { WEEKDAYS } from '../platform/local-time';
import { CarePatchSchema } from './care';
import { DispatchPatchSchema } from './dispatch';
import { MESSAGE_MAX } from './limits';
import { RetentionPatchSchema } from './retention';
import { TextingPatchSchema } from './texting';
import { CALLER_MESSAGE_KEYS, RING_STRATEGIES, SCOPES, type CallerMessageKey } from './types';

const Clock = Type.String({
  description: 'Local time, HH:MM (24-hour); an end of 24:00 means midnight',
  examples: ['19:00'],
});
const Span = Strict({ start: Clock, end: Clock });

export const HoursSchema = Strict(
  {
    weekly: Type.Array(Strict({ day: Type.Union(WEEKDAYS.map((d) => Type.Literal(d))), start: Clock, end: Clock }), {
      description:
        'Opening spans per weekday in the program time zone; an end at or before the start runs past midnight',
    }),
    exceptions: Type.Array(
      Strict({
        date: Type.String({ description: 'YYYY-MM-DD', examples: ['2026-12-25'] }),
        open: Type.Array(Span, { description: 'Replaces that day’s weekly hours; empty means closed' }),
        label: Type.Optional(Type.String({ maxLength: 80 })),
      }),
    ),
  },
  'Hours of operation',
);

const MessageText = Type.Optional(Type.String({ maxLength: MESSAGE_MAX }));
const Messages = Strict(
  Object.fromEntries(CALLER_MESSAGE_KEYS.map((key) => [key, MessageText])) as Record<
    CallerMessageKey,
    typeof MessageText
  >,
  'Overrides of what callers hear and texts say (`text.*`). Placeholders: {program}, {hours}, {scope}, {kept}, {digit}. ' +
    'Empty or absent uses Kith’s default; a language Kith has no words in needs every one written.',
);

const settingsProperties = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  phoneNumber: Nullable(Type.String({ description: 'The community number in E.164, e.g. +12025550100' })),
  timeZone: Type.String({ description: 'IANA time zone', examples: ['America/Chicago'] }),
  defaultCountry: Type.String({ description: 'ISO country used to read local phone numbers', examples: ['US'] }),
  languages: Type.Array(Type.String(), {
    description: 'Language codes; the first is the default',
    examples: [['en', 'es']],
  }),
  respondsTo: Type.Array(Type.Union(SCOPES.map((s) => Type.Literal(s))), {
    description: 'Kinds of situation the team responds to; told to callers',
  }),
  hours: HoursSchema,
  messages: Type.Record(Type.String(), Messages),
  ringTimeoutSeconds: Type.Integer({ description: 'How long each tier (or each person, in order) rings' }),
  ringStrategy: Type.Union(RING_STRATEGIES.map((s) => Type.Literal(s))),
  texting: TextingPatchSchema,
  retention: RetentionPatchSchema,
  dispatch: DispatchPatchSchema,
  care: CarePatchSchema,
};

export const ProgramPatchSchema = Type.Partial(
  Strict({
    ...settingsProperties,
    acknowledgeDraft: Type.Array(Type.String(), {
      description:
        'Languages newly enabled although their translation is a draft (not checked by a fluent speaker): the coordinator saw that warning',
      examples: [['ar']],
    }),
  }),
);
export type ProgramPatchBody = Static<typeof ProgramPatchSchema>;

export const ProgramSchema = Strict(
  {
    id: Type.String(),
    ...settingsProperties,
    spoken: Type.Record(Type.String(), Type.Record(Type.String(), Type.String()), {
      description: 'What callers actually hear, per language, after overrides and defaults',
    }),
    createdAt: Type.Integer({ description: 'Epoch milliseconds' }),
    updatedAt: Type.Integer({ description: 'Epoch milliseconds' }),
  },
  'The program: one crisis response team, its number, hours, languages and promises',
);

/** What the console reads (src/web/client imports these types, never a copy). */
export type ProgramView = Static<typeof ProgramSchema>;
