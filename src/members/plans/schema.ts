import { Type, type Static } from '@sinclair/typebox';
import { Strict } from '../../http/schema-helpers';

export const ScopeSchema = Strict({
  kind: Type.Union([Type.Literal('call'), Type.Literal('conversation'), Type.Literal('response')]),
  id: Type.String({ maxLength: 80 }),
});

export const UnlockSchema = Strict({
  memberNumber: Type.String({ maxLength: 8, description: 'The member’s four-digit number' }),
  secret: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'The code or phrase the member told the responder; never stored or logged',
  }),
  scope: ScopeSchema,
});

export const UnlockedSchema = Strict({
  readers: Type.Array(Type.String(), { description: 'The names of the responders it was opened to' }),
});

export const PlanLinkSchema = Strict({
  url: Type.String({ description: 'A one-time link to the member’s plan page, for an hour' }),
  expiresAt: Type.Number(),
});

const SealedKeySchema = Strict({ keyId: Type.String(), sealedKey: Type.String() });

export const OpenedPlanSchema = Strict({
  id: Type.String(),
  memberNumber: Type.String(),
  scope: ScopeSchema,
  openedAt: Type.Number(),
  record: Strict({
    v: Type.Literal(1),
    alg: Type.Literal('xchacha20poly1305-ietf+x25519-sealedbox'),
    recordId: Type.String(),
    nonce: Type.String(),
    ciphertext: Type.String(),
    keys: Type.Array(SealedKeySchema),
  }),
});

/** A plan opened to the asker, sealed to their key only (the console opens it). */
export type OpenedPlanView = Static<typeof OpenedPlanSchema>;
