import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../http/schema-helpers';
import { MEANINGS, TELLS } from './codes/book';

const language = Type.String({ minLength: 2, maxLength: 8, examples: ['en', 'es'] });

export const PeerSchema = Type.Union([
  Strict({ kind: Type.Literal('member'), memberId: Type.String(), number: Type.String() }),
  Strict({ kind: Type.Literal('responder'), responderId: Type.String() }),
]);

/** Never the phone number: only whether one is held. */
export const MemberSchema = Strict({
  id: Type.String(),
  number: Type.String({ description: 'The member’s four-digit number, unique in the program' }),
  name: Nullable(Type.String()),
  language,
  hasPhone: Type.Boolean(),
  hasDuressWord: Type.Boolean(),
  peers: Type.Array(PeerSchema),
  createdAt: Type.Number(),
});

export const NewMemberSchema = Strict({
  name: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  language,
  phone: Type.Optional(
    Nullable(Type.String({ maxLength: 40, description: 'Optional; sealed at rest, erased when they leave' })),
  ),
});
export type NewMemberBody = Static<typeof NewMemberSchema>;

export const MemberPatchSchema = Strict({
  name: Type.Optional(Nullable(Type.String({ maxLength: 60 }))),
  language: Type.Optional(language),
  phone: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  duressWord: Type.Optional(
    Nullable(Type.String({ maxLength: 20, description: 'The member’s own danger word; stored only as a keyed hash' })),
  ),
  peers: Type.Optional(
    Type.Array(Type.Union([Strict({ memberNumber: Type.String() }), Strict({ responderId: Type.String() })]), {
      maxItems: 8,
    }),
  ),
});

export const CodeSchema = Strict({
  code: Type.String({ minLength: 1, maxLength: 12 }),
  meaning: Type.Union(MEANINGS.map((m) => Type.Literal(m))),
  words: Type.Record(Type.String(), Type.String({ maxLength: 80 })),
  tells: Type.Union(TELLS.map((t) => Type.Literal(t))),
  keys: Type.Optional(
    Nullable(
      Type.String({ maxLength: 3, description: 'The digits that key this code during a call (1–3); null: text only' }),
    ),
  ),
});
export const CodeBookSchema = Strict({ codes: Type.Array(CodeSchema, { maxItems: 20 }) });

export const PlaceSchema = Strict({
  number: Type.Integer({ minimum: 1, maximum: 99, description: 'What a member texts (GH P2) or keys (2*2#)' }),
  words: Type.String({ minLength: 1, maxLength: 60, description: 'The place, relayed as written' }),
});
export const PlaceBookSchema = Strict({ places: Type.Array(PlaceSchema, { maxItems: 20 }) });

export const JoinCodeSchema = Strict({
  id: Type.String(),
  code: Type.String(),
  language,
  uses: Type.Number(),
  createdAt: Type.Number(),
});
export const NewJoinCodeSchema = Strict({ language });

export const CheckInSchema = Strict({
  id: Type.String(),
  kind: Type.Union([Type.Literal('once'), Type.Literal('watch')]),
  time: Type.String(),
  dueAt: Type.Number(),
  daysLeft: Type.Number(),
  stage: Type.String(),
});
export const NewCheckInSchema = Strict({
  kind: Type.Union([Type.Literal('once'), Type.Literal('watch')]),
  time: Type.String({ maxLength: 5, examples: ['3:00', '19:30'] }),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
  escalateMinutes: Type.Optional(Type.Integer({ minimum: 5, maximum: 240 })),
  consent: Type.Literal(true, { description: 'The member agreed to this check-in' }),
});
export const CheckInSetSchema = Strict({
  checkIn: CheckInSchema,
  told: Type.String({ description: 'What the member was told (texted, if they have a phone)' }),
});
