import { Type, type Static } from '@sinclair/typebox';
import { RECORD_ALG } from '../crypto/e2e';
import { Nullable, Strict } from '../http/schema-helpers';
import { SealedKeySchema } from '../notes/schema';
import { B64URL, LIMITS } from '../notes/sealed';

/** The edge's view of field dispatch (docs/DISPATCH.md). Exact byte lengths of the brief are checked in the domain. */

const id = (description: string) => Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9-]+$', description });
const Language = Type.String({ pattern: '^[a-z]{2,3}$', description: 'ISO 639 code, e.g. es' });
const Minutes = Type.Integer({ minimum: 0, maximum: 600, description: 'Minutes away' });
const Urgency = Type.Union([Type.Literal('emergency'), Type.Literal('crisis')]);

/** A brief may be sealed to the requester and every candidate, so it carries more keys than a note. */
export const BRIEF_KEYS_MAX = 40;
export const BriefSchema = Strict(
  {
    v: Type.Literal(1),
    alg: Type.Literal(RECORD_ALG),
    recordId: Type.String({
      pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
      description: 'A UUID the browser chose before sealing: the ciphertext’s associated data',
    }),
    nonce: Type.String({ pattern: B64URL, minLength: 32, maxLength: 32 }),
    ciphertext: Type.String({ pattern: B64URL, minLength: 22, maxLength: LIMITS.ciphertextChars }),
    keys: Type.Array(SealedKeySchema, { maxItems: BRIEF_KEYS_MAX }),
  },
  'The brief (where; anything the team must know) sealed in the browser to the requester and the candidates; in answers, `keys` holds only my own entry',
);

export const NewResponseSchema = Strict({
  source: Nullable(
    Strict({
      kind: Type.Union([Type.Literal('call'), Type.Literal('conversation')]),
      id: Type.String({ minLength: 1, maxLength: 64 }),
    }),
  ),
  urgency: Urgency,
  needs: Type.Array(id('A need from program.dispatch.needs'), { maxItems: 30 }),
  language: Nullable(Language),
  agreed: Type.Array(
    id('What the person agreed to: visit (required), accompaniment, transport, first-aid, naloxone, supplies…'),
    { maxItems: 20 },
  ),
  brief: Nullable(BriefSchema),
});
export type NewResponseBody = Static<typeof NewResponseSchema>;

export const BriefShareSchema = Strict({
  responderId: Type.String({ minLength: 1, maxLength: 64 }),
  sealedKey: SealedKeySchema,
});
export type BriefShareBody = Static<typeof BriefShareSchema>;

export const AnswerSchema = Strict({ accept: Type.Boolean(), etaMinutes: Type.Optional(Minutes) });
export type AnswerBody = Static<typeof AnswerSchema>;

export const StatusSchema = Strict({
  status: Type.Union([
    Type.Literal('on_the_way'),
    Type.Literal('on_scene'),
    Type.Literal('leaving'),
    Type.Literal('clear'),
  ]),
  etaMinutes: Type.Optional(Minutes),
});
export type StatusBody = Static<typeof StatusSchema>;

export const CandidatesQuery = Strict({
  needs: Type.Optional(
    Type.String({ maxLength: 600, pattern: '^[a-z0-9,-]*$', description: 'Comma-separated need ids' }),
  ),
  language: Type.Optional(Language),
});
export type CandidatesQueryString = Static<typeof CandidatesQuery>;

export const ResponseParams = Strict({ id: Type.String({ maxLength: 64 }) });

const MemberSchema = Strict({
  responderId: Type.String(),
  name: Type.String(),
  role: Type.Union([Type.Literal('field'), Type.Literal('support')]),
  status: Type.Union(
    ['asked', 'accepted', 'on_the_way', 'on_scene', 'leaving', 'clear', 'declined', 'timed_out', 'released'].map((s) =>
      Type.Literal(s),
    ),
  ),
  etaMinutes: Nullable(Type.Integer()),
  askedAt: Type.Integer(),
  answerBy: Type.Integer(),
  answeredAt: Nullable(Type.Integer()),
});

const at = (description: string) => Nullable(Type.Integer({ description: `Epoch milliseconds: ${description}` }));

export const ResponseViewSchema = Strict(
  {
    id: Type.String(),
    alias: Type.String({ description: 'What the team calls it ("R4"): never anything about the person' }),
    state: Type.Union([
      Type.Literal('forming'),
      Type.Literal('formed'),
      Type.Literal('no_team'),
      Type.Literal('closed'),
    ]),
    urgency: Urgency,
    needs: Type.Array(Type.String()),
    language: Nullable(Type.String()),
    agreed: Type.Array(Type.String()),
    source: Nullable(
      Strict({ kind: Type.Union([Type.Literal('call'), Type.Literal('conversation')]), id: Type.String() }),
    ),
    requestedBy: Type.String({ description: 'The requester’s responder id' }),
    requestedByName: Type.String(),
    createdAt: Type.Integer(),
    formBy: Type.Integer({ description: 'When the team must be formed, or the response ends as no_team' }),
    formedAt: at('when teamMin accepted'),
    checkInDueAt: at('the next safety check-in'),
    lastCheckInAt: at('the last check-in'),
    missedCheckInAt: at('when a check-in was missed; cleared by the next'),
    closedAt: at('when it ended'),
    outcome: Nullable(Type.String()),
    members: Type.Array(MemberSchema),
    brief: Nullable(BriefSchema),
    briefHeld: Type.Boolean({ description: 'Whether there is a brief at all' }),
    briefWaiting: Type.Array(
      Strict(
        { responderId: Type.String(), name: Type.String(), keyId: Type.String(), publicKey: Type.String() },
        'On the team, holding no key to the brief under their current public key',
      ),
      {
        description:
          'Only for someone who holds the brief: seal its key to each and POST /api/dispatch/:id/brief/readers',
      },
    ),
    guidance: Strict({ noTeam: Type.String(), police: Type.String() }, 'The program’s own words, in my language'),
  },
  'A field response as I may see it: no number, nothing naming the person; the brief only with my key, if I may read it',
);

export const CandidateSchema = Strict({
  id: Type.String(),
  name: Type.String(),
  skills: Type.Array(Type.String()),
  languages: Type.Array(Type.String()),
  publicKey: Nullable(
    Type.String({ description: 'X25519, base64url: seal the brief to it; null until they have signed in once' }),
  ),
  keyId: Nullable(Type.String({ description: 'Fingerprint of publicKey: the brief’s key for them carries it' })),
  role: Type.Union([Type.Literal('field'), Type.Literal('support')], {
    description: 'Asked to go, or to support the team',
  }),
});

/** What the console reads (src/web/client imports these types, never a copy). */
export type ResponseView = Static<typeof ResponseViewSchema>;
export type CandidateView = Static<typeof CandidateSchema>;
