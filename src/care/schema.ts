import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { SealedRecordSchema } from '../notes/schema';

/** The edge of the care side of field dispatch: events, close, debriefs, aftercare (docs/DISPATCH.md). */

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Category = Type.String({
  minLength: 1,
  maxLength: 40,
  description: 'An id from the program’s dispatch settings',
});

export const ResponseParams = Strict({ id: Id });
export const DebriefParams = Strict({ responseId: Id, responderId: Id });

export const EventBody = Strict({
  kind: Type.Union([Type.Literal('emergency_services'), Type.Literal('police_contact')]),
  category: Category,
  personConsented: Type.Optional(
    Type.Boolean({
      description: 'Emergency services only: must be true — the person asked for them or agreed to them',
    }),
  ),
});
export type EventBodyType = Static<typeof EventBody>;

export const EventSchema = Strict(
  {
    id: Type.String(),
    responseId: Type.String(),
    kind: Type.Union([Type.Literal('emergency_services'), Type.Literal('police_contact')]),
    category: Type.String(),
    at: Type.Integer({ description: 'Epoch ms' }),
  },
  'Counted for evaluation, with a category: never a story. Kith contacted no one',
);

const Counts = Type.Record(Type.String(), Type.Integer());
export const EvaluationQuery = Strict({
  from: Type.Optional(
    Type.String({
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
      description: 'First local date (program time zone); default 29 days before `to`',
    }),
  ),
  to: Type.Optional(
    Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Last local date, included; default today' }),
  ),
});
export const EvaluationSchema = Strict(
  {
    from: Type.String(),
    to: Type.String(),
    fromAt: Type.Integer(),
    toAt: Type.Integer({ description: 'Epoch ms, excluded' }),
    responses: Strict(
      { total: Type.Integer(), byState: Counts, byOutcome: Counts, byUrgency: Counts },
      'Responses requested in the period',
    ),
    emergencyServices: Strict(
      { total: Type.Integer(), byCategory: Counts },
      'Emergency services the person consented to, recorded in the period',
    ),
    policeContacts: Strict({ total: Type.Integer(), byCategory: Counts }, 'Police contact recorded in the period'),
    debriefs: Strict({ done: Type.Integer(), notDone: Type.Integer() }, 'Debriefs of the period’s responses'),
    followUps: Strict(
      { done: Type.Integer(), missed: Type.Integer(), pending: Type.Integer() },
      'Follow-ups due in the period; missed: not done two days after',
    ),
  },
  'Numbers only, for the program’s own evaluation',
);

export const CloseBody = Strict({ outcome: Category });
export const CloseSchema = Strict({
  id: Type.String(),
  alias: Type.String(),
  state: Type.Literal('closed'),
  outcome: Type.String(),
  closedAt: Type.Integer(),
  debriefs: Type.Array(Strict({ responderId: Type.String(), supportId: Nullable(Type.String()) }), {
    description: 'One debrief task per field member who went',
  }),
});

export const DebriefBody = Strict({
  done: Type.Literal(true),
  record: Type.Optional(SealedRecordSchema),
});
export const DebriefSchema = Strict({
  responseId: Type.String(),
  alias: Type.String(),
  responderId: Type.String(),
  responderName: Type.String(),
  supportId: Nullable(Type.String()),
  supportName: Nullable(Type.String()),
  mine: Type.Union([Type.Literal('hold'), Type.Literal('attend')]),
  closedAt: Nullable(Type.Integer()),
  doneAt: Nullable(Type.Integer()),
  record: Nullable(SealedRecordSchema),
});

export const ContactBody = Strict({
  number: Type.String({
    minLength: 1,
    maxLength: 40,
    description: 'The person’s number, with their consent; any usual form',
  }),
});
export const ContactSchema = Strict(
  {
    held: Type.Boolean(),
    eraseAfter: Nullable(Type.Integer({ description: 'Erased then unless a follow-up needs it (epoch ms)' })),
  },
  'Whether a number is held; never the number',
);
export const FollowUpTextBody = Strict({
  body: Type.String({ maxLength: 2000, description: 'What to text the person (at most 640 characters); not kept' }),
});

const Kind = Type.Union([Type.Literal('call'), Type.Literal('text'), Type.Literal('accompany')]);
export const FollowUpBody = Strict({
  kind: Kind,
  date: Type.String({ maxLength: 10, description: 'YYYY-MM-DD in the program’s time zone' }),
  time: Type.String({ maxLength: 5, description: 'HH:MM (24-hour) in the program’s time zone' }),
  assignedTo: Id,
});
export const FollowUpSchema = Strict({
  id: Type.String(),
  responseId: Type.String(),
  alias: Type.String(),
  kind: Kind,
  assignedTo: Type.String(),
  assigneeName: Type.String(),
  dueAt: Type.Integer(),
  date: Type.String(),
  time: Type.String(),
  remindedAt: Nullable(Type.Integer()),
  doneAt: Nullable(Type.Integer()),
  missed: Type.Boolean(),
  contactHeld: Type.Boolean(),
  createdAt: Type.Integer(),
});

/** What the console reads (src/web/client imports these types, never a copy). */
export type DebriefView = Static<typeof DebriefSchema>;
export type FollowUpView = Static<typeof FollowUpSchema>;
export type FollowUpBodyType = Static<typeof FollowUpBody>;

export type EvaluationView = Static<typeof EvaluationSchema>;
