import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Strict } from '../../http/schema-helpers';
import { SealedKeySchema } from '../../notes/schema';

const B64URL = '^[A-Za-z0-9_-]*$';
const keyIdField = (description: string) => Type.String({ pattern: B64URL, minLength: 22, maxLength: 22, description });
const publicKeyField = Type.String({ pattern: B64URL, minLength: 43, maxLength: 43, description: 'X25519, 32 bytes' });

const Member = Strict({ responderId: Type.String(), keyId: Type.String(), publicKey: Type.String() });

export const QueueStateSchema = Strict(
  {
    key: Nullable(
      Strict({
        keyId: Type.String(),
        publicKey: Type.String(),
        createdAt: Type.Integer(),
        rotate: Type.Boolean({
          description: 'Someone who held it left the team: the next coordinator console makes a new one',
        }),
      }),
    ),
    mine: Nullable(Strict({ memberKeyId: Type.String(), sealed: Type.String() })),
    lacking: Type.Array(Member, { description: 'Members whose current key has no wrap yet (for a holder to wrap)' }),
    members: Type.Array(Member, { description: 'Coordinators only: everyone a new key is wrapped to' }),
    waiting: Type.Array(
      Strict({ messageId: Type.String(), sealed: Type.String(), keyId: Type.String(), sealedKey: Type.String() }),
      { description: 'Coordinators only, while a rotation is owed: waiting chat messages sealed to the old key' },
    ),
  },
  'The web chat’s queue key as my console needs it; the secret only ever sealed to members’ keys',
);

const Wrap = Strict({
  responderId: Type.String({ maxLength: 64 }),
  memberKeyId: keyIdField('The id of the member’s current public key'),
  sealed: Type.String({
    pattern: B64URL,
    minLength: 107,
    maxLength: 107,
    description: 'crypto_box_seal(queue secret key, member’s public key): 80 bytes',
  }),
});
const Wraps = Type.Array(Wrap, { maxItems: 1000 });

export const NewQueueKeySchema = Strict({
  publicKey: publicKeyField,
  replaces: Nullable(keyIdField('The current key (a rotation), or null for the first')),
  wraps: Wraps,
  reseal: Type.Array(Strict({ messageId: Type.String({ maxLength: 64 }), sealedKey: SealedKeySchema }), {
    maxItems: 5000,
  }),
});

export const QueueWrapsSchema = Strict({ queueKeyId: keyIdField('The queue key these wrap'), wraps: Wraps });

export type QueueStateView = Static<typeof QueueStateSchema>;

export const OwnKeysSchema = Strict({
  keys: Type.Array(Strict({ messageId: Type.String({ maxLength: 64 }), sealedKey: SealedKeySchema }), {
    maxItems: 2000,
    description: 'Each waiting message’s data key, re-sealed from the queue key to my own key in my browser',
  }),
});
