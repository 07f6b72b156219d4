import { Type, type Static } from '@sinclair/typebox';
import { Strict } from '../http/schema-helpers';

export const MonthQuerySchema = Strict({
  month: Type.Optional(
    Type.String({
      description: 'The calendar month, YYYY-MM, in the program time zone; default this month',
      examples: ['2026-11'],
    }),
  ),
});

const Count = (description: string) => Type.Integer({ minimum: 0, description });

export const PersonLoadSchema = Strict(
  {
    responderId: Type.String(),
    name: Type.String(),
    hoursOnCall: Type.Number({
      description: 'Hours scheduled on call in the month, every role, time away taken out; one decimal',
    }),
    callsAnswered: Count('Calls this person answered'),
    conversationsHandled: Count('Texts and chats this person took (a handed-on one counts for its last holder)'),
    fieldResponsesJoined: Count('Field responses this person said yes to and went on'),
  },
  'One person’s month: numbers only, never a caller, a conversation or a response',
);

const monthFields = {
  month: Type.String({ description: 'YYYY-MM', examples: ['2026-11'] }),
  timeZone: Type.String({ description: 'The program time zone the month is in' }),
  from: Type.String({ description: 'Local midnight on the 1st, ISO 8601 with offset' }),
  to: Type.String({ description: 'Local midnight on the 1st of the next month, ISO 8601 with offset' }),
};

export const MyLoadSchema = Strict({ ...monthFields, me: PersonLoadSchema }, 'My own month on the line');
export const TeamLoadSchema = Strict(
  { ...monthFields, people: Type.Array(PersonLoadSchema, { description: 'Everyone on the team, by name' }) },
  'The team’s month on the line, for spreading the load',
);

/** What the console reads (src/web/client imports these types, never a copy). */
export type PersonLoadView = Static<typeof PersonLoadSchema>;
export type MyLoadView = Static<typeof MyLoadSchema>;
export type TeamLoadView = Static<typeof TeamLoadSchema>;
