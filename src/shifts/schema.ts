import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../auth/principal';
import { Strict } from '../http/schema-helpers';
import { WEEKDAYS } from '../platform/local-time';
import { REST_OVERRIDE_REASONS, REST_RULES } from '../program/limits';
import { OVERRIDE_KINDS, TIERS } from './types';

const ReasonField = Type.Union(
  REST_OVERRIDE_REASONS.map((r) => Type.Literal(r)),
  {
    description:
      'A coordinator lets this shift break a rest rule, for this reason; without it such a shift is refused (409 rest_limit)',
  },
);
const RestOverrideField = Type.Optional(
  Strict(
    {
      reason: Type.Union(REST_OVERRIDE_REASONS.map((r) => Type.Literal(r))),
      by: Type.String({ description: 'The coordinator who allowed it' }),
      at: Type.Integer({ description: 'Epoch ms' }),
      rules: Type.Array(Type.Union(REST_RULES.map((r) => Type.Literal(r)))),
    },
    'Set when a coordinator let this shift break a rest rule; the router rings it as written',
  ),
);

const RoleField = Type.Union(
  ROLES.map((r) => Type.Literal(r)),
  {
    description:
      'What the shift is for: answering the phone, going out in the field, supporting responders, coordinating',
  },
);
const TierField = Type.Union(
  TIERS.map((t) => Type.Literal(t)),
  { description: 'Primary responders are rung first; backup when no primary answers' },
);
const Clock = (description: string) =>
  Type.String({ description: `${description}, in the program time zone`, examples: ['22:00'] });
const LOCAL_DATE_TIME =
  'A local date and time in the program time zone, e.g. 2026-12-24T18:00, or ISO 8601 with a UTC offset to pick one side of a daylight-saving change, e.g. 2026-11-01T01:30-05:00';
const LocalDateTime = (extra = '') =>
  Type.String({ description: `${LOCAL_DATE_TIME}${extra}`, examples: ['2026-12-24T18:00'] });
const Instant = (description = 'ISO 8601 in the program time zone, with its UTC offset') =>
  Type.String({ description, examples: ['2026-12-24T18:00-05:00'] });
const Id = Type.String({ description: 'Identifier' });

const ruleFields = {
  responderId: Type.String({ description: 'Who works the shift; they must hold its role' }),
  role: RoleField,
  tier: TierField,
  day: Type.Union(
    WEEKDAYS.map((d) => Type.Literal(d)),
    { description: 'Local weekday the shift starts on' },
  ),
  start: Clock('Local start time, HH:MM from 00:00 to 23:59'),
  end: Clock(
    'Local end time, HH:MM; 24:00 is midnight, and an end at or before the start runs past midnight into the next day',
  ),
};

export const RuleBodySchema = Strict(
  { ...ruleFields, restOverride: Type.Optional(ReasonField) },
  'A weekly shift, repeating every week in the program time zone',
);
export type RuleBody = Static<typeof RuleBodySchema>;
export const RuleSchema = Strict(
  { id: Id, ...ruleFields, restOverride: RestOverrideField },
  'A weekly shift, repeating every week in the program time zone',
);

export const OverrideBodySchema = Strict(
  {
    responderId: Type.String({ description: 'Who the one-off is for' }),
    kind: Type.Union(
      OVERRIDE_KINDS.map((k) => Type.Literal(k)),
      {
        description:
          '"on": an extra shift (needs role and tier). "off": time away, taking the person off call whatever their shifts say',
      },
    ),
    role: Type.Optional(RoleField),
    tier: Type.Optional(TierField),
    start: LocalDateTime(),
    end: LocalDateTime('. Must be after start; an extra shift lasts at most 48 hours, time away at most 366 days'),
    restOverride: Type.Optional(ReasonField),
  },
  'A one-off shift or time away',
);
export type OverrideBody = Static<typeof OverrideBodySchema>;
export const OverrideSchema = Strict(
  {
    id: Id,
    responderId: Id,
    kind: Type.Union(OVERRIDE_KINDS.map((k) => Type.Literal(k))),
    role: Type.Optional(RoleField),
    tier: Type.Optional(TierField),
    start: Instant(),
    end: Instant(),
    restOverride: RestOverrideField,
  },
  'A one-off shift ("on") or time away ("off")',
);

export const ShiftsSchema = Strict(
  {
    rules: Type.Array(RuleSchema),
    overrides: Type.Array(OverrideSchema, { description: 'One-offs that have not ended yet' }),
  },
  'Weekly shifts and upcoming one-offs',
);

export const ScheduleQuerySchema = Strict({
  from: Type.Optional(
    Type.String({
      description: 'First local date, YYYY-MM-DD; default today in the program time zone',
      examples: ['2026-11-23'],
    }),
  ),
  days: Type.Optional(Type.String({ description: 'How many local days, 1 to 31; default 7', examples: ['7'] })),
});
export type ScheduleQuery = Static<typeof ScheduleQuerySchema>;

const RestMarkSchema = Strict(
  {
    rule: Type.Union(REST_RULES.map((r) => Type.Literal(r))),
    hours: Type.Number({ description: 'Hours on call (week, stretch) or hours of rest (between), to one decimal' }),
    limit: Type.Integer({ description: 'The program’s limit, in hours' }),
    at: Instant('Where the breach is: the 7 days’, the stretch’s or the later stretch’s start'),
    allowed: Type.Union([...REST_OVERRIDE_REASONS.map((r) => Type.Literal(r)), Type.Null()], {
      description: 'The reason a coordinator gave to allow it; null when nobody did',
    }),
  },
  'A rest rule broken',
);

export const ScheduleSchema = Strict(
  {
    timeZone: Type.String({ description: 'The program time zone all local times are in' }),
    occurrences: Type.Array(
      Strict({
        responderId: Id,
        responderName: Type.String(),
        role: RoleField,
        tier: TierField,
        start: Instant(),
        end: Instant(),
        source: Type.Union([Type.Literal('rule'), Type.Literal('override')], {
          description: 'A weekly shift or a one-off',
        }),
        sourceId: Type.String({ description: 'The id of the weekly shift or one-off this comes from' }),
        rest: Type.Union([RestMarkSchema, Type.Null()], {
          description:
            'The rest rule this shift breaks, judged on what the same person works before it (every role); null when none',
        }),
      }),
      { description: 'Real stretches of time someone is scheduled, time away already cut out' },
    ),
    gaps: Type.Array(Strict({ role: RoleField, start: Instant(), end: Instant() }), {
      description:
        'Stretches of opening hours (the program’s hours and their exceptions) within the window with nobody on the primary tier for the phone; closed hours are never gaps',
    }),
  },
  'Who is scheduled when',
);

export const OnCallSchema = Type.Array(
  Strict({
    responderId: Id,
    name: Type.String(),
    role: RoleField,
    tier: TierField,
    until: Instant('When this stretch on call ends (time away already counted), ISO 8601 with offset'),
    status: Type.Union([Type.Literal('active'), Type.Literal('paused')], {
      description: 'A paused responder is scheduled but will not be rung',
    }),
  }),
  { description: 'Who is scheduled right now; busy on a call is not shown here' },
);

/** What the console reads (src/web/client imports these types, never a copy). */
export type RuleView = Static<typeof RuleSchema>;
export type OverrideView = Static<typeof OverrideSchema>;
export type ShiftsView = Static<typeof ShiftsSchema>;
export type ScheduleView = Static<typeof ScheduleSchema>;
export type OnCallView = Static<typeof OnCallSchema>;
