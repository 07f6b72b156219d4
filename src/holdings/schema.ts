import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';

const About = Type.Union([Type.Literal('callers'), Type.Literal('team'), Type.Literal('program')]);
const Ms = (description: string) => Nullable(Type.Integer({ description }));

export const HoldingItemSchema = Strict(
  {
    class: Type.String({ description: 'The retention class (see src/retention/classes.ts)' }),
    about: About,
    what: Type.String({ description: 'What it is, in plain words' }),
    tables: Type.Array(Strict({ table: Type.String(), count: Type.Integer() }), {
      description: 'Where it is kept, and how many rows in each',
    }),
    count: Type.Integer(),
    oldestExpiresAt: Ms('Epoch ms the first of them with a fixed time is deleted'),
    newestExpiresAt: Ms('Epoch ms the last of them with a fixed time is deleted'),
    waiting: Type.Integer({ description: 'How many have no fixed time yet: they wait for the event in `until`' }),
    until: Nullable(
      Type.String({ description: 'The event those wait for, e.g. "while the conversation is open, then 4 hours"' }),
    ),
  },
  'One kind of thing Kith holds: counts and expiry, never contents, numbers or callers’ names',
);

export const HoldingsSchema = Strict(
  {
    scope: Type.Union([Type.Literal('program'), Type.Literal('number')]),
    at: Type.Integer({ description: 'Epoch ms the list was made' }),
    programName: Type.String(),
    timeZone: Type.String({ description: 'The program’s time zone, to read the times in' }),
    classes: Type.Array(Strict({ class: Type.String(), title: Type.String(), about: About, rule: Type.String() })),
    items: Type.Array(HoldingItemSchema),
    remarks: Type.Array(Type.String()),
    nothingLinked: Nullable(Type.Boolean({ description: 'With a number: true when nothing at all is linked to it' })),
  },
  'What Kith holds right now, by retention class: for the program, or linked to one number (never repeated back)',
);

export const HoldingsBody = Strict({
  number: Type.Optional(
    Type.String({
      maxLength: 40,
      description:
        'A phone number, in any usual form; without +country code it is read in the program’s default country',
    }),
  ),
});
export type HoldingsBodyType = Static<typeof HoldingsBody>;
