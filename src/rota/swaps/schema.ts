import { Type, type Static } from '@sinclair/typebox';
import { ROLES } from '../../auth/principal';
import { Strict } from '../../http/schema-helpers';
import { TIERS } from '../../shifts/types';
import { AWAY_REASONS } from './reasons';

const LOCAL =
  'A local date and time in the program time zone (2026-12-24T18:00), or ISO 8601 with a UTC offset (2026-12-24T18:00-05:00)';
const Instant = Type.String({ description: 'ISO 8601 in the program time zone, with its UTC offset' });
const Person = Strict({ id: Type.String(), name: Type.String() });

export const IdParams = Strict({ id: Type.String({ maxLength: 64 }) });

export const OfferInput = Strict(
  {
    start: Type.String({ maxLength: 40, description: `${LOCAL}; within one of my shifts` }),
    end: Type.String({ maxLength: 40, description: `${LOCAL}; within the same shift, after start` }),
  },
  'Offer one of my shifts, or a part of it, to teammates who could take it',
);

export const OfferSchema = Strict(
  {
    id: Type.String(),
    code: Type.Integer({ description: 'What a teammate texts back, after an S: TAKE S12' }),
    giver: Person,
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    tier: Type.Union(TIERS.map((t) => Type.Literal(t))),
    start: Instant,
    end: Instant,
    state: Type.Union(
      (['open', 'pending', 'taken', 'withdrawn', 'declined'] as const).map((s) => Type.Literal(s)),
      { description: 'open: anyone eligible may take it; pending: taken, waiting for a coordinator' },
    ),
    taker: Type.Union([Person, Type.Null()]),
  },
  'A shift (or part of one) on offer',
);

export const OfferMadeSchema = Strict({
  offer: OfferSchema,
  told: Type.Integer({ description: 'How many teammates who could take it were told' }),
});

export const TakenSchema = Strict({
  state: Type.Union([Type.Literal('taken'), Type.Literal('pending')], {
    description: 'taken: it is yours; pending: a coordinator will approve or decline',
  }),
});

const Reason = Type.Union(
  AWAY_REASONS.map((r) => Type.Literal(r)),
  { description: 'A category, if you want to give one; no free text is asked for' },
);

export const AwayInput = Strict(
  {
    start: Type.String({ maxLength: 40, description: LOCAL }),
    end: Type.String({ maxLength: 40, description: `${LOCAL}; after start, at most 366 days later` }),
    reason: Type.Optional(Reason),
  },
  'Ask for time away',
);

const Gap = Strict({ start: Instant, end: Instant });

export const AwaySchema = Strict(
  {
    id: Type.String(),
    responder: Person,
    start: Instant,
    end: Instant,
    reason: Type.Union([Reason, Type.Null()]),
    state: Type.Union((['pending', 'approved', 'declined', 'withdrawn'] as const).map((s) => Type.Literal(s))),
    gaps: Type.Array(Gap, {
      description:
        'For a coordinator: stretches of opening hours it would leave with nobody first to ring for the phone',
    }),
  },
  'A request for time away',
);

export const MySwapsSchema = Strict(
  {
    timeZone: Type.String(),
    toTake: Type.Array(OfferSchema, { description: 'Open offers I could take now' }),
    mine: Type.Array(OfferSchema, { description: 'My own offers still open or waiting for a coordinator' }),
    away: Type.Array(AwaySchema, { description: 'My time-away requests not yet over' }),
    awayNeedsApproval: Type.Boolean(),
  },
  'Swaps and time away, for my Home',
);

export const PendingSchema = Strict(
  {
    timeZone: Type.String(),
    offers: Type.Array(OfferSchema, { description: 'Takes waiting for a coordinator' }),
    away: Type.Array(AwaySchema, { description: 'Time away waiting for a coordinator' }),
  },
  'What waits for a coordinator',
);

export const DecisionInput = Strict({ approve: Type.Boolean() }, 'Yes or no');

export type OfferView = Static<typeof OfferSchema>;
export type AwayView = Static<typeof AwaySchema>;
export type MySwapsView = Static<typeof MySwapsSchema>;
export type PendingView = Static<typeof PendingSchema>;
export type AwayBody = Static<typeof AwayInput>;
